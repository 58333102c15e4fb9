import { describe, expect, it } from 'vitest'
import { highlightSegments } from './highlight-segments'

const h = (start: number, end: number, factId: string) => ({
  start,
  end,
  factId,
  verdict: 'agree' as const,
  kind: 'number' as const,
})

describe(highlightSegments.name, () => {
  it('cuts paragraphs at newlines and keeps offsets into the whole text', () => {
    const text = 'One line.\nThe 70 missiles.'
    const [first, second] = highlightSegments(text, [h(14, 16, 'n')])
    expect(first?.map((s) => s.text)).toEqual(['One line.'])
    expect(second?.map((s) => [s.text, s.highlight?.factId ?? null])).toEqual([
      ['The ', null],
      ['70', 'n'],
      [' missiles.', null],
    ])
    expect(second?.[1]?.start).toBe(14)
  })

  it('shows the shorter highlight where two overlap, and the longer around it', () => {
    const text = 'a car bomb on Friday near Moscow'
    const [segments] = highlightSegments(text, [h(0, 32, 'claim'), h(14, 20, 'date')])
    expect(segments?.map((s) => [s.text, s.highlight?.factId])).toEqual([
      ['a car bomb on ', 'claim'],
      ['Friday', 'date'],
      [' near Moscow', 'claim'],
    ])
  })
})
