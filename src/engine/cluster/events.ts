import { dayNumber, parseDay } from '../extract/dates'
import { kindsOfWeapon, NATIONAL, type Quantity } from '../extract/quantities'
import { MUNITIONS } from '../extract/units'
import { slug, UniqueIds } from '../text/ids'
import { splitSentences } from '../text/sentences'
import { contentTerms, type Term, type TermVector, TermWeights, VectorSum } from '../text/similarity'
import type { AnalyzedEvent, Article, Corpus } from '../types'

/** How alike two reports must be, in words and counts, to be of one event. */
export const SAME_EVENT = 0.2
/**
 * How alike a report of talks, statements or meetings must be, on average, to an event of such reports, where
 * it counts no weapons or dead in its lead: outlets tell a meeting in their own words (the Vatican talks as
 * "a 15-minute sit-down", "a face to face in St Peter's"), and what keeps two such events apart is mostly
 * their dates. Strike reports meet the bar above, their nights and counts keeping nights apart, and so does
 * a report measured against an event of one report, too few to average over.
 */
export const SAME_TALKS = 0.14
/**
 * How alike two events of strike reports first reported on one day, one of three or more reports, must be to
 * merge (a report read alone is an event of one): one day's reports of one attack tell it from many sides (the
 * hospital hit, the city's toll, the air force's count), and the day keeps other nights apart.
 */
const SAME_DAY_STRIKE = 0.15
const SAME_DAY_REPORTS = 3
/**
 * How alike two events of talks, each of two or more reports and first reported on one day, must be to merge:
 * more than a report must be to join one (`SAME_TALKS`), as two events found apart may be two happenings of
 * one day (a post before a meeting, and the meeting), less than strike reports must be.
 */
const SAME_DAY_TALKS = 0.17
/** How many days after an event's first report another report of it may be published. */
export const EVENT_DAYS = 1
/**
 * A follow-up ("the toll has risen to 28") may come a day later still, if it repeats two of the event's
 * counts ("440 drones and 32 missiles"): one shared count ("one person killed") is common to many nights.
 */
export const FOLLOW_UP_DAYS = 2
const FOLLOW_UP_COUNTS = 2
/**
 * A later report ("Russia launched a staggering 122 missiles and 36 drones", three days on) is of the event
 * while the week is out, if it gives two of the event's exact counts of weapons and no other values for them,
 * or, a strike report of a strike's event, its lead names the event's day ("On September 3, the Russian army
 * struck…"). A report of talks days later is of other talks, whatever day it recalls.
 */
const LATE_DAYS = 7
/** How alike in words two reports must be before the counts they share count for anything. */
const SAME_TOPIC = 0.12
/** What each count two reports share adds to their likeness: "145 drones launched" in both is a strong tie. */
const SHARED_COUNT = 0.1
/**
 * What a report loses when it gives the same count of weapons as an event's reports a different value and
 * shares none of their counts: "149 drones" against "145 drones" with nothing else in common is another
 * night. Reports of one night that disagree on one count nearly always share another (the air force's
 * figures). A toll that differs says less: it rises as the rubble is cleared ("at least 14", then "23").
 */
const CLASHING_COUNTS = 0.1
/** How alike in words a strike report must be to an event that counts no weapons and no dead to join it. */
const STRIKE_APART = 0.3

/** Counted facts of an article, as keys: the quantity, then its value after the last bar ("drone|launched|-|145"). */
export type CountKeys = ReadonlySet<string>

/**
 * An article's counts, and those of its lead. The lead's tie a report to an event: "On Sunday, Russia launched
 * 273 drones", closing a report of the next day's call, recalls the night; it does not report it. An event's
 * reports hold all their counts, for a report whose lead is another's closing lines.
 */
export type ArticleCounts = {
  readonly all: CountKeys
  readonly leading: CountKeys
  /** The lead's counts of the night the report tells of ("overnight"), and those it dates to no day. */
  readonly tonight: CountKeys
  /**
   * Its counts that are exact and of the whole attack: "about 100 rockets" or "15 missiles on the approaches
   * to Kyiv" does not say another night's "127 missiles" is wrong.
   */
  readonly definite: CountKeys
}

