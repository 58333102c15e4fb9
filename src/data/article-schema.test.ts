import { describe, expect, it } from 'vitest'
import { parseCorpus } from './article-schema'
import seeds from './seeds.json'

const article = { id: 'a1', outlet: 'Outlet', text: 'Some text.' }

describe(parseCorpus.name, () => {
  it('accepts the bundled seeds', () => {
    const result = parseCorpus(seeds)
    expect(result.ok && result.corpus.articles.map((a) => a.outlet)).toEqual([
      'NewsX',
      'Unattributed',
      'The Daily Guardian',
      'Indian Witness',
      'Digital Dhaka News',
    ])
  })

  it('accepts missing or null title, url and publishedAt', () => {
    const result = parseCorpus({
      articles: [article, { ...article, id: 'a2', title: null, url: null, publishedAt: null }],
    })
    expect(result.ok).toBe(true)
  })

  it.each([
    [
      { articles: [{ ...article, publishedAt: 'yesterday' }] },
      'Article 1 ("a1"): "publishedAt" must be an ISO date',
    ],
    [
      { articles: [article, { ...article, id: 'b2', outlet: '' }] },
      'Article 2 ("b2"): "outlet" must not be empty',
    ],
    [{ articles: [{ outlet: 'X', text: 'y' }] }, 'Article 1: "id" is missing'],
    [{ articles: [{ id: 'a1', outlet: 7, text: 'y' }] }, 'Article 1 ("a1"): "outlet" must be text'],
    [{ articles: { a1: article } }, '"articles": must be a list'],
    [{ articles: [article, article] }, 'Article "a1": id is used by another article'],
    [{ events: [{ id: 'e', title: '' }], articles: [] }, 'Event 1 ("e"): "title" must not be empty'],
    [[], 'The file must be an object with an "articles" list'],
  ])('names the article and field at fault (%#)', (input, message) => {
    const result = parseCorpus(input)
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.problems.join('\n')).toContain(message)
  })
})
