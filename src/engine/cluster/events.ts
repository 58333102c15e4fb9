import type { AnalyzedEvent, Corpus } from '../types'

/** Groups articles into events: an article's eventId wins; the rest each stand alone for now. */
export function clusterEvents(corpus: Corpus): AnalyzedEvent[] {
  const known = new Map((corpus.events ?? []).map((e) => [e.id, e]))
  const byEvent = new Map<string, string[]>()
  for (const article of corpus.articles) {
    const id = article.eventId ?? `event-${article.id}`
    byEvent.set(id, [...(byEvent.get(id) ?? []), article.id])
  }
  const articles = new Map(corpus.articles.map((a) => [a.id, a]))
  return [...byEvent].map(([id, articleIds]) => {
    const first = articles.get(articleIds[0] ?? '')
    const info = known.get(id)
    return {
      id,
      title: info?.title ?? first?.title ?? first?.outlet ?? id,
      date: info?.date ?? first?.publishedAt?.slice(0, 10) ?? null,
      articleIds,
    }
  })
}
