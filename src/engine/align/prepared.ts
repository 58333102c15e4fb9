import type { DateMention } from '../extract/dates'
import type { Quantity } from '../extract/quantities'
import type { Quote } from '../extract/quotes'
import type { Sentence } from '../text/sentences'
import type { Term, TermVector } from '../text/similarity'
import type { Article, FactKind, Mention, Verdict } from '../types'

/** One article, read: its sentences and everything extracted from them. */
export type PreparedArticle = {
  readonly article: Article
  readonly sentences: readonly Sentence[]
  readonly terms: readonly (readonly Term[])[]
  /** A sentence's weighted terms, made on first use: most sentences are never compared. */
  readonly vectorOf: (sentence: number) => TermVector
  readonly quantities: readonly Quantity[]
  readonly dates: readonly DateMention[]
  readonly quotes: readonly Quote[]
}

/** Orders what the aligners found by the order of the event's articles. */
export function byArticleOrder(articles: readonly PreparedArticle[]) {
  const position = new Map(articles.map((p, i) => [p, i]))
  return (x: { prepared: PreparedArticle }, y: { prepared: PreparedArticle }) =>
    (position.get(x.prepared) ?? 0) - (position.get(y.prepared) ?? 0)
}

/** A fact before it has an id: what the aligners hand to the pipeline. */
export type DraftFact = {
  readonly kind: FactKind
  readonly label: string
  readonly verdict: Verdict
  readonly mentions: readonly Mention[]
  readonly diffs?: readonly {
    readonly articleId: string
    readonly parts: readonly { value: string; added?: boolean; removed?: boolean }[]
  }[]
}

export function mentionAt(
  prepared: PreparedArticle,
  start: number,
  end: number,
  extra: Partial<Mention> = {},
): Mention {
  return {
    articleId: prepared.article.id,
    start,
    end,
    text: prepared.article.text.slice(start, end),
    ...extra,
  }
}
