import { allMatches } from '../text/matches'
import { contentTermsOfSpans } from '../text/normalize'
import type { Sentence } from '../text/sentences'
import { centralities, cosine, type Term, type TermVector, type TermWeights } from '../text/similarity'
import type { TextSpan } from '../types'
import { candidatePairs, type Edge, groupByEdges, linkDuplicates } from './greedy'
import { byArticleOrder, type DraftFact, mentionAt, type PreparedArticle } from './prepared'

/** How alike two statements must be to tell the same happening. */
export const SAME_CLAIM = 0.25
const MIN_TERMS = 5
const MIN_SHARED = 3
const TOP_TERMS = 10

type Item = { prepared: PreparedArticle; span: TextSpan; vector: TermVector }

/**
 * Statements from different outlets that tell the same happening ("a car bomb that killed a senior Russian
 * general near Moscow" / "a top Russian general was killed in a car bombing near Moscow"). A claim is the
 * longest stretch of a sentence free of counted numbers and quotes: those are facts of their own, and a
 * claim that swallowed "nine killed and 70 injured" would tie two different quantities together.
 * Candidates come from an index of shared terms, so the work grows with the overlap, not with every pair.
 */
export function alignClaims(articles: readonly PreparedArticle[], weights: TermWeights): DraftFact[] {
  const items: Item[] = []
  const keys: Term[][] = []
  const fingerprints: string[] = []
  // Wire copy repeats statements word for word: a statement's vector and keys are made once per wording.
  const read = new Map<string, { vector: TermVector; keys: Term[] }>()
  const reading = (vector: TermVector) => ({ vector, keys: heaviest(vector, TOP_TERMS) })
  for (const prepared of articles) {
    const text = prepared.article.text
    // The article is lower-cased once for all its fragments' terms and fingerprints.
    const lower = text.toLowerCase()
    const sameLength = lower.length === text.length
    const lowered = (start: number, end: number) =>
      sameLength ? lower.slice(start, end) : text.slice(start, end).toLowerCase()
    const spans = claimSpans(prepared).map(({ span, sentence }) => {
      const whole = span.end - span.start >= sentence.end - sentence.start - 2
      const fingerprint = lowered(span.start, span.end)
      // A whole sentence is read with all its words (a dateline too), a fragment with its own only.
      const wording = whole ? `s${lowered(sentence.start, sentence.end)}` : `f${fingerprint}`
      return { span, sentence, whole, fingerprint, wording }
    })
    const unread = spans.filter((s) => !s.whole && !read.has(s.wording))
    const unreadTerms = contentTermsOfSpans(
      text,
      unread.map((s) => s.span),
    )
    for (const [i, s] of unread.entries()) read.set(s.wording, reading(weights.vector(unreadTerms[i] ?? [])))
    for (const { span, sentence, whole, fingerprint, wording } of spans) {
      let known = read.get(wording)
      if (!known) {
        known = reading(prepared.vectorOf(sentence.index))
        read.set(wording, known)
      }
      const { vector } = known
      // A fragment between numbers needs more words of its own than a whole sentence to say something.
      if (vector.terms.length < (whole ? MIN_TERMS : MIN_TERMS + 2)) continue
      items.push({ prepared, span, vector })
      // Statements of one happening share some of their rarest words: index only those.
      keys.push(known.keys)
      fingerprints.push(fingerprint)
    }
  }
  const duplicates = linkDuplicates(
    fingerprints,
    items.map((i) => i.prepared.article.id),
  )
  const edges: Edge[] = [...duplicates.edges]
  for (const [a, b] of candidatePairs(keys.map((k, i) => (duplicates.isCopy[i] ? [] : k)))) {
    const x = items[a] as Item
    const y = items[b] as Item
    if (x.prepared === y.prepared) continue
    const score = cosine(x.vector, y.vector)
    // Two words in common ("fresh tensions") are a mood, not a happening told twice.
    if (score >= SAME_CLAIM && sharedTerms(x.vector, y.vector) >= MIN_SHARED) edges.push({ a, b, score })
  }
  const inArticleOrder = byArticleOrder(articles)
  return groupByEdges(
    items.map((i) => i.prepared.article.id),
    edges,
  )
    .filter((group) => group.length >= 2)
    .map((group) => {
      const members = group.map((i) => items[i] as Item).sort(inArticleOrder)
      // The label is the telling closest to all the others (to their summed vectors: one pass, not m²),
      // the shorter one when two are as close.
      const dots = centralities(members.map((m) => m.vector))
      const centrality = new Map(members.map((m, i) => [m, dots[i] as number]))
      const closer = (x: Item, y: Item) => {
        const d = (centrality.get(y) ?? 0) - (centrality.get(x) ?? 0)
        return Math.abs(d) > 1e-9 ? d : 0
      }
      const central = [...members].sort(
        (x, y) => closer(x, y) || x.span.end - x.span.start - (y.span.end - y.span.start),
      )[0] as Item
      const text = central.prepared.article.text.slice(central.span.start, central.span.end)
      return {
        kind: 'claim' as const,
        label: text.length > 90 ? `${text.slice(0, 88).replace(/\s+\S*$/, '')}…` : text,
        verdict: 'agree' as const,
        mentions: members.map((m) => mentionAt(m.prepared, m.span.start, m.span.end)),
      }
    })
}

