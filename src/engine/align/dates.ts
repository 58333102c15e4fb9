import type { DateMention } from '../extract/dates'
import type { Quantity } from '../extract/quantities'
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

/** How alike the words around two dates must be for two camps of outlets, each agreed on one, to be in dispute. */
const SAME_WORDS = 0.45
/** How alike the words around two dates must be for them to date the same happening. */
export const SAME_HAPPENING = 0.3
/**
 * Two outlets giving the very same date need few words in common: the date itself is evidence, and joining
 * two happenings of one day costs nothing worse than an agreement ("on Monday" the call, "Monday's" talks).
 */
export const SAME_HAPPENING_SAME_DATE = 0.05
/**
 * One date within the other ("in February", "on February 28") agrees where it is the same happening: fewer
 * words in common than for two dates that differ, since joining two happenings costs only an agreement.
 */
const SAME_HAPPENING_WITHIN = 0.15
/** How alike in words two differing dates of one disputed happening are, for most of its pairs. */
const DISPUTE_WORDS = SAME_HAPPENING

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
  a: Pick<DateMention, 'date' | 'precision' | 'days'>,
  b: Pick<DateMention, 'date' | 'precision' | 'days'>,
): boolean {
  if (a.precision === 'week' || b.precision === 'week') {
    const [week, other] = a.precision === 'week' ? [a, b] : [b, a]
    if (other.precision !== 'day' && other.precision !== 'week')
      return other.date === week.date.slice(0, other.date.length)
    // Days and weeks as stretches of days: they agree where they overlap.
    const start = Date.parse(week.date)
    const otherStart = Date.parse(other.date)
    const length = (date: Pick<DateMention, 'precision' | 'days'>) =>
      (date.precision === 'day' ? 1 : (date.days ?? 7)) * 86_400_000
    return otherStart < start + length(week) && start < otherStart + length(other)
  }
  return a.date.startsWith(b.date) || b.date.startsWith(a.date)
}

const NOWISH =
  /^(?:overnight|(?:last|past)\s+night|today|tonight|this\s+(?:morning|afternoon|evening)|yesterday)$/i

/** A date that places the report itself rather than the happening it tells of. */
export function isNowish(date: Pick<DateMention, 'phrase'>): boolean {
  return NOWISH.test(date.phrase.trim())
}

/** A day the text names by its date, "March 18" or "18 March 2025", not by a word relative to the report. */
const isNamedDay = (date: DateMention) => date.precision === 'day' && !date.relative

const WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i

/** "Overnight", and "on Thursday" in a Thursday report ("the air force said on Thursday"): the report's own day. */
function isReportDay(item: Item): boolean {
  const { date } = item
  if (isNowish(date)) return true
  const published = item.prepared.article.publishedAt?.slice(0, 10)
  return (
    date.relative && date.precision === 'day' && date.date === published && WEEKDAY.test(date.phrase.trim())
  )
}

