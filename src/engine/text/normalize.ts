import { WordScanner } from './word-scan'

const FOLDED_MARK: Record<string, string> = {}
for (const c of '‘’‚‛′`') FOLDED_MARK[c] = "'"
for (const c of '“”„‟″«»') FOLDED_MARK[c] = '"'
for (const c of '‐‑‒–—―') FOLDED_MARK[c] = '-'
const MARK = /[‘’‚‛′`“”„‟″«»‐‑‒–—―]/g
const NON_ASCII = /[\u0080-\uffff]/
/** Non-ASCII, or the one ASCII mark folded: the backtick. */
const FOLDABLE = /[`\u0080-\uffff]/
const ODD_SPACE = /[^\S ]|\s\s/

/** Folds curly quotes, dashes and spacing so that two outlets' copies of one text compare equal. */
export function normalizeText(text: string): string {
  // ASCII text has no marks to fold and nothing for Unicode normalisation to do; most text is single-spaced.
  const folded = FOLDABLE.test(text) ? text.normalize('NFKC').replace(MARK, (c) => FOLDED_MARK[c] ?? c) : text
  return (ODD_SPACE.test(folded) ? folded.replace(/\s+/g, ' ') : folded).trim()
}

const EDITORIAL = /\[[^\]]*\]/g

/**
 * Lower-case words, punctuation dropped, of a text `normalizeText` has folded: the unit quotes are compared
 * and diffed in. Two outlets' house styles of one wording read alike: "5,000" and "5000", "U.S." and "US",
 * "100%" and "100 per cent", "we're" and "we are". An editor's words in brackets are left out.
 */
export function wordsOfNormalized(normalized: string): string[] {
  let text = DIGIT_GROUP.test(normalized) ? normalized.replace(DIGIT_GROUPS, '$1') : normalized
  // "We [Ukraine] will never…": what an editor adds in brackets is not the speaker's.
  if (text.includes('[')) text = text.replace(EDITORIAL, ' ')
  if (text.includes('.')) text = text.replace(ABBREVIATION, (a) => a.replaceAll('.', ''))
  if (text.includes('%')) text = text.replace(PERCENT_SIGN, '$1 percent')
  const lower = text.toLowerCase()
  // The ASCII pattern reads the same words as the Unicode one, faster, where there is no other letter.
  const words = (NON_ASCII.test(lower) ? lower.match(QUOTED_WORD) : lower.match(ASCII_QUOTED_WORD)) ?? []
  if (!words.some((w) => w.includes("'") || w === 'per')) return words
  const read: string[] = []
  for (const [i, word] of words.entries()) {
    if (word === 'cent' && words[i - 1] === 'per') read[read.length - 1] = 'percent'
    else read.push(...(CONTRACTIONS[word] ?? [word]))
  }
  return read
}

/** "U.S.", "U.K.": letters with full stops, one word once the stops are gone. */
const ABBREVIATION = /\b(?:\p{L}\.){2,}/gu
const PERCENT_SIGN = /(\d)\s?%/g
const CONTRACTIONS: Record<string, string[]> = {}
for (const [short, long] of Object.entries({
  "i'm": 'i am',
  "we're": 'we are',
  "you're": 'you are',
  "they're": 'they are',
  "it's": 'it is',
  "that's": 'that is',
  "there's": 'there is',
  "what's": 'what is',
  "let's": 'let us',
  "isn't": 'is not',
  "aren't": 'are not',
  "wasn't": 'was not',
  "weren't": 'were not',
  "don't": 'do not',
  "doesn't": 'does not',
  "didn't": 'did not',
  "can't": 'cannot',
  "won't": 'will not',
  "wouldn't": 'would not',
  "shouldn't": 'should not',
  "couldn't": 'could not',
  "haven't": 'have not',
  "hasn't": 'has not',
  "hadn't": 'had not',
  "i've": 'i have',
  "we've": 'we have',
  "they've": 'they have',
  "you've": 'you have',
  "i'll": 'i will',
  "we'll": 'we will',
  "they'll": 'they will',
  "you'll": 'you will',
  "he'll": 'he will',
  "she'll": 'she will',
}))
  CONTRACTIONS[short] = long.split(' ')