/** Per sentence, its longest stretch without a counted number or a quote, trimmed of edge punctuation. */
function claimSpans(prepared: PreparedArticle): { span: TextSpan; sentence: Sentence }[] {
  const holes: TextSpan[] = [
    ...prepared.quantities.map((q) => q.span),
    ...prepared.quotes.map((q) => ({ start: q.span.start - 1, end: q.span.end + 1 })),
  ].sort((a, b) => a.start - b.start)
  const text = prepared.article.text
  const spans: { span: TextSpan; sentence: Sentence }[] = []
  // Sentences and holes both run in text order: one sweep visits each hole a few times, not once per sentence.
  let first = 0
  for (const sentence of prepared.sentences) {
    while (first < holes.length && (holes[first] as TextSpan).end <= sentence.start) first++
    let from = sentence.start
    let best: TextSpan | null = null
    for (let h = first; h <= holes.length; h++) {
      const hole = holes[h]
      const stop = hole && hole.start < sentence.end ? hole.start : sentence.end
      const stretch = { start: from, end: Math.max(from, stop) }
      if (!best || stretch.end - stretch.start > best.end - best.start) best = stretch
      if (!hole || hole.start >= sentence.end) break
      from = Math.max(from, hole.end)
    }
    if (!best) continue
    const stretch = trimmed(text, best)
    if (!stretch) continue
    spans.push({ span: stretch, sentence })
    // "X said a general was killed near Moscow, and Y blamed Ukraine": each clause may meet its own copy.
    let start = stretch.start
    const clauses = allMatches(CLAUSE_JOIN, text.slice(stretch.start, stretch.end))
    for (const join of clauses) {
      const clause = trimmed(text, { start, end: stretch.start + join.index })
      if (clause) spans.push({ span: clause, sentence })
      start = stretch.start + join.index + join[0].length
    }
    const last = clauses.length ? trimmed(text, { start, end: stretch.end }) : null
    if (last) spans.push({ span: last, sentence })
  }
  return spans
}

const CLAUSE_JOIN = /[,;]\s+(?:and|but|while|whereas|as)\s+|;\s+/g

const LEADING = new Set([...' \t\n\r,;:—–(“”"\'‘’-'])
const TRAILING = new Set([...' \t\n\r,;:—–(“"\'‘-'])

/** A wire dateline that opens a story: "WASHINGTON — ", "KYIV, Aug 14 (Wire Q) - ". */
const DATELINE = /^[A-Z][A-Z .'-]{2,30}(?:,[^()\n—–-]{1,20})?(?:\([^()\n]{1,40}\))?\s*[—–-]\s+/

/** A stretch without its edge punctuation or dateline, if more than a few words are left. */
function trimmed(text: string, stretch: TextSpan): TextSpan | null {
  let start = stretch.start
  let end = stretch.end
  const dateline = text.slice(start, Math.min(end, start + 80)).match(DATELINE)
  if (dateline) start += dateline[0].length
  while (start < end && LEADING.has(text[start] as string)) start++
  while (end > start && TRAILING.has(text[end - 1] as string)) end--
  return end - start > 20 ? { start, end } : null
}

/** How many terms two vectors share. */
function sharedTerms(a: TermVector, b: TermVector): number {
  let shared = 0
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    const x = a.terms[i] as number
    const y = b.terms[j] as number
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared
}

/** The `n` heaviest terms of a vector, heaviest first, without sorting all of it. */
function heaviest(vector: TermVector, n: number): Term[] {
  const { terms, weights } = vector
  // Positions of the heaviest so far, heaviest first: an insertion into a list of at most n.
  const top = new Int32Array(Math.min(n, terms.length))
  let size = 0
  for (let i = 0; i < terms.length; i++) {
    const weight = weights[i] as number
    if (size === top.length && weight <= (weights[top[size - 1] as number] as number)) continue
    let at = size < top.length ? size++ : size - 1
    while (at > 0 && (weights[top[at - 1] as number] as number) < weight) {
      top[at] = top[at - 1] as number
      at--
    }
    top[at] = i
  }
  return Array.from(top, (i) => terms[i] as Term)
}