/** Pairs dates from different outlets by the words around them, then judges the dates themselves. */
export function alignDates(articles: readonly PreparedArticle[], weights: TermWeights): DraftFact[] {
  // A date's context is made once per wording of its sentence: wire copy repeats both word for word.
  const contexts = new Map<string, TermVector>()
  const contextOf = (prepared: PreparedArticle, date: DateMention) => {
    const sentence = prepared.sentences[date.sentence]
    const key = `${date.span.start - (sentence?.start ?? 0)}|${date.span.end - date.span.start}|${sentence?.text}`
    let vector = contexts.get(key)
    if (!vector) {
      vector = weights.vector(contextTerms(prepared, date))
      contexts.set(key, vector)
    }
    return vector
  }
  const items: Item[] = articles.flatMap((prepared) => {
    // Each sentence's counts, gathered once: an article with many dates reads its counts once, not per date.
    const bySentence = new Map<number, Quantity[]>()
    for (const q of prepared.quantities) {
      const list = bySentence.get(q.sentence)
      if (list) list.push(q)
      else bySentence.set(q.sentence, [q])
    }
    return prepared.dates.map((date) => ({
      prepared,
      date,
      vector: contextOf(prepared, date),
      counts: countsOf(bySentence.get(date.sentence) ?? []),
    }))
  })
  const duplicates = linkDuplicates(
    items.map((i) => `${i.date.date}|${i.vector.terms.join(' ')}`),
    items.map((i) => i.prepared.article.id),
  )
  const edges: Edge[] = [...duplicates.edges]
  // The same day, named outright in two outlets ("on March 18"), is a candidate however few words the two
  // sentences share: "the leaders had last spoken on March 18" and "their previous call, on March 18".
  const keys: Iterable<Term | string>[] = items.map((item) =>
    isNamedDay(item.date) ? [...item.vector.terms, item.date.date] : item.vector.terms,
  )
  for (const [a, b] of candidatePairs(keys.map((k, i) => (duplicates.isCopy[i] ? [] : k)))) {
    const x = items[a] as Item
    const y = items[b] as Item
    if (x.prepared === y.prepared) continue
    // "Overnight" in a report of 19 May and in one of 20 May: two nights, two happenings, no conflict.
    if (isNowish(x.date) && isNowish(y.date) && x.date.date !== y.date.date) continue
    // "Overnight" against "last week": the night reported and an earlier happening it recalls, not a dispute.
    if (isReportDay(x) !== isReportDay(y) && !isSameDate(x.date, y.date)) {
      const other = isReportDay(x) ? y.date : x.date
      if (other.precision !== 'day') continue
      // "Overnight" in a report filed the morning after, against "June 7": one night, told from two days.
      if (Math.abs(Date.parse(x.date.date) - Date.parse(y.date.date)) <= 86_400_000) continue
    }
    // A year against a day of another year ("began three years ago", "on Thursday"): two happenings.
    const precisions = new Set([x.date.precision, y.date.precision])
    if (precisions.has('year') && precisions.has('day') && !isSameDate(x.date, y.date)) continue
    // Dates that differ in sentences whose counts differ too tell two happenings, not one in dispute:
    // "101 drones overnight" and "last week, a record 550 drones".
    if (!isSameDate(x.date, y.date) && countsDiffer(x.counts, y.counts)) continue
    // "The deadliest attack since July" against "… this year", "a week after the Pentagon paused deliveries"
    // against "on Tuesday": a ranking's frame, or a day counted from another happening, is nothing to dispute.
    if (!isSameDate(x.date, y.date) && (isIndirect(x) || isIndirect(y))) continue
    const score = cosine(x.vector, y.vector)
    const bar =
      x.date.date !== y.date.date
        ? isSameDate(x.date, y.date)
          ? SAME_HAPPENING_WITHIN
          : SAME_HAPPENING
        : isNamedDay(x.date) && isNamedDay(y.date)
          ? 0
          : SAME_HAPPENING_SAME_DATE
    // Agreement is taken first: a date joins the outlets that give the same one before any that differ,
    // and is set against another date only where no outlet agrees with it.
    if (score >= bar) edges.push({ a, b, score: isSameDate(x.date, y.date) ? 1 + score : score })
  }
  // Two outlets or more agreeing on one date, and two or more on another, tell two happenings (a call on
  // Monday, a truce proposed in March), not a dispute, unless the words around them are nearly the same
  // ("Crimea, annexed by Russia in 2014" against "… in 2015").
  const agreedDate = (group: readonly number[]) => {
    const first = items[group[0] as number] as Item
    const outlets = new Set(group.map((i) => (items[i] as Item).prepared))
    return outlets.size >= 2 && group.every((i) => isSameDate((items[i] as Item).date, first.date))
      ? first.date
      : null
  }
  const groups = groupByEdges(
    items.map((i) => i.prepared.article.id),
    edges,
    undefined,
    (a, b, edge) => {
      const agreeing = isSameDate((items[edge.a] as Item).date, (items[edge.b] as Item).date)
      // An agreeing edge is ranked one above its likeness in words (and a copy's at 2).
      if ((agreeing ? edge.score - 1 : edge.score) >= SAME_WORDS) return true
      // Where the edge's own dates agree, so do two camps it would join: only a dispute is looked into.
      if (!agreeing) {
        const x = agreedDate(a)
        const y = agreedDate(b)
        if (x && y && !isSameDate(x, y)) return false
      }
      // A dispute is of one happening: at least half the pairs of dates a merge would set against each other
      // are told in like words, not only the two the edge joins. "This year" agrees with "last month" and
      // with "today", but "the Oval Office meeting last month" is no dispute of "they met privately today".
      // Fifty of each side tell as much as all: a text of thousands of dates is not read pair by pair.
      let disputed = 0
      let alike = 0
      for (const i of a.slice(0, 50))
        for (const j of b.slice(0, 50)) {
          const p = items[i] as Item
          const q = items[j] as Item
          if (isSameDate(p.date, q.date)) continue
          disputed++
          if (cosine(p.vector, q.vector) >= DISPUTE_WORDS) alike++
        }
      return alike * 2 >= disputed
    },
  )
  const inArticleOrder = byArticleOrder(articles)
  return foldRepeats(groups, items).map((group) => {
    const members = group.map((i) => items[i] as Item).sort(inArticleOrder)
    const outlets = new Set(members.map((m) => m.prepared))
    // Sixty copies of one date are one value: each distinct pair of values is judged once.
    const values = [...new Map(members.map((m) => [`${m.date.precision}|${m.date.date}`, m.date])).values()]
    const agree = values.every((x) => values.every((y) => isSameDate(x, y)))
    const first = members[0] as Item
    return {
      kind: 'date' as const,
      label: labelOf(first),
      verdict: outlets.size < 2 ? ('single' as const) : agree ? ('agree' as const) : ('conflict' as const),
      mentions: members.map((m) =>
        mentionAt(m.prepared, m.date.span.start, m.date.span.end, {
          date: m.date.date,
          days: m.date.precision === 'week' ? (m.date.days ?? 7) : undefined,
          relative: m.date.relative || undefined,
        }),
      ),
    }
  })
}

