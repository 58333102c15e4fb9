import { diffWords } from 'diff'
import type { Quote } from '../extract/quotes'
import { foldName } from '../text/normalize'
import { candidatePairs, type Edge, groupByEdges, linkDuplicates } from './greedy'
import { byArticleOrder, type DraftFact, mentionAt, type PreparedArticle } from './prepared'

type Item = { prepared: PreparedArticle; quote: Quote }

// Pronouns and auxiliaries carry no meaning of their own: "we have an update" and "we have a large number of
// missing people" share no more than "people".
const FUNCTION_WORDS = new Set(
  'the a an and or of to in on for with at by is are was were be been it that this as we i you he she they our my have has had will would'.split(
    ' ',
  ),
)

/**
 * How much of the shorter quote the longer one repeats, in words (0..1), and how many words they share.
 * "historic potential" and "the potential to become historic…" share both of the first's words.
 */
export function quoteOverlap(
  a: readonly string[],
  b: readonly string[],
): { share: number; shared: number; contentShare: number } {
  const counts = new Map<string, number>()
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1)
  let shared = 0
  let sharedContent = 0
  for (const w of b) {
    const n = counts.get(w) ?? 0
    if (n > 0) {
      shared++
      if (!FUNCTION_WORDS.has(w)) sharedContent++
      counts.set(w, n - 1)
    }
  }
  const content = (words: readonly string[]) => words.filter((w) => !FUNCTION_WORDS.has(w)).length
  return {
    share: shared / Math.max(1, Math.min(a.length, b.length)),
    shared: sharedContent,
    contentShare: sharedContent / Math.max(1, Math.min(content(a), content(b))),
  }
}

/**
 * One version is a fragment of the other: "very close" inside "are very close to agreeing". A compound
 * written solid, hyphenated or spaced ("ceasefire", "cease-fire") is one wording: the letters are the same.
 * Two cuts of one passage, one ending where the other goes on ("Russia and Ukraine will immediately start
 * negotiations" and "will immediately start negotiations toward a Ceasefire"), are fragments of it.
 */
export function isFragment(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (` ${long.join(' ')} `.includes(` ${short.join(' ')} `)) return true
  const letters = short.join('')
  if (letters.length >= MIN_LETTERS && long.join('').includes(letters)) return true
  const overlap = Math.max(endOverlap(a, b), endOverlap(b, a))
  return overlap >= MIN_OVERLAP && overlap * 2 >= short.length
}

/** The fewest words two cuts of one passage must share. */
const MIN_OVERLAP = 6

/** How many words end `a` and open `b`. */
function endOverlap(a: readonly string[], b: readonly string[]): number {
  for (let n = Math.min(a.length, b.length); n >= MIN_OVERLAP; n--) {
    let same = true
    for (let i = 0; same && i < n; i++) same = a[a.length - n + i] === b[i]
    if (same) return n
  }
  return 0
}

/** The fewest letters a fragment compared without its spaces must have: "a war" is in "a warning". */
const MIN_LETTERS = 12

export function isSameQuote(a: Quote, b: Quote): boolean {
  // A one-word quote ("constructive") is common coin: only the same speaker makes it the same quote.
  if (a.words.join(' ') === b.words.join(' '))
    return a.words.length >= 2
      ? speakersMatch(a, b)
      : !!a.speaker && !!b.speaker && speakerKey(a.speaker) === speakerKey(b.speaker)
  if (!speakersMatch(a, b)) return false
  const { share, shared, contentShare } = quoteOverlap(a.words, b.words)
  // Reworded versions of one quote share most of their words. Short ones ("We need more weapons", "We
  // need more air defence") share as much by chance: a quote of under five words is the same only when
  // the other holds every one of its words ("historic potential", "the potential to become historic").
  if (Math.min(a.words.length, b.words.length) < MIN_REWORDED) return share === 1 && shared >= 2
  // Two sentences of one speech share its small words ("the", "of", "on a") and a name or two ("the
  // President of the United States"): most of the words that carry meaning must be shared too.
  // A quote the text gives no speaker for ("…,” the officer wrote) meets a named one's only on more of its
  // meaning: "seventeen people are currently missing" is not the mayor's "a large number of people are missing".
  const unsure = !a.speaker !== !b.speaker && shared < 3 && contentShare < 2 / 3
  return share >= 0.6 && shared >= 2 && contentShare >= 0.5 && !unsure
}

const MIN_REWORDED = 5

const PUNCTUATION = /^[\s\p{P}]+$/u

function speakersMatch(a: Quote, b: Quote) {
  return !a.speaker || !b.speaker || speakerKey(a.speaker) === speakerKey(b.speaker)
}

/**
 * "Ukraine’s Air Force", "Ukraine's air force" and "the Air Force" are one speaker: an institution is known
 * by its kind, whichever country's the text says it is.
 */