/**
 * British and American spellings of one word, folded to one form, so that "no favours" quoted by one outlet
 * and "no favors" by another are the same words: -our/-or, -ise/-ize, -tre/-ter, -ence/-ense, "towards"
 * and "whilst", and a few doubled consonants. A fold of a word that has no other spelling ("detour" → "detor") is harmless: both
 * sides fold alike, and only equality is asked of the folded forms.
 */
export function foldSpelling(word: string): string {
  let folded = SPELLINGS.get(word)
  if (folded === undefined) {
    folded =
      WORD_SPELLINGS[word] ??
      word
        .replace(/(.[^aeo])our(s|ed|ing|ite|ites|able|ably|ful|less)?$/, '$1or$2')
        .replace(/(..)is(e|es|ed|ing|ation|ations)$/, '$1iz$2')
        .replace(/(..)ys(e|es|ed|ing)$/, '$1yz$2')
        .replace(/(..[^aeiou])tre(s)?$/, '$1ter$2')
        .replace(/(..)ence(s)?$/, '$1ense$2')
    if (SPELLINGS.size < 50_000) SPELLINGS.set(word, folded)
  }
  return folded
}

const SPELLINGS = new Map<string, string>()
const WORD_SPELLINGS: Record<string, string> = {}
for (const [british, american] of [
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['catalogue', 'catalog'],
  ['dialogue', 'dialog'],
  ['grey', 'gray'],
  ['ageing', 'aging'],
  ['judgement', 'judgment'],
  ['travelled', 'traveled'],
  ['travelling', 'traveling'],
  ['cancelled', 'canceled'],
  ['cancelling', 'canceling'],
  ['labelled', 'labeled'],
  ['modelled', 'modeled'],
  ['signalled', 'signaled'],
  ['fuelled', 'fueled'],
  ['levelled', 'leveled'],
  ['channelled', 'channeled'],
  ['counselled', 'counseled'],
  ['marvelled', 'marveled'],
  ['totalled', 'totaled'],
  ['jewellery', 'jewelry'],
  ['enrolment', 'enrollment'],
  ['fulfil', 'fulfill'],
  ['sceptical', 'skeptical'],
  ['towards', 'toward'],
  ['afterwards', 'afterward'],
  ['forwards', 'forward'],
  ['backwards', 'backward'],
  ['onwards', 'onward'],
  ['amongst', 'among'],
  ['whilst', 'while'],
] as const) {
  WORD_SPELLINGS[british] = american
}

const DIGIT_GROUP = /\d,\d{3}\b/
const DIGIT_GROUPS = /(\d),(?=\d{3}\b)/g
const QUOTED_WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu
const ASCII_QUOTED_WORD = /[a-z0-9]+(?:'[a-z]+)*/g

/** Folds spelling variants of transliterated names: Zelensky, Zelenskyy, Zelenskiy → "zelenski". */
const FOLDED = new Map<string, string>()

export function foldName(name: string): string {
  let folded = FOLDED.get(name)
  if (folded === undefined) {
    folded = fold(name)
    if (FOLDED.size < 100_000) FOLDED.set(name, folded)
  }
  return folded
}

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^a-z ]/g, '')
    .replace(/(iy|yy|ij|yi)(?=\b|$)/g, 'y')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .trim()
}

export const STOPWORDS = new Set(
  `a an the and or but if of at by for with about against between into through during before after above below to from
  up down in out on off over under again further then once here there when where why how all any both each few more most
  other some such no nor not only own same so than too very can will just should now is are was were be been being have
  has had having do does did doing would could might must shall may this that these those it its it's i me my we our you
  your he him his she her they them their what which who whom whose as while also said says say told according one's
  amid among across since per via yet still even already just however meanwhile though although because whether
  s t mr mrs ms new`
    .split(/\s+/)
    .filter(Boolean),
)

