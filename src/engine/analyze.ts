import { alignClaims } from './align/claims'
import { alignDates, isNowish } from './align/dates'
import { alignNumbers } from './align/numbers'
import type { DraftFact, PreparedArticle } from './align/prepared'
import { alignQuotes } from './align/quotes'
import {
  type ArticleCounts,
  clusterEvents,
  countKeys,
  dayBefore,
  FOLLOW_UP_DAYS,
  givesSameWeapons,
  isDefinite,
  isToll,
  isWeaponCount,
} from './cluster/events'
import { type DateMention, dayNumber, extractDates } from './extract/dates'
import { findPeople } from './extract/people'
import { extractQuantities, type Quantity } from './extract/quantities'
import { extractQuotes } from './extract/quotes'
import { isPeopleToll, MUNITIONS } from './extract/units'
import { slug, UniqueIds } from './text/ids'
import { contentTerms, contentTermsOfSpans } from './text/normalize'
import { splitSentences } from './text/sentences'
import { type Term, type TermVector, TermWeights } from './text/similarity'
import type { AnalyzedEvent, Analysis, Article, Corpus, Fact } from './types'

/** The whole pipeline: articles in; events, and the facts of each event judged across its outlets, out. */
export function analyzeCorpus(corpus: Corpus): Analysis {
  const people = findPeople(corpus.articles.map((a) => a.text))
  const weights = new TermWeights()
  const read = corpus.articles.map((article) => {
    const sentences = splitSentences(article.text)
    const terms = contentTermsOfSpans(article.text, sentences)
    for (const t of terms) weights.add(t)
    return { article, sentences, terms, quantities: extractQuantities(article.text, sentences) }
  })
  const articleTerms = new Map(
    read.map(({ article, terms }) => {
      const all = contentTerms(article.title ?? '')
      for (const sentence of terms) for (const term of sentence) all.push(term)
      return [article, all]
    }),
  )
  // A dated report's dates are read before grouping: the night it reports ("overnight") keeps two nights'
  // reports apart, however many counts the second recalls from the first.
  const datesOf = new Map(
    read
      .filter(({ article }) => article.publishedAt)
      .map(({ article, sentences }) => [
        article,
        extractDates(article.text, { publishedAt: article.publishedAt ?? null }, sentences),
      ]),
  )
  const daters = new Map(
    read.map(({ article }) => [article, countDater(article, datesOf.get(article) ?? [])]),
  )
  // The days a report's lead names outright ("On September 3", "on Friday night"): a report filed days
  // later that names the event's day is of the event.
  const daysTold = new Map(
    [...datesOf].map(([article, dates]) => [
      article,
      new Set(
        dates
          .filter((d) => d.precision === 'day' && d.sentence < LEAD_SENTENCES)
          .map((d) => dayNumber(d.date))
          .filter((d): d is number => d !== null),
      ),
    ]),
  )
  const nights = new Map<Article, string | null>()
  const counts = new Map<Article, ArticleCounts>()
  for (const { article, sentences, quantities } of read) {
    const dateOf = daters.get(article) ?? (() => null)
    const night = nightReported(quantities, dateOf)
    nights.set(article, night)
    const dayOf = (q: Quantity) => dateOf(q)?.date ?? null
    const lead = Math.max(LEAD_SENTENCES, Math.ceil(sentences.length / 2))
    const leading = quantities.filter((q) => q.sentence < lead)
    const tonight = leading.filter((q) => [null, night].includes(dayOf(q)))
    counts.set(article, {
      all: countKeys(quantities, dayOf),
      leading: countKeys(leading, dayOf),
      tonight: countKeys(tonight, dayOf),
      definite: countKeys(quantities.filter(isDefinite), dayOf),
    })
  }
  const events = clusterEvents(
    corpus,
    (article) =>
      counts.get(article) ?? { all: new Set(), leading: new Set(), tonight: new Set(), definite: new Set() },
    (article) => articleTerms.get(article) ?? [],
    (article) => nights.get(article) ?? null,
    (article) => daysTold.get(article) ?? new Set(),
  )
  const eventOf = new Map(events.flatMap((e) => e.articleIds.map((id) => [id, e])))
  const filedLate = filedAfterMidnight(events, corpus.articles, nights, counts)
  const prepared = new Map<string, PreparedArticle>()
  for (const { article, sentences, terms, quantities } of read) {
    // An undated article reads its relative dates against its event's date.
    const publishedAt = filedLate.has(article)
      ? dayBefore(article.publishedAt ?? '')
      : (article.publishedAt ?? eventOf.get(article.id)?.date ?? null)
    const dates =
      (filedLate.has(article) ? null : datesOf.get(article)) ??
      extractDates(article.text, { publishedAt }, sentences)
    const dateOf = countDater(article, dates, { tollsBySpeech: false })
    // A report filed days after its event (see `LATE_DAYS`) retells it: a count it leaves undated is of the
    // event's day, not of the day it was filed.
    const eventDate = eventOf.get(article.id)?.date ?? null
    const filed = dayNumber(article.publishedAt)
    const first = dayNumber(eventDate)
    const retold = filed !== null && first !== null && filed - first > FOLLOW_UP_DAYS
    const dayOf = (q: Quantity) => {
      const nearest = dateOf(q)
      return nearest ? (nearest.morning ?? nearest.date) : retold ? eventDate : null
    }
    prepared.set(article.id, {
      article,
      sentences,
      terms,
      vectorOf: lazyVectors(terms, weights),
      quantities: quantities.map((q) => {
        const when = dayOf(q)
        // "The call came a day after Russia launched 273 drones": once dated, the day is the count's own.
        const scope = when && q.scope && DAYS_APART.test(q.scope) ? null : q.scope
        return { ...q, scope, when }
      }),
      dates,
      quotes: extractQuotes(article.text, sentences, people).map((q) =>
        isOutlet(q.speaker, article.outlet) ? { ...q, speaker: null } : q,
      ),
    })
  }
  const facts: Fact[] = []
  const ids = new UniqueIds()
  for (const event of events) {
    const position = new Map(event.articleIds.map((id, i) => [id, i]))
    const articles = event.articleIds.map((id) => prepared.get(id)).filter((p): p is PreparedArticle => !!p)
    const drafts: DraftFact[] = [
      ...alignNumbers(articles),
      ...alignDates(articles, weights),
      ...alignQuotes(articles),
      ...alignClaims(articles, weights),
    ]
    for (const draft of drafts) {
      const present = new Set(draft.mentions.map((m) => m.articleId))
      facts.push({
        id: ids.take(`${draft.kind}-${slug(draft.label, 7, 'fact')}`),
        eventId: event.id,
        ...draft,
        mentions: [...draft.mentions].sort(
          (a, b) => (position.get(a.articleId) ?? 0) - (position.get(b.articleId) ?? 0) || a.start - b.start,
        ),
        missing: event.articleIds.filter((id) => !present.has(id)),
      })
    }
  }
  return { events, facts: facts.sort(byVerdict) }
}

