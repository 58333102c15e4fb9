import { diffWords } from 'diff'
import { describe, expect, it } from 'vitest'
import { partialQuote } from './partial-quote'

const shown = (base: string, version: string) => {
  const { parts, cutBefore, cutAfter } = partialQuote(diffWords(base, version))
  const text = parts.map((p) => (p.removed ? `[-${p.value}]` : p.added ? `[+${p.value}]` : p.value)).join('')
  return `${cutBefore ? '…' : ''}${text}${cutAfter ? '…' : ''}`
}

describe(partialQuote.name, () => {
  it.each([
    [
      'I called President Putin and began the arrangements for a meeting at a location to be determined',
      'at a location to be determined',
      '…at a location to be determined',
    ],
    ['the next meeting would take place without a ceasefire', 'the next meeting', 'the next meeting…'],
    // Words left out inside the part, and words changed at its edges, are the quote's wording: they stay.
    [
      'no reason to be shooting missiles at cities',
      'no reason to be launching missiles',
      'no reason to be [-shooting][+launching] missiles…',
    ],
    ['I spoke with Putin', 'I called Putin', 'I [-spoke with][+called] Putin'],
    [
      'very substantive and quite useful',
      'very informative and very frank',
      'very [-substantive][+informative] and [-quite useful][+very frank]',
    ],
  ])('shows “%s” quoted as “%s” as %s', (base, version, expected) => {
    expect(shown(base, version)).toBe(expected)
  })
})
