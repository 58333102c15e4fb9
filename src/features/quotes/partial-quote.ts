export type DiffPart = { readonly value: string; readonly added?: boolean; readonly removed?: boolean }

/**
 * A version that quotes only part of the first: the words it leaves out before and after its part, which
 * say nothing of its wording, are cut and shown as an ellipsis. "at a location to be determined" against
 * "I called President Putin, and began the arrangements for a meeting, at a location to be determined"
 * is a fragment, not two dozen dropped words. Words left out inside the part stay struck.
 */
export function partialQuote(parts: readonly DiffPart[]): {
  parts: readonly DiffPart[]
  cutBefore: boolean
  cutAfter: boolean
} {
  const common = (p: DiffPart | undefined) => !!p && !p.added && !p.removed
  const cutBefore = parts.length > 1 && !!parts[0]?.removed && common(parts[1])
  const cutAfter = parts.length > 1 && !!parts.at(-1)?.removed && common(parts.at(-2))
  return {
    parts: parts.slice(cutBefore ? 1 : 0, cutAfter ? -1 : undefined),
    cutBefore,
    cutAfter,
  }
}