const NO_DAYS: ReadonlySet<number> = new Set()
const NO_COUNTS: ArticleCounts = {
  all: new Set(),
  leading: new Set(),
  tonight: new Set(),
  definite: new Set(),
}

/**
 * An article's counts as keys for grouping reports into events ("drone|launched|-|273"), with the total
 * its kinds add up to where it gives no total itself: "315 drones and seven missiles" is also 322 weapons,
 * to meet another report's "322 drones and missiles", summed per night where the report dates its counts. A
 * count's place is left out: one outlet's "the attack on Kyiv killed nine" and another's "nine people died"
 * tell one night.
 */
export function countKeys(
  quantities: readonly Quantity[],
  dayOf: (q: Quantity) => string | null,
): Set<string> {
  const keys = new Set<string>()
  const byOccasion = new Map<string, { quantity: string; counts: Quantity[] }>()
  for (const q of quantities) {
    if (!q.role || q.role === 'age') continue
    const quantity = `${q.role}|${q.scope ?? '-'}`
    keys.add(`${q.unit}${q.kind ? `:${q.kind}` : ''}|${quantity}|${q.value}`)
    // "315 drones and seven missiles overnight. The previous night, 479 drones and 20 missiles": two sums.
    const occasion = `${quantity}|${q.place ?? '-'}|${dayOf(q) ?? '-'}`
    const group = byOccasion.get(occasion) ?? { quantity, counts: [] }
    group.counts.push(q)
    byOccasion.set(occasion, group)
  }
  for (const { quantity, counts } of byOccasion.values()) {
    const kinds = counts.some((q) => q.unit === 'air weapon') ? null : kindsOfWeapon(counts)
    if (kinds) keys.add(`air weapon|${quantity}|${kinds.reduce((sum, q) => sum + q.value, 0)}`)
  }
  return keys
}

/** A count given exactly, for the whole attack rather than one place's share of it (see `ArticleCounts.definite`). */
export const isDefinite = (q: Quantity) => q.approx === null && (q.place === null || q.place === NATIONAL)

type Cluster = {
  id: string | null
  articles: Article[]
  /** The sum of the members' unit vectors: its dot product with an article, over n, is their mean cosine. */
  centroid: VectorSum
  counts: Map<string, number>
  /** The quantities its counts are of, without their values: "drone|launched|-". */
  quantities: Set<string>
  /** The quantities its exact counts of the whole attack are of (see `ArticleCounts.definite`). */
  definite: Set<string>
  first: number | null
  last: number | null
  /** The nights its strike reports tell of. */
  nights: Set<string>
  /** Whether its reports count weapons or dead: an attack's event, not a summit's. */
  strike: boolean
}

/**
 * Groups articles into events. An article's eventId wins; the rest join the event whose words they
 * share most, among those published within two days of them (undated ones may join any), or start one.
 * Each article is compared with the open events only, so the work grows with the corpus, not its square.
 */