/**
 * The reports found to be of the night before their own "overnight": filed after midnight (by their clock,
 * or the reader's), they read their dates as of the day before, as the event's other reports do. Such a
 * report gives the counts of weapons the reports of the day before gave; where those count only the dead,
 * there are more of them than of its own day. A call's reports the day before tell of no night at all.
 */
function filedAfterMidnight(
  events: readonly AnalyzedEvent[],
  articles: readonly Article[],
  nights: ReadonlyMap<Article, string | null>,
  counts: ReadonlyMap<Article, ArticleCounts>,
): Set<Article> {
  const byId = new Map(articles.map((a) => [a.id, a]))
  // The night each report tells of, or else the day it was published.
  const dayOf = (a: Article) => nights.get(a) ?? a.publishedAt?.slice(0, 10) ?? null
  const late = new Set<Article>()
  for (const event of events) {
    const members = event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => !!a)
    for (const article of members) {
      const night = nights.get(article)
      if (!night) continue
      const eve = dayBefore(night)
      const before = members.filter((a) => dayOf(a) === eve)
      const alike = members.filter((a) => a !== article && dayOf(a) === night)
      if (before.length === 0 || before.length < alike.length) continue
      const keys = new Set(before.flatMap((a) => [...(counts.get(a)?.all ?? [])]))
      const quantities = new Set([...keys].map((key) => key.slice(0, key.lastIndexOf('|'))))
      const isLate = [...keys].some(isWeaponCount)
        ? givesSameWeapons(counts.get(article)?.tonight ?? new Set(), (key) => keys.has(key), quantities)
        : [...keys].some(isToll) && before.length > alike.length
      if (isLate) late.add(article)
    }
  }
  return late
}

function lazyVectors(terms: readonly (readonly Term[])[], weights: TermWeights) {
  const made = new Map<number, TermVector>()
  return (sentence: number) => {
    let vector = made.get(sentence)
    if (!vector) {
      vector = weights.vector(terms[sentence] ?? [])
      made.set(sentence, vector)
    }
    return vector
  }
}

/**
 * The date of each count: the day its own sentence names, the nearest to it where the sentence names two
 * ("315 drones overnight, a day after a record attack of 479 drones"): two nights' counts are two facts. The
 * day a source spoke ("the administration reported on Aug. 29") dates a count only where nothing else does.
 * An undated article's "yesterday" was read against its event's date, a guess: only absolute dates count then.
 * Unless `tollsBySpeech`, the day a source spoke never dates a toll: "The toll rose to 35, officials said
 * Monday" and "As of Sunday afternoon, 73 had been injured" are one strike's toll, told as it rose.
 */