/** A ranking's frame ("the deadliest attack since July", "the biggest this year"). */
const RANKED = /\b(?:\p{L}+est|most|record|first|worst)\b(?:\s+[\p{L}'’-]+){0,6}?\s+$/iu

/** A date a dispute cannot hang on: a ranking's frame, or a day counted from some other happening. */
function isIndirect({ prepared, date }: Item): boolean {
  const text = prepared.article.text
  // "A week after the Pentagon paused deliveries" counts from a happening; "The day before," from the report.
  if (
    /\b(?:after|before)$/i.test(date.phrase) &&
    !/^\s*[,.;:]/.test(text.slice(date.span.end, date.span.end + 3))
  )
    return true
  const sentence = prepared.sentences[date.sentence]
  const from = Math.max(sentence?.start ?? 0, date.span.start - 80)
  // "Since July" and "this year" after a superlative frame it; "its largest attack on Kyiv on Thursday" dates it.
  const before = text.slice(from, date.span.start)
  const frame = /\bsince\s+$/i.test(before) || /^this\s+(?:year|month|week)$/i.test(date.phrase)
  return frame && RANKED.test(before.replace(/\bsince\s+$/i, ''))
}

/**
 * "Overnight" twice in one report, "today" and "today's": a report that places itself in time in the same words
 * again tells of the same happening, and so does a sentence it repeats. Each such repeat left alone joins the
 * group holding its first statement, the one that took in most outlets, rather than standing as a fact of its
 * own. A named day said twice ("said on Friday", "published on Friday") may date two happenings: it stays.
 */
function foldRepeats(groups: number[][], items: readonly Item[]): number[][] {
  // Only a date its article gives again, alone, can fold: the full key is made for those few.
  const dayOf = (i: number) => `${(items[i] as Item).prepared.article.id}|${(items[i] as Item).date.date}`
  const lone = new Set(groups.filter((g) => g.length === 1).map((g) => dayOf(g[0] as number)))
  // A sentence stands in a key by a number: the same words twice are one, and a long text is not copied.
  const sentenceIds = new Map<string, number>()
  const sentenceId = (text: string) => {
    let id = sentenceIds.get(text)
    if (id === undefined) {
      id = sentenceIds.size
      sentenceIds.set(text, id)
    }
    return id
  }
  const keyOf = (i: number) => {
    const { prepared, date } = items[i] as Item
    const phrase = date.phrase
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/\s+/g, ' ')
      .trim()
    const where = isNowish({ ...date, phrase })
      ? ''
      : sentenceId(prepared.sentences[date.sentence]?.text ?? '')
    return `${prepared.article.id}|${date.date}|${phrase}|${where}`
  }
  const home = new Map<string, number[]>()
  for (const group of [...groups].sort((a, b) => b.length - a.length))
    for (const i of group) {
      if (!lone.has(dayOf(i))) continue
      const key = keyOf(i)
      if (!home.has(key)) home.set(key, group)
    }
  if (home.size === 0) return groups
  const folded: number[][] = []
  for (const group of groups) {
    const [only] = group
    const target = group.length === 1 && only !== undefined ? home.get(keyOf(only)) : undefined
    if (target && target !== group) target.push(only as number)
    else folded.push(group)
  }
  return folded
}

function countsOf(quantities: readonly Quantity[]): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>()
  // "101 drones and four missiles" is also 105 weapons in all, to set against "550 drones and missiles".
  const totals = new Map<string, [number, number]>()
  for (const q of quantities) {
    if (!q.role || q.role === 'age') continue
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
  const text = prepared.article.text
  const before = wordsBefore(text, sentence.start, date.span.start, 12)
  const after = wordsAfter(text, date.span.end, sentence.end, 12)
  return contentTerms(`${before} ${after}`).filter((t) => !isDateWord(t))
}

/** Per term, whether it is a date's own word: 0 not yet known, 1 it is, 2 it is not. */
let dateWords = new Uint8Array(1024)

function isDateWord(term: Term): boolean {
  if (term >= dateWords.length) {
    const grown = new Uint8Array(Math.max(term + 1, dateWords.length * 2))
    grown.set(dateWords)
    dateWords = grown
  }
  if (dateWords[term] === 0) dateWords[term] = DATE_WORDS.test(termName(term)) ? 1 : 2
  return dateWords[term] === 1
}

/** Reading reaches this far per word wanted: a long sentence is not split whole for each of its dates. */
const REACH = 24

/** The last `n` words of text[from, to), read from at most n × REACH characters back. */
function wordsBefore(text: string, from: number, to: number, n: number): string {
  const start = Math.max(from, to - n * REACH)
  const words = text.slice(start, to).split(/\s+/)
  // A window that starts inside the sentence may start inside a word: that part-word is left out.
  if (start > from) words.shift()
  return words.slice(-n).join(' ')
}

/** The first `n` words of text[from, to), read from at most n × REACH characters on. */
function wordsAfter(text: string, from: number, to: number, n: number): string {
  const end = Math.min(to, from + n * REACH)
  const words = text.slice(from, end).split(/\s+/)
  if (end < to) words.pop()
  return words.slice(0, n).join(' ')
}

function labelOf(item: Item): string {
  const { prepared, date } = item
  const sentence = prepared.sentences[date.sentence]
  if (!sentence) return date.phrase
  const text = prepared.article.text
  const before = wordsBefore(text, sentence.start, date.span.start, 6)
  const after = wordsAfter(text, date.span.end, sentence.end, 4)
  // The words join as the text joins them: "(from 18:00 on July 3)," keeps its bracket on the date.
  const gap = (at: number) => (/\s/.test(text[at] ?? ' ') ? ' ' : '')
  return `${before}${gap(date.span.start - 1)}${date.phrase}${gap(date.span.end)}${after}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.]|['’]s\b)/g, '$1')
    .replace(/^[,;\s]+|[,;.\s]+$/g, '')
}