export function clusterEvents(
  corpus: Corpus,
  countsOf: (article: Article) => ArticleCounts = () => NO_COUNTS,
  termsOf: (article: Article) => readonly Term[] = articleTerms,
  /** The night a strike report tells of ("overnight" in a report of 10 June): one event is one night. */
  nightOf: (article: Article) => string | null = () => null,
  /** The days a report's lead names outright, as day numbers: "On September 3, the Russian army struck…". */
  daysTold: (article: Article) => ReadonlySet<number> = () => NO_DAYS,
): AnalyzedEvent[] {
  const weights = new TermWeights()
  const terms = new Map<Article, readonly Term[]>()
  for (const article of corpus.articles) {
    const t = termsOf(article)
    terms.set(article, t)
    weights.add(t)
  }
  const vectors = new Map<Article, TermVector>()
  const vectorOf = (a: Article) => {
    let vector = vectors.get(a)
    if (!vector) {
      vector = weights.vector(terms.get(a) ?? [])
      vectors.set(a, vector)
    }
    return vector
  }
  const sharedCounts = (article: Article, cluster: Cluster) => {
    let shared = 0
    for (const key of countsOf(article).leading) shared += cluster.counts.get(key) ?? 0
    return shared
  }
  /** Whether a report gives two or more of an event's exact counts of weapons, and no other values for them. */
  const recallsWeapons = (article: Article, cluster: Cluster) => {
    const { leading, definite } = countsOf(article)
    let shared = 0
    for (const key of leading) {
      if (!isWeaponCount(key)) continue
      if (cluster.counts.get(key)) shared += definite.has(key) ? 1 : 0
      else if (LAUNCHED.test(key) && cluster.quantities.has(quantityOf(key))) return false
    }
    return shared >= FOLLOW_UP_COUNTS
  }
  const countsInCommon = (article: Article, cluster: Cluster) => {
    let common = 0
    for (const key of countsOf(article).leading) if (cluster.counts.get(key)) common++
    return common
  }
  // Mean likeness of an article to a cluster's members: mean cosine plus what their shared counts add.
  const score = (article: Article, cluster: Cluster) => {
    const n = cluster.articles.length
    const shared = sharedCounts(article, cluster)
    let clashes = 0
    let sharedWeapons = 0
    for (const key of countsOf(article).leading) {
      if (!isWeaponCount(key)) continue
      if (cluster.counts.get(key)) sharedWeapons++
      else if (countsOf(article).definite.has(key) && cluster.definite.has(quantityOf(key))) clashes++
    }
    // A toll both give ("one person was killed") does not make up for weapons counted otherwise.
    const clash = sharedWeapons === 0 && clashes > 0 ? CLASHING_COUNTS : 0
    const words = cluster.centroid.dot(vectorOf(article)) / n
    // Shared counts confirm reports that already share a topic; alone they do not make one: a call's report
    // that ends on the night's "76 of 112 drones" is not a report of that night.
    const counts = words >= SAME_TOPIC ? Math.min(0.4, (SHARED_COUNT * shared) / n) : 0
    // A night's strike report that recalls the day's summit ("149 drones after the Vatican talks") is of the
    // night: it joins an event that counts neither weapons nor dead only on many words in common.
    if (words < STRIKE_APART && !cluster.strike && leadsWithWeapons(article)) return 0
    return words + counts - clash
  }
  /** An article's likeness to its own event, as if it were not in it: the mean over the `n` others. */
  const likenessWithout = (article: Article, cluster: Cluster, n: number) => {
    const vector = vectorOf(article)
    const self = vector.weights.reduce((sum, w) => sum + w * w, 0)
    const words = (cluster.centroid.dot(vector) - self) / n
    const own = countsOf(article).all
    let shared = 0
    for (const key of countsOf(article).leading)
      shared += (cluster.counts.get(key) ?? 0) - (own.has(key) ? 1 : 0)
    return words + (words >= SAME_TOPIC ? Math.min(0.4, (SHARED_COUNT * shared) / n) : 0)
  }
  /** A strike report: its lead counts weapons or dead. */
  const leadsWithCounts = (article: Article) =>
    [...countsOf(article).leading].some((key) => isWeaponCount(key) || isToll(key))
  const leading = new Map<Article, boolean>()
  const leadsWithWeapons = (article: Article) => {
    let leads = leading.get(article)
    if (leads === undefined) {
      leads = [...countsOf(article).leading].some(isWeaponCount)
      leading.set(article, leads)
    }
    return leads
  }
  /**
   * A report dated the day after an event's night, that calls that night "overnight" (filed after midnight
   * by its own clock, or the reader's), is of the event's night where it gives that night's counts of
   * weapons (see `givesSameWeapons`): a report of the next night gives that night's own counts.
   */
  const isLateReport = (article: Article, cluster: Cluster, night: string | null) =>
    !!night &&
    cluster.nights.has(dayBefore(night)) &&
    givesSameWeapons(countsOf(article).tonight, (key) => !!cluster.counts.get(key), cluster.quantities)
  const days = new Map(corpus.articles.map((a) => [a, dayOf(a)]))
  const day = (a: Article) => days.get(a) ?? null
  const clusters: Cluster[] = []
  const byId = new Map<string, Cluster>()
  for (const article of corpus.articles) {
    if (!article.eventId) continue
    let cluster = byId.get(article.eventId)
    if (!cluster) {
      cluster = emptyCluster(article.eventId)
      byId.set(article.eventId, cluster)
      clusters.push(cluster)
    }
    join(cluster, article, day(article), vectorOf(article), countsOf(article), nightOf(article))
  }
  const loose = corpus.articles.filter((a) => !a.eventId)
  // Each day's fullest reports are read first: an event is known by its words before a snippet of it
  // comes, and the events found do not hang on the order the corpus lists its articles in.
  const fuller = (a: Article, b: Article) => b.text.length - a.text.length
  const dated = loose
    .filter((a) => day(a) !== null)
    .sort((a, b) => (day(a) ?? 0) - (day(b) ?? 0) || fuller(a, b))
  const undated = loose.filter((a) => day(a) === null).sort(fuller)
  const sorted = [...clusters].sort((a, b) => (a.first ?? 0) - (b.first ?? 0))
  /** The event an article is most like, over the bar its kind of report must meet, among `candidates`. */
  const bestOf = (article: Article, candidates: readonly Cluster[]) => {
    const published = day(article)
    let best: Cluster | null = null
    let bestScore = 0
    let bestNight: string | null = null
    for (const cluster of candidates) {
      if (published !== null && cluster.first !== null) {
        const apart = Math.abs(cluster.first - published)
        const recalled =
          apart > FOLLOW_UP_DAYS &&
          apart <= LATE_DAYS &&
          published > cluster.first &&
          (recallsWeapons(article, cluster) ||
            (cluster.strike && leadsWithCounts(article) && daysTold(article).has(cluster.first)))
        if (
          !recalled &&
          (apart > FOLLOW_UP_DAYS ||
            (apart > EVENT_DAYS && countsInCommon(article, cluster) < FOLLOW_UP_COUNTS))
        )
          continue
      }
      // "Overnight" on 9 June and on 10 June: two nights' reports, however many counts the second recalls,
      // unless the second is the first night's report filed after midnight (see `isLateReport`).
      const night = nightOf(article)
      const otherNight = !!night && cluster.nights.size > 0 && !cluster.nights.has(night)
      const late = otherNight && isLateReport(article, cluster, night)
      if (otherNight && !late) continue
      const likeness = score(article, cluster)
      const bar =
        cluster.strike || leadsWithCounts(article) || cluster.articles.length < 2 ? SAME_EVENT : SAME_TALKS
      if (likeness > bar && likeness > bestScore) {
        best = cluster
        bestScore = likeness
        bestNight = late && night ? dayBefore(night) : night
      }
    }
    return best ? { cluster: best, night: bestNight, likeness: bestScore } : null
  }
  let open = 0
  for (const article of [...dated, ...undated]) {
    const published = day(article)
    if (published !== null)
      while (open < sorted.length && (sorted[open]?.last ?? Number.POSITIVE_INFINITY) < published - LATE_DAYS)
        open++
    const found = bestOf(article, published === null ? sorted : sorted.slice(open))
    let best = found?.cluster
    if (!best) {
      best = emptyCluster(null)
      sorted.push(best)
      clusters.push(best)
    }
    join(best, article, published, vectorOf(article), countsOf(article), found?.night ?? nightOf(article))
  }
  // A second look: a report read before its event had gathered its other reports may have joined a
  // neighbouring event of like words. Each report moves where it is likelier than in its own event, itself
  // left out of it.
  // Reports that moved make their new event likelier for those of their kind left behind: the look is taken
  // again while any moves, a few times at most.
  for (let pass = 0, moved = true; moved && pass < SECOND_LOOKS; pass++) {
    moved = false
    for (const cluster of clusters.filter((c) => !c.id)) {
      for (const article of [...cluster.articles]) {
        // A report alone in its event, read before the event it belongs to had gathered, moves as the others
        // do: it is likely nowhere else.
        const n = cluster.articles.length - 1
        if (cluster.articles.length === 0) break
        const published = day(article)
        // It moves to an event of its own kind only: a meeting's brief is not a strike report's, however
        // like the night's report that recalls the meeting.
        const strike = leadsWithCounts(article)
        const near = clusters.filter(
          (c) =>
            c !== cluster &&
            c.articles.length > 0 &&
            c.strike === strike &&
            (published === null || (c.first !== null && Math.abs(c.first - published) <= FOLLOW_UP_DAYS)),
        )
        const found = near.length > 0 ? bestOf(article, near) : null
        const own = n > 0 ? likenessWithout(article, cluster, n) : 0
        if (!found || found.likeness <= own + MOVE_MARGIN) continue
        leave(cluster, article, vectorOf(article), countsOf(article), day)
        join(found.cluster, article, published, vectorOf(article), countsOf(article), found.night)
        moved = true
      }
    }
  }
  // Events left empty by the reports that moved are gone.
  for (let i = clusters.length - 1; i >= 0; i--) if (clusters[i]?.articles.length === 0) clusters.splice(i, 1)
  mergeAlike(clusters, score, (cluster, article) =>
    join(cluster, article, day(article), vectorOf(article), countsOf(article), nightOf(article)),
  )
  const place = new Map(corpus.articles.map((a, i) => [a, i]))
  const firstPlace = new Map(
    clusters.map((c) => [c, c.articles.reduce((min, a) => Math.min(min, place.get(a) ?? 0), Infinity)]),
  )
  // Events found are listed after those the corpus names, by date, then as the corpus gives their reports.
  const listed = [
    ...clusters.filter((c) => c.id),
    ...clusters
      .filter((c) => !c.id)
      .sort(
        (a, b) =>
          (a.first ?? Number.POSITIVE_INFINITY) - (b.first ?? Number.POSITIVE_INFINITY) ||
          (firstPlace.get(a) ?? 0) - (firstPlace.get(b) ?? 0),
      ),
  ]
  // An event lists its reports by date, undated last, then as the corpus gives them.
  const inReadingOrder = (a: Article, b: Article) =>
    (day(a) ?? Number.POSITIVE_INFINITY) - (day(b) ?? Number.POSITIVE_INFINITY) ||
    (place.get(a) ?? 0) - (place.get(b) ?? 0)
  const known = new Map((corpus.events ?? []).map((e) => [e.id, e]))
  const ids = new UniqueIds(byId.keys())
  return listed.map((cluster) => {
    const info = cluster.id ? known.get(cluster.id) : undefined
    const date = info?.date ?? earliestDate(cluster.articles)
    const title = info?.title ?? titleOf(cluster, vectorOf)
    const id = cluster.id ?? ids.take(`${slug(title, 6, 'event')}${date ? `-${date.slice(0, 10)}` : ''}`)
    return {
      id,
      title,
      date: date?.slice(0, 10) ?? null,
      articleIds: (cluster.id ? cluster.articles : [...cluster.articles].sort(inReadingOrder)).map(
        (a) => a.id,
      ),
    }
  })
}