function countDater(article: Article, dates: readonly DateMention[], { tollsBySpeech = true } = {}) {
  const daysOf = new Map<number, DateMention[]>()
  for (const d of dates) {
    if (d.precision !== 'day' || (d.relative && !article.publishedAt)) continue
    daysOf.set(d.sentence, [...(daysOf.get(d.sentence) ?? []), d])
  }
  const spoken = (d: DateMention) =>
    REPORTED.test(article.text.slice(Math.max(0, d.span.start - 40), d.span.start)) ||
    isDateline(article.text, d)
  return (q: Quantity): DateMention | null => {
    const toll = !tollsBySpeech && isPeopleToll(q)
    const distance = (d: DateMention) =>
      (spoken(d) ? article.text.length : 0) +
      (d.span.start >= q.span.end ? d.span.start - q.span.end : Math.max(0, q.span.start - d.span.end))
    let nearest: DateMention | null = null
    for (const d of daysOf.get(q.sentence) ?? []) {
      if (toll && (spoken(d) || countedAt(article.text, d, q))) continue
      if (!nearest || distance(d) < distance(nearest)) nearest = d
    }
    return nearest
  }
}

/**
 * "…in the format of “1000 for 1000”, writes UNN with reference to statements by the parties": an outlet
 * that names itself is passing on what others said, not saying it.
 */
function isOutlet(speaker: string | null, outlet: string): boolean {
  const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\d]+/gu, '')
  const who = key(speaker ?? '')
  return who.length >= 3 && key(outlet).includes(who)
}

/** The fewest sentences that make a report's lead; a long report's lead is its first half. */
const LEAD_SENTENCES = 3

const STRIKE_ROLES = new Set(['launched', 'downed', 'lost', 'neutralised', 'hit'])

/** The night a strike report tells of: the day of its first count of weapons it dates "overnight" or so. */
function nightReported(quantities: readonly Quantity[], dateOf: (q: Quantity) => DateMention | null) {
  for (const q of quantities) {
    if (!q.unit || !MUNITIONS.has(q.unit) || !STRIKE_ROLES.has(q.role ?? '') || q.scope) continue
    const date = dateOf(q)
    if (date && isNowish(date)) return date.date
  }
  return null
}

/**
 * Whether a date is the time a toll was counted at, not the day of its deaths: "As of the evening of June 24,
 * there were 17 dead", "On June 25, Lysak reported that the death toll rose to 19".
 */
function countedAt(text: string, d: DateMention, q: Quantity): boolean {
  if (STATUS_AS_OF.test(text.slice(Math.max(0, d.span.start - 30), d.span.start))) return true
  return d.span.end <= q.span.start && REPORT_THAT.test(text.slice(d.span.end, q.span.start))
}
const STATUS_AS_OF =
  /\bas\s+of\s+(?:the\s+(?:morning|afternoon|evening|night|end)\s+of\s+|(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?|noon|midnight)(?:\s+local\s+time)?\s+(?:on\s+)?)?$/i
/** The words between a date and a toll, where the date is when a source told of it: ", Lysak reported that …". */
const REPORT_THAT =
  /^[^.;!?]{0,80}?\b(?:reported|said|announced|confirmed|stated|wrote|told\s+[\w\s]{1,30}?)\s+that\b[^.;!?]*$/

/** "Kiev, March 16 (IANS) The death toll…", "KYIV, May 18 (Reuters) -": the day and place a report was filed. */
function isDateline(text: string, d: DateMention): boolean {
  return (
    d.span.start < 60 &&
    DATELINE_PLACE.test(text.slice(0, d.span.start)) &&
    DATELINE_AGENCY.test(text.slice(d.span.end, d.span.end + 40))
  )
}
const DATELINE_PLACE = /^\s*[A-Z][\p{L}.'’ -]{1,40},\s*$/u
const DATELINE_AGENCY = /^,?\s*(?:\d{4}\s*)?(?:\(\s*[A-Z][\p{L}. ]{1,20}\)|\/[A-Z][\p{L}. ]{1,20}\/)/u

const REPORTED =
  /\b(?:said|says|reported|announced|stated|told\s+(?:reporters|journalists)|wrote|posted|added|confirmed)\s+(?:on\s+)?$/i

const DAYS_APART = /^(?:a|one|two|three|four|five|six|\d+)\s+days?\s+(?:after|before|earlier|later)$/

const RANK = { conflict: 0, agree: 1, single: 2 }
const byVerdict = (a: Fact, b: Fact) => RANK[a.verdict] - RANK[b.verdict]

export type { Article }
