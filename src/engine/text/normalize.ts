/** Folds curly quotes, dashes and spacing so that two outlets' copies of one text compare equal. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Lower-case words of a text with punctuation dropped: the unit quotes are compared and diffed in. */
export function words(text: string): string[] {
  return (
    normalizeText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []
  )
}

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
  assassination: 'kill',
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

const TERM_OF = new Map<string, string | null>()

/** The term a word counts as, or null for a stopword; cached, since news copy reuses a small vocabulary. */
function termOf(raw: string): string | null {
  let term = TERM_OF.get(raw)
  if (term !== undefined) return term
  const word = raw.replace(/['’]s$/, '')
  if (STOPWORDS.has(word)) term = null
  else {
    const mapped = SYNONYMS[word] ?? stem(word)
    term = SYNONYMS[mapped] ?? mapped
  }
  if (TERM_OF.size < 200_000) TERM_OF.set(raw, term)
  return term
}

const ASCII_WORD = /[a-z0-9]+(?:['’-][a-z0-9]+)*/g
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/** Content words of a sentence, stemmed and mapped through the lexicon: what similarity is measured on. */
export function contentTerms(text: string): string[] {
  const lower = text.toLowerCase()
  // Most news copy is ASCII, and an ASCII pattern scans several times faster than a Unicode one.
  const pattern = /[\u0080-\u2018\u201a-\uffff]/.test(lower) ? WORD : ASCII_WORD
  const terms: string[] = []
  for (const raw of lower.match(pattern) ?? []) {
    const term = termOf(raw)
    if (term !== null) terms.push(term)
  }
  return terms
}