/**
 * Two events found apart that are one: reports read in an order that let each gather its own half. Two
 * events of the same days, of no two different nights, merge where each one's reports are, on average, as
 * like the other event as a strike report must be to join one (talks on consecutive days, a call and a
 * meeting, share their words and people more than the two halves of one event do). The likest pair merges
 * first, until none is left.
 * Only events of days a day apart are compared, and where a stretch of days holds more pairs than
 * `MAX_MERGE_PAIRS` (a corpus of many unrelated stories), the events stay as found.
 */
/**
 * The likeness two events must show to merge: that a strike report must show to join an event, or, for two
 * events of strike reports whose first reports were published on one day, one of them of three or more,
 * that of a day's reports (as a report joins such an event).
 */
function mergeBar(a: Cluster, b: Cluster): number {
  const oneDay = a.first !== null && a.first === b.first
  if (!oneDay) return SAME_EVENT
  if (a.strike && b.strike && Math.max(a.articles.length, b.articles.length) >= SAME_DAY_REPORTS)
    return SAME_DAY_STRIKE
  if (!a.strike && !b.strike && a.articles.length >= 2 && b.articles.length >= 2) return SAME_DAY_TALKS
  return SAME_EVENT
}

function mergeAlike(
  clusters: Cluster[],
  score: (article: Article, cluster: Cluster) => number,
  join: (cluster: Cluster, article: Article) => void,
) {
  const mean = (from: Cluster, to: Cluster) =>
    from.articles.reduce((sum, a) => sum + score(a, to), 0) / from.articles.length
  const nightsAgree = (a: Cluster, b: Cluster) =>
    a.nights.size === 0 || b.nights.size === 0 || [...a.nights].some((n) => b.nights.has(n))
  const found = clusters.filter((c) => !c.id && c.first !== null && c.last !== null)
  for (;;) {
    found.sort((a, b) => (a.first ?? 0) - (b.first ?? 0))
    const pairs: [Cluster, Cluster][] = []
    for (const [i, a] of found.entries())
      for (const b of found.slice(i + 1)) {
        if ((b.first ?? 0) - EVENT_DAYS > (a.last ?? 0)) break
        if (nightsAgree(a, b)) pairs.push([a, b])
      }
    if (pairs.length > MAX_MERGE_PAIRS) return
    let best: [Cluster, Cluster] | null = null
    let bestScore = 0
    for (const [a, b] of pairs) {
      const [leadA, leadB] = [fullerOfPair(a), fullerOfPair(b)]
      const likeness =
        leadA && !leadB
          ? score(leadA, b)
          : leadB && !leadA
            ? score(leadB, a)
            : Math.min(mean(a, b), mean(b, a))
      if (likeness > mergeBar(a, b) && likeness > bestScore) {
        best = [a, b]
        bestScore = likeness
      }
    }
    if (!best) return
    const [into, from] = best
    for (const article of from.articles) join(into, article)
    found.splice(found.indexOf(from), 1)
    clusters.splice(clusters.indexOf(from), 1)
  }
}

