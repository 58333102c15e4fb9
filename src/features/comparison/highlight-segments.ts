import type { Fact, FactKind, Verdict } from '@/engine'

export type Highlight = {
  readonly start: number
  readonly end: number
  readonly factId: string
  readonly verdict: Verdict
  readonly kind: FactKind
}

/** A run of text: plain, or one fact's highlight. */
export type Segment = {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly highlight: Highlight | null
}

/** The highlights one article carries: every mention of the given facts in it. */
export function highlightsFor(articleId: string, facts: readonly Fact[]): Highlight[] {
  return facts.flatMap((fact) =>
    fact.mentions
      .filter((m) => m.articleId === articleId)
      .map((m) => ({ start: m.start, end: m.end, factId: fact.id, verdict: fact.verdict, kind: fact.kind })),
  )
}

/**
 * Cuts a text into paragraphs of segments. Where highlights overlap (a date inside a claim), the shorter,
 * more precise one shows; the longer one carries on around it.
 */
export function highlightSegments(text: string, highlights: readonly Highlight[]): Segment[][] {
  const paragraphs: Segment[][] = []
  let offset = 0
  for (const line of text.split('\n')) {
    const start = offset
    const end = offset + line.length
    offset = end + 1
    if (!line.trim()) continue
    const inside = highlights.filter((h) => h.start < end && start < h.end)
    const cuts = new Set([start, end])
    for (const h of inside) {
      cuts.add(Math.max(start, h.start))
      cuts.add(Math.min(end, h.end))
    }
    const points = [...cuts].sort((a, b) => a - b)
    const segments: Segment[] = []
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] as number
      const to = points[i + 1] as number
      const covering = inside.filter((h) => h.start <= from && to <= h.end)
      const highlight = covering.sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? null
      const previous = segments.at(-1)
      if (previous && previous.highlight?.factId === highlight?.factId && previous.end === from) {
        segments[segments.length - 1] = { ...previous, end: to, text: text.slice(previous.start, to) }
      } else segments.push({ start: from, end: to, text: text.slice(from, to), highlight })
    }
    paragraphs.push(segments)
  }
  return paragraphs
}
