import { describe, expect, it } from 'vitest'
import { mergeSources, readImport, type Source } from './imports'

const bundled: Source = {
  label: 'the bundled articles',
  corpus: {
    events: [{ id: 'rome', title: 'Rome meeting' }],
    articles: [{ id: 'a1', outlet: 'NewsX', text: 'Trump met Zelenskyy in Rome.', eventId: 'rome' }],
  },
}
const file = (value: unknown) => JSON.stringify(value)

describe('readImport', () => {
  it('accepts articles in the format, with missing titles, URLs and dates', () => {
    const result = readImport(
      file({ articles: [{ id: 'b1', outlet: 'Wire', text: 'Russia launched 112 drones.', title: null }] }),
      'wire.json',
      [bundled],
    )
    expect(result).toEqual({
      ok: true,
      corpus: { articles: [{ id: 'b1', outlet: 'Wire', text: 'Russia launched 112 drones.', title: null }] },
    })
  })

  it.each([
    ['a file that is not JSON', '{"articles": [', /^“mine.json” is not JSON: /],
    [
      'an article without its outlet',
      file({ articles: [{ id: 'b1', text: 'x' }] }),
      /^Article 1 \("b1"\): "outlet"/,
    ],
    [
      'a date that is not ISO',
      file({ articles: [{ id: 'b1', outlet: 'W', text: 'x', publishedAt: '19/05/2025' }] }),
      /^Article 1 \("b1"\): "publishedAt" must be an ISO date/,
    ],
    [
      'an article id the workspace already has',
      file({ articles: [{ id: 'a1', outlet: 'W', text: 'x' }] }),
      /^Article 1 \("a1"\): "id" is already used by an article in the bundled articles$/,
    ],
    [
      'an event id the workspace already has',
      file({ events: [{ id: 'rome', title: 'Again' }], articles: [{ id: 'b1', outlet: 'W', text: 'x' }] }),
      /^Event 1 \("rome"\): "id" is already used by an event in the bundled articles$/,
    ],
    ['a file without articles', file({ articles: [] }), /^“mine.json” has no articles$/],
  ])('refuses %s, saying what and where', (_, text, problem) => {
    const result = readImport(text, 'mine.json', [bundled])
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.problems[0]).toMatch(problem)
  })

  it('lets an article join an event the workspace already has', () => {
    const result = readImport(
      file({ articles: [{ id: 'b1', outlet: 'W', text: 'x', eventId: 'rome' }] }),
      'mine.json',
      [bundled],
    )
    expect(result.ok).toBe(true)
  })
})

describe('mergeSources', () => {
  it('reads all sources as one corpus, in order', () => {
    const mine: Source = {
      label: '“mine.json”',
      corpus: { articles: [{ id: 'b1', outlet: 'W', text: 'x', eventId: 'rome' }] },
    }
    const merged = mergeSources([bundled, mine])
    expect(merged.articles.map((a) => a.id)).toEqual(['a1', 'b1'])
    expect(merged.events?.map((e) => e.id)).toEqual(['rome'])
  })
})