const MAX_MERGE_PAIRS = 2000

/**
 * An event of two reports, one under a third of the other's length ("Zelenskyy, in a post before the meeting,
 * said…"): its fuller report, which the snippet is likely of. It merges as that report would: a snippet does
 * not hold its report away from their event.
 */
function fullerOfPair(cluster: Cluster): Article | null {
  const [a, b] = cluster.articles
  if (!a || !b || cluster.articles.length !== 2) return null
  const [fuller, shorter] = a.text.length >= b.text.length ? [a, b] : [b, a]
  return shorter.text.length * 3 < fuller.text.length ? fuller : null
}

/** How many times the second look is taken, at most. */
const SECOND_LOOKS = 3

/** How much likelier a report must be in another event than in its own to move there. */
const MOVE_MARGIN = 0.02

/**
 * Takes a report out of an event: its words, its counts and its days. The night it brought and the quantities
 * it named are not recomputed: the event keeps them, a little stricter than it need be towards later reports.
 */
function leave(
  cluster: Cluster,
  article: Article,
  vector: TermVector,
  counts: ArticleCounts,
  day: (article: Article) => number | null,
) {
  cluster.articles.splice(cluster.articles.indexOf(article), 1)
  cluster.centroid.remove(vector)
  for (const key of counts.all) cluster.counts.set(key, (cluster.counts.get(key) ?? 1) - 1)
  const days = cluster.articles.map(day).filter((d): d is number => d !== null)
  cluster.first = days.length ? Math.min(...days) : null
  cluster.last = days.length ? Math.max(...days) : null
}

