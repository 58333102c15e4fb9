import { cosine } from '../text/similarity'
import { type Edge, groupByEdges } from './greedy'
import { type DraftFact, mentionAt, type PreparedArticle } from './prepared'

/** How alike two sentences must be to tell the same happening. */
export const SAME_CLAIM = 0.3
const MIN_TERMS = 4

type Item = { prepared: PreparedArticle; sentence: number }

/**
 * Sentences from different outlets that tell the same happening ("a car bomb that killed a senior Russian
 * general near Moscow" / "a top Russian general was killed in a car bombing near Moscow"). Candidates come
 * from an index of shared terms, so the work grows with the overlap, not with every pair of sentences.
 */
export function alignClaims(articles: readonly PreparedArticle[]): DraftFact[] {
  const items: Item[] = []
  const index = new Map<string, number[]>()
  for (const prepared of articles) {
    for (const sentence of prepared.sentences) {
      const terms = prepared.terms[sentence.index] ?? []
      if (new Set(terms).size < MIN_TERMS) continue
      const id = items.push({ prepared, sentence: sentence.index }) - 1
      for (const term of new Set(terms)) index.set(term, [...(index.get(term) ?? []), id])
    }
  }
  const seen = new Set<number>()
  const edges: Edge[] = []
  for (const ids of index.values()) {
    if (ids.length > 200) continue
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as number
        const b = ids[j] as number
        const x = items[a] as Item
        const y = items[b] as Item
        if (x.prepared === y.prepared) continue
        const pair = a * items.length + b
        if (seen.has(pair)) continue
        seen.add(pair)
        const score = cosine(x.prepared.vectors[x.sentence] ?? new Map(), y.prepared.vectors[y.sentence] ?? new Map())
        if (score >= SAME_CLAIM) edges.push({ a, b, score })
      }
    }
  }
  return groupByEdges(
    items.map((i) => i.prepared.article.id),
    edges,
  )
    .filter((group) => group.length >= 2)
    .map((group) => {
      const members = group.map((i) => items[i] as Item).sort((x, y) => articles.indexOf(x.prepared) - articles.indexOf(y.prepared))
      const shortest = [...members].sort((x, y) => length(x) - length(y))[0] as Item
      const text = shortest.prepared.sentences[shortest.sentence]?.text ?? ''
      return {
        kind: 'claim' as const,
        label: text.length > 90 ? `${text.slice(0, 88).replace(/\s+\S*$/, '')}…` : text,
        verdict: 'agree' as const,
        mentions: members.map((m) => {
          const s = m.prepared.sentences[m.sentence]
          return mentionAt(m.prepared, s?.start ?? 0, s?.end ?? 0)
        }),
      }
    })
}

const length = (item: Item) => item.prepared.sentences[item.sentence]?.text.length ?? 0