// A small general news lexicon: words that name the same thing in different outlets' copy.
const SYNONYMS: Record<string, string> = {
  uav: 'drone',
  uavs: 'drone',
  unmanned: 'drone',
  shahed: 'drone',
  shaheds: 'drone',
  largest: 'record',
  biggest: 'record',
  highest: 'record',
  heaviest: 'record',
  intense: 'record',
  massive: 'record',
  unprecedented: 'record',
  start: 'begin',
  started: 'begin',
  began: 'begin',
  begun: 'begin',
  beginning: 'begin',
  outset: 'begin',
  invasion: 'war',
  conflict: 'war',
  fighting: 'war',
  bombing: 'bomb',
  explosion: 'bomb',
  blast: 'bomb',
  exploded: 'bomb',
  explode: 'bomb',
  explodes: 'bomb',
  detonated: 'bomb',
  explosive: 'bomb',
  explosives: 'bomb',
  assassination: 'kill',
  assassinated: 'kill',
  slain: 'kill',
  murdered: 'kill',
  killing: 'kill',
  killed: 'kill',
  dead: 'kill',
  died: 'kill',
  death: 'kill',
  deaths: 'kill',
  wounded: 'injur',
  hurt: 'injur',
  injuries: 'injur',
  encounter: 'meet',
  meeting: 'meet',
  met: 'meet',
  talks: 'talk',
  truce: 'ceasefire',
  armistice: 'ceasefire',
  floated: 'propose',
  proposed: 'propose',
  proposal: 'propose',
  suggested: 'propose',
  discussion: 'talk',
  conversation: 'talk',
  negotiations: 'talk',
  moscow: 'russia',
  russian: 'russia',
  russians: 'russia',
  kremlin: 'russia',
  kyiv: 'ukraine',
  kiev: 'ukraine',
  ukrainian: 'ukraine',
  ukrainians: 'ukraine',
  washington: 'us',
  american: 'us',
  oval: 'white',
  office: 'house',
  top: 'senior',
  launched: 'launch',
  fired: 'launch',
  unleashed: 'launch',
  intercepted: 'down',
  downed: 'down',
  destroyed: 'down',
}

function stem(word: string): string {
  if (word.length <= 3) return word
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3)
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2)
  if (word.endsWith('es') && /(?:sh|ch|x|ss)es$/.test(word)) return word.slice(0, -2)
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/** A content word, stemmed and mapped through the lexicon, as a small integer: see `termName`. */
export type Term = number

const TERM_ID = new Map<string, Term>()
const TERM_NAMES: string[] = []
const NOT_A_TERM = -1

function intern(term: string): Term {
  let id = TERM_ID.get(term)
  if (id === undefined) {
    id = TERM_NAMES.length
    TERM_ID.set(term, id)
    TERM_NAMES.push(term)
  }
  return id
}

/** The word a term stands for ("drone", "kill", "ukraine"). */
export function termName(term: Term): string {
  return TERM_NAMES[term] ?? ''
}

/** The term a word counts as, or NOT_A_TERM for a stopword (the scanner below remembers each word's). */
function termOf(raw: string): Term {
  const word = raw.replace(/['’]s$/, '')
  if (STOPWORDS.has(word)) return NOT_A_TERM
  const mapped = SYNONYMS[word] ?? stem(word)
  // Transliterated names end as each outlet spells them: Zelenskyy, Zelenskiy and Zelensky are one term.
  const term = SYNONYMS[mapped] ?? mapped
  return intern(term.length > 5 ? term.replace(/(?:iy|yy|ij|yi)$/, 'y') : term)
}

const WORDS = new WordScanner(termOf)

/** Content words of a sentence, stemmed and mapped through the lexicon: what similarity is measured on. */
export function contentTerms(text: string): Term[] {
  return WORDS.scan(text.toLowerCase())
}

/**
 * `contentTerms` of each of a text's spans, lower-casing the text once rather than span by span (where
 * lower-casing changes the text's length, as "İ" does, each span is read on its own).
 */
export function contentTermsOfSpans(
  text: string,
  spans: readonly { start: number; end: number }[],
): Term[][] {
  const lower = text.toLowerCase()
  if (lower.length !== text.length) return spans.map((s) => contentTerms(text.slice(s.start, s.end)))
  return spans.map((s) => WORDS.scan(lower, s.start, s.end))
}