function emptyCluster(id: string | null): Cluster {
  return {
    id,
    articles: [],
    centroid: new VectorSum(),
    counts: new Map(),
    quantities: new Set(),
    definite: new Set(),
    first: null,
    last: null,
    nights: new Set(),
    strike: false,
  }
}

function join(
  cluster: Cluster,
  article: Article,
  day: number | null,
  vector: TermVector,
  counts: ArticleCounts,
  night: string | null,
) {
  cluster.articles.push(article)
  if (night) cluster.nights.add(night)
  for (const key of counts.all) {
    cluster.counts.set(key, (cluster.counts.get(key) ?? 0) + 1)
    cluster.quantities.add(quantityOf(key))
  }
  for (const key of counts.definite) cluster.definite.add(quantityOf(key))
  // A meeting's report that ends on the day's toll ("Hours before the talks, a strike killed seven") does
  // not make its event a strike's: a strike report leads with what was sent or who was killed.
  for (const key of counts.leading) cluster.strike ||= isWeaponCount(key) || isToll(key)
  cluster.centroid.add(vector)
  if (day !== null) {
    cluster.first = cluster.first === null ? day : Math.min(cluster.first, day)
    cluster.last = cluster.last === null ? day : Math.max(cluster.last, day)
  }
}

const quantityOf = (key: string) => key.slice(0, key.lastIndexOf('|'))