const speakerKey = (speaker: string) => {
  const key = speaker.toLowerCase().replace(/[’‘`]/g, "'")
  if (INSTITUTION_KIND.test(key)) return key.replace(COUNTRY_BEFORE, '')
  // "Rustem Umierov" and "Rustem Umerov", "Igor Terekhov" and "Ihor Terekhov", "Halushchenko" and
  // "Galuschenko": one name, transliterated from Ukrainian or from Russian.
  return foldName(key).replace(/ie/g, 'e').replace(/kh/g, 'h').replace(/g/g, 'h').replace(/shch/g, 'sch')
}
const INSTITUTION_KIND =
  /\b(?:air force|ministry|military|army|government|administration|service|staff|command)$/
const COUNTRY_BEFORE = /^(?:the\s+)?(?:(?:ukraine|russia)'s\s+|(?:ukrainian|russian)\s+)?/

/** The same words quoted by several outlets: identical or fragments of each other agree; other wording conflicts, with a diff. */
export function alignQuotes(articles: readonly PreparedArticle[]): DraftFact[] {
  // A lone scare-quoted word with no speaker ("lost", “good”) is the writer's voice, not a quote to compare.
  const items: Item[] = articles.flatMap((prepared) =>
    prepared.quotes.filter((q) => q.speaker || q.words.length > 1).map((quote) => ({ prepared, quote })),
  )
  const texts = items.map((i) => i.quote.words.join(' '))
  const duplicates = linkDuplicates(
    items.map((i, n) => `${speakerKey(i.quote.speaker ?? '')}|${texts[n]}`),
    items.map((i) => i.prepared.article.id),
    true,
  )
  const edges: Edge[] = duplicates.edges.filter((e) =>
    isSameQuote((items[e.a] as Item).quote, (items[e.b] as Item).quote),
  )
  const keys = items.map((item) => item.quote.words.filter((w) => !FUNCTION_WORDS.has(w)))
  for (const [a, b] of candidatePairs(keys.map((k, i) => (duplicates.isCopy[i] ? [] : k)))) {
    const x = items[a] as Item
    const y = items[b] as Item
    if (x.prepared === y.prepared || !isSameQuote(x.quote, y.quote)) continue
    // Ranked by how much of both versions they share, so a three-word fragment never outbids the full copy.
    const { share } = quoteOverlap(x.quote.words, y.quote.words)
    const shorter = Math.min(x.quote.words.length, y.quote.words.length)
    edges.push({ a, b, score: (2 * share * shorter) / (x.quote.words.length + y.quote.words.length) })
  }
  // One article may quote the very same words twice: one key for all its copies. A one-word quote is the
  // same only from the same named speaker ("constructive" is common coin).
  const sameKey = (i: number) => {
    const quote = (items[i] as Item).quote
    if (quote.words.length >= 2) return texts[i] ?? null
    return quote.speaker ? `${speakerKey(quote.speaker)}|${texts[i]}` : null
  }
  const groups = groupByEdges(
    items.map((i) => i.prepared.article.id),
    edges,
    sameKey,
  )
  const inArticleOrder = byArticleOrder(articles)
  const diffs = new Map<string, DiffPart[]>()
  const diffOf = (from: string, to: string) => {
    const key = `${from}\u0000${to}`
    let parts = diffs.get(key)
    if (!parts) {
      // Punctuation is the outlet's, not the speaker's: a full stop or a semicolon is no change of wording.
      parts = sameNumbers(diffWords(from, to, { ignoreCase: true }))
        .filter((p) => !(p.removed && PUNCTUATION.test(p.value)))
        .map((p) => ({
          value: p.value,
          ...(p.added && !PUNCTUATION.test(p.value) ? { added: true } : {}),
          ...(p.removed ? { removed: true } : {}),
        }))
      diffs.set(key, parts)
    }
    return parts
  }
  return groups.map((group) => {
    const members = group.map((i) => items[i] as Item).sort(inArticleOrder)
    const first = members[0] as Item
    const outlets = new Set(members.map((m) => m.prepared))
    // Copies of one wording are judged, and diffed, once.
    const wordings = [...new Map(members.map((m) => [m.quote.text, m.quote])).values()]
    // Each against each: "…would take place without a ceasefire" and "…will take place without a ceasefire"
    // differ, though a third outlet's "without a ceasefire" is a fragment of both.
    const agree = wordings.every((q) => wordings.every((r) => isFragment(q.words, r.words)))
    const speaker = members.find((m) => m.quote.speaker)?.quote.speaker ?? null
    const verdict = outlets.size < 2 ? 'single' : agree ? 'agree' : 'conflict'
    return {
      kind: 'quote' as const,
      label: `${speaker ?? 'Unattributed'}: “${shorten(fullest(wordings).text, 60)}”`,
      verdict,
      mentions: members.map((m) =>
        mentionAt(m.prepared, m.quote.span.start, m.quote.span.end, {
          speaker: m.quote.speaker ?? undefined,
          words: m.quote.text,
        }),
      ),
      ...(verdict === 'conflict'
        ? {
            diffs: members.slice(1).map((m) => ({
              articleId: m.prepared.article.id,
              parts: diffOf(first.quote.text, m.quote.text),
            })),
          }
        : {}),
    }
  })
}

/** The wording that gives the most words, the first of them where two give as many: what a label shows. */
const fullest = (wordings: readonly Quote[]) =>
  wordings.reduce((best, q) => (q.words.length > best.words.length ? q : best))

type DiffPart = { value: string; added?: boolean; removed?: boolean }

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length).replace(/\s+\S*$/, '')}…` : text
}

/** "5000" struck for "5,000": one number in two outlets' styles is no change of wording; the second's is kept. */
function sameNumbers<Part extends { value: string; added?: boolean; removed?: boolean }>(
  parts: Part[],
): Part[] {
  const kept: Part[] = []
  for (const [i, part] of parts.entries()) {
    const next = parts[i + 1]
    if (
      part.removed &&
      next?.added &&
      /^\d[\d,]*$/.test(part.value) &&
      digits(part.value) === digits(next.value)
    )
      continue
    const previous = parts[i - 1]
    if (
      part.added &&
      previous?.removed &&
      /^\d[\d,]*$/.test(part.value) &&
      digits(part.value) === digits(previous.value)
    )
      kept.push({ ...part, added: false })
    else kept.push(part)
  }
  return kept
}

const digits = (value: string) => value.replace(/,/g, '')
