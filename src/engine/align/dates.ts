import type { DateMention } from '../extract/dates'
import { MUNITIONS } from '../extract/units'
import {
  contentTerms,
  cosine,
  type Term,
  type TermVector,
  type TermWeights,
  termName,
} from '../text/similarity'
import { candidatePairs, type Edge, groupByEdges, linkDuplicates } from './greedy'
import { byArticleOrder, type DraftFact, mentionAt, type PreparedArticle } from './prepared'

/** How alike the words around two dates must be for them to date the same happening. */
export const SAME_HAPPENING = 0.3
/** Two outlets giving the very same date need fewer words in common: the date itself is evidence. */
export const SAME_HAPPENING_SAME_DATE = 0.15

const DATE_WORDS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|overnight|last|month|week|year|day|night|ago|earlier|later|since|\d+)$/i

type Item = {
  prepared: PreparedArticle
  date: DateMention
  vector: TermVector
  /** The counts its sentence states, by what they count: "drone|launched" → 101..101. */
  counts: ReadonlyMap<string, readonly [number, number]>
}

/** Two dates agree when one contains the other: "February" and "28 February", a week and a day in it. */
export function isSameDate(
  a: Pick<DateMention, 'date' | 'precision'>,
  b: Pick<DateMention, 'date' | 'precision'>,
): boolean {
  if (a.precision === 'week' || b.precision === 'week') {
    const [week, other] = a.precision === 'week' ? [a, b] : [b, a]
    if (other.precision !== 'day') return other.date === week.date.slice(0, other.date.length)
    const start = Date.parse(week.date)
    const day = Date.parse(other.date)
    return day >= start && day < start + 7 * 86_400_000
  }
  return a.date.startsWith(b.date) || b.date.startsWith(a.date)
}

const NOWISH = /^(?:overnight|last\s+night|today|tonight|this\s+(?:morning|afternoon|evening)|yesterday)$/i

/** A date that places the report itself rather than the happening it tells of. */
function isNowish(date: DateMention): boolean {
  return NOWISH.test(date.phrase.trim())
}

/** Pairs dates from different outlets by the words around them, then judges the dates themselves. */
export function alignDates(articles: readonly PreparedArticle[], weights: TermWeights): DraftFact[] {
  const items: Item[] = articles.flatMap((prepared) =>
    prepared.dates.map((date) => ({
      prepared,
      date,
      vector: weights.vector(contextTerms(prepared, date)),
      counts: countsOf(prepared, date.sentence),
    })),
  )
  const duplicates = linkDuplicates(
    items.map((i) => `${i.date.date}|${i.vector.terms.join(' ')}`),
    items.map((i) => i.prepared.article.id),
  )
  const edges: Edge[] = [...duplicates.edges]
  const keys: Iterable<Term>[] = items.map((item) => item.vector.terms)
  for (const [a, b] of candidatePairs(keys.map((k, i) => (duplicates.isCopy[i] ? [] : k)))) {
    const x = items[a] as Item
    const y = items[b] as Item
    if (x.prepared === y.prepared) continue
    // "Overnight" in a report of 19 May and in one of 20 May: two nights, two happenings, no conflict.
    if (isNowish(x.date) && isNowish(y.date) && x.date.date !== y.date.date) continue
    // "Overnight" against "last week": the night reported and an earlier happening it recalls, not a dispute.
    if (isNowish(x.date) !== isNowish(y.date) && !isSameDate(x.date, y.date)) {
      const other = isNowish(x.date) ? y.date : x.date
      if (other.precision !== 'day') continue
      // "Overnight" in a report filed the morning after, against "June 7": one night, told from two days.
      if (Math.abs(Date.parse(x.date.date) - Date.parse(y.date.date)) <= 86_400_000) continue
    }
    // Dates that differ in sentences whose counts differ too tell two happenings, not one in dispute:
    // "101 drones overnight" and "last week, a record 550 drones".
    if (!isSameDate(x.date, y.date) && countsDiffer(x.counts, y.counts)) continue
    const score = cosine(x.vector, y.vector)
    const bar = x.date.date === y.date.date ? SAME_HAPPENING_SAME_DATE : SAME_HAPPENING
    if (score >= bar) edges.push({ a, b, score })
  }
  const groups = groupByEdges(
    items.map((i) => i.prepared.article.id),
    edges,
  )
  const inArticleOrder = byArticleOrder(articles)
  return groups.map((group) => {
    const members = group.map((i) => items[i] as Item).sort(inArticleOrder)
    const outlets = new Set(members.map((m) => m.prepared))
    const agree = members.every((x) => members.every((y) => isSameDate(x.date, y.date)))
    const first = members[0] as Item
    return {
      kind: 'date' as const,
      label: labelOf(first),
      verdict: outlets.size < 2 ? ('single' as const) : agree ? ('agree' as const) : ('conflict' as const),
      mentions: members.map((m) =>
        mentionAt(m.prepared, m.date.span.start, m.date.span.end, {
          date: m.date.date,
          relative: m.date.relative || undefined,
        }),
      ),
    }
  })
}

function countsOf(prepared: PreparedArticle, sentence: number): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>()
  // "101 drones and four missiles" is also 105 weapons in all, to set against "550 drones and missiles".
  const totals = new Map<string, [number, number]>()
  for (const q of prepared.quantities) {
    if (q.sentence !== sentence || !q.role || q.role === 'age') continue
    counts.set(`${q.unit}|${q.role}`, [q.min, q.max])
    if (!q.unit || q.unit === 'air weapon' || !MUNITIONS.has(q.unit)) continue
    const [min, max] = totals.get(q.role) ?? [0, 0]
    totals.set(q.role, [min + q.min, max + q.max])
  }
  for (const [role, range] of totals)
    if (!counts.has(`air weapon|${role}`)) counts.set(`air weapon|${role}`, range)
  return counts
}

function countsDiffer(
  a: ReadonlyMap<string, readonly [number, number]>,
  b: ReadonlyMap<string, readonly [number, number]>,
): boolean {
  for (const [key, [min, max]] of a) {
    const other = b.get(key)
    if (other && (other[1] < min || other[0] > max)) return true
  }
  return false
}

/** The words within a dozen of the date, without the date's own words, so the pairing is blind to the value. */
function contextTerms(prepared: PreparedArticle, date: DateMention): Term[] {
  const sentence = prepared.sentences[date.sentence]
  if (!sentence) return []
  const before = prepared.article.text
    .slice(sentence.start, date.span.start)
    .split(/\s+/)
    .slice(-12)
    .join(' ')
  const after = prepared.article.text.slice(date.span.end, sentence.end).split(/\s+/).slice(0, 12).join(' ')
  return contentTerms(`${before} ${after}`).filter((t) => !DATE_WORDS.test(termName(t)))
}

function labelOf(item: Item): string {
  const { prepared, date } = item
  const sentence = prepared.sentences[date.sentence]
  if (!sentence) return date.phrase
  const text = prepared.article.text
  const before = text.slice(sentence.start, date.span.start).split(/\s+/).slice(-6).join(' ')
  const after = text.slice(date.span.end, sentence.end).split(/\s+/).slice(0, 4).join(' ')
  return `${before} ${date.phrase} ${after}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.])/g, '$1')
    .replace(/^[,;\s]+|[,;.\s]+$/g, '')
}