/** A night's weapons are counted once and quoted by all; its toll rises from report to report. */
export const isWeaponCount = (key: string) => MUNITIONS.has(key.slice(0, key.search(/[:|]/)))
const LAUNCHED = /^[^|]*\|launched\|/
export const isToll = (key: string) => /^(?:person|child|soldier)\|(?:killed|injured)\|/.test(key)

function articleTerms(article: Article): Term[] {
  return contentTerms(`${article.title ?? ''}\n${article.text}`)
}

/**
 * Whether the counts of weapons a report gives for its own night are of a night others counted: it gives
 * some of their counts, and no more other values for the weapons sent. Outlets disagree on how many were
 * downed or lost more than on how many came; a report of the next night gives that night's own counts of
 * weapons sent, and those it recalls of the night before are not its own.
 */
export function givesSameWeapons(
  leading: CountKeys,
  counted: (key: string) => boolean,
  quantities: ReadonlySet<string>,
): boolean {
  let shared = 0
  let clashes = 0
  for (const key of leading) {
    if (!isWeaponCount(key)) continue
    if (counted(key)) shared++
    else if (LAUNCHED.test(key) && quantities.has(quantityOf(key))) clashes++
  }
  return shared > 0 && shared >= clashes
}

/** The day before a YYYY-MM-DD date. */
export function dayBefore(date: string): string {
  const day = parseDay(date)
  return day ? new Date(Date.UTC(day.y, day.m - 1, day.d - 1)).toISOString().slice(0, 10) : date
}

function dayOf(article: Article): number | null {
  return dayNumber(article.publishedAt)
}

function earliestDate(articles: readonly Article[]): string | null {
  const dates = articles.map((a) => a.publishedAt?.slice(0, 10)).filter((d): d is string => !!d)
  return dates.sort()[0] ?? null
}

function titleOf(cluster: Cluster, vectorOf: (a: Article) => TermVector): string {
  // The report closest to the centroid (its length scales every report's closeness alike, so it is left as is).
  const closeness = new Map(cluster.articles.map((a) => [a, cluster.centroid.dot(vectorOf(a))]))
  const ranked = [...cluster.articles].sort((a, b) => (closeness.get(b) ?? 0) - (closeness.get(a) ?? 0))
  const titled = ranked.find((a) => a.title?.trim())
  if (titled?.title) return titled.title.trim()
  const first = ranked[0] ? openingLine(ranked[0].text) : 'Untitled event'
  return first.length > 90 ? `${first.slice(0, 88).replace(/\s+\S*$/, '')}…` : first
}

/** A line that heads no story: a byline, a photo credit, a time stamp, a word or two. */
const NOT_A_HEADLINE = /^(?:By|Photo|Source|Updated|Posted|Published|Image|Video|Listen|Watch|Share)\b|^\W*$/i

/** The first sentence of a report's first line that tells something: "By Andrea Shalal" tells no event. */
function openingLine(text: string): string {
  // Sentences end at a line's end: each line's first sentence, with "U.S. President" whole.
  const lines = splitSentences(text.slice(0, 4000))
    .filter((sentence, i, all) => i === 0 || text.slice(all[i - 1]?.end ?? 0, sentence.start).includes('\n'))
    .map((sentence) => sentence.text.trim())
    .filter((line) => line.length > 0)
  const telling = lines.find((line) => !NOT_A_HEADLINE.test(line) && line.split(/\s+/).length >= 5)
  return telling ?? lines[0] ?? 'Untitled event'
}
