import { allMatches } from '../text/matches'
import { name } from '../text/names'
import { foldName, STOPWORDS } from '../text/normalize'

/** A person the corpus names, with the fullest form it gives: "Trump" → "Donald Trump". */
export type Person = { readonly name: string; readonly key: string }

const TITLE = new RegExp(
  `\\b(?:President|Prime Minister|Chancellor|Minister|Mayor|Governor|Gov\\.|spokesperson|spokesman|spokeswoman|envoy|aide|adviser|advisor|[Ss]ecretary(?: General)?|Vice President|Pope|General|Gen\\.|chair|chairman|director|leader|Senator|Sen\\.|Rep\\.|King|Queen|Commissioner|Chief|Ambassador|counterpart|Speaker|representative|official|commander|Patriarch)\\s+(${name(2)})`,
  'gu',
)
/** "Putin's foreign policy adviser, Yuri Ushakov, said": a title, then a first name and surname in commas. */
const TITLE_IN_COMMAS =
  /\b(?:[Aa]dviser|[Aa]dvisor|[Aa]ide|[Ee]nvoy|[Ss]pokes(?:man|woman|person)|[Ss]ecretary|[Mm]inister|[Cc]hief|[Dd]irector|[Mm]ayor|[Gg]overnor),\s+([A-Z][\p{L}’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\p{L}’'-]+),/gu
/** "Keith Kellogg, Trump's envoy to Ukraine,", "Serhiy Lysak, governor of the region,": a name, then its title. */
const NAME_THEN_TITLE =
  /\b([A-Z][\p{L}’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\p{L}’'-]+),\s+(?:the\s+|[A-Z][\p{L}-]+['’]s\s+)?(?:[a-z]+\s+){0,2}(?:envoy|adviser|advisor|aide|spokes(?:man|woman|person)|secretary|minister|chief|head|director|governor|mayor|president|chancellor|commander|ambassador|chair(?:man|woman|person)?|founder|analyst|expert|researcher|professor|fellow)\b/gu
/**
 * "the head of the Kyiv City Military Administration Serhii Popko", "the head of the city's military
 * administration, Tymur Tkachenko": the head of an office, named after it.
 */
const HEAD_OF = new RegExp(
  `\\b[Hh]ead\\s+of\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,4}(?:[Aa]dministration|[Oo]ffice|[Ss]ervice|[Cc]ouncil|[Mm]inistry|[Aa]gency|[Cc]ommittee|[Dd]epartment|[Pp]olice|[Ss]taff),?\\s+(${name(2)})`,
  'gu',
)
/** Verbs that report what someone said, in the past: "Mark Rutte said", "Trump mused". */
export const SAID_VERBS =
  'said|says|wrote|writes|added|told|posted|stated|declared|insisted|noted|warned|claimed|tweeted|remarked|explained|revealed|announced|urged|argued|stressed|emphasi[sz]ed|acknowledged|admitted|replied|responded|confirmed|mused|quipped|joked|observed|lamented|complained|boasted|conceded|recalled|cautioned|demanded|countered|retorted|assured|reiterated|underlined|highlighted|raged|fumed|blasted|scoffed|seethed|recounted'
// "Mark Rutte said": the verbs are rarer than capitals, so they are found first and the name read back.
const SPEECH_VERB = new RegExp(`\\s(?:${SAID_VERBS})\\b`, 'g')
const NAME_BEFORE = new RegExp(`\\b((?:[A-Z][\\p{L}’'-]+\\s+|[A-Z]\\.\\s+)${name(1)})\\s*$`, 'u')
const NOT_NAMES =
  /^(?:The|A|An|In|On|At|As|But|And|After|Before|During|While|This|That|These|Those|It|He|She|They|We|I|His|Her|Their|Our|Meanwhile|However|Following|According|Despite|Earlier|Later|Last|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Ukraine|Russia|Russian|Ukrainian|U\.S\.|US|White|House|Kremlin|Air|Force|Truth|Social|European|Europe|NATO|Moscow|Kyiv|Washington|Rome|Vatican|Crimea|Oval|Office|Military|Administration|Ministry|Defense|Foreign|State|Department|Council|Union|Commission|News|Telegram|Fox|Reuters|AP|Associated|Press|Staff|Armed|Forces|Command)$/

/** "Alexander Kots of": a first name and surname, then the body they speak for. */
const AFFILIATED = /\b([A-Z][\p{L}’'-]+\s+[A-Z][\p{L}’'-]+)\s+of\s+(?:the\s+)?$/u

/** "Afterwards Trump wrote", "Separately, Peskov said": a word that opens a sentence, not a first name. */
const SENTENCE_ADVERB =
  /^(?:Afterwards|Afterward|Later|Earlier|Then|Also|Still|Now|Instead|Separately|Elsewhere|Previously|Recently|Finally|Initially|Subsequently|Additionally|Meanwhile|However|Yesterday|Today|Tonight|Overnight|Soon|Again|Once|Hours|Days|Minutes|Moments|Ultimately|Notably|Nevertheless|Nonetheless|Similarly|Likewise|Indeed|Speaking|Asked|Writing)$/

/** People the corpus names, by folded surname, and the descriptors that stand for them ("russian president"). */
export type People = {
  readonly byKey: ReadonlyMap<string, Person>
  readonly descriptors: ReadonlyMap<string, Person>
}

/** The countries' adjectives a title may stand after: "Ukrainian President", "U.S. Secretary of State". */
export const NATIONALITIES =
  'Russian|Ukrainian|U\\.S\\.|US|American|French|German|British|Italian|Chinese|Turkish|Polish|Israeli|Iranian'
const DESCRIPTOR = new RegExp(
  `\\b((?:${NATIONALITIES})\\s+(?:President|Prime Minister|Chancellor|Foreign Minister|Defen[cs]e Minister|leader))\\s+(${name(2)})`,
  'gu',
)
/** "President Vladimir V. Putin of Russia", as some papers give it: the descriptor is the country's. */
const DESCRIPTOR_OF = new RegExp(
  `\\b(President|Prime Minister|Chancellor|Foreign Minister)\\s+(${name(2)})\\s+of\\s+(Russia|Ukraine|the United States|France|Germany|Britain|Italy|Poland|Turkey|China)\\b`,
  'gu',
)
const TITLE_WORD =
  /^(?:President|Prime|Minister|Chancellor|Mayor|Governor|Gov\.|Secretary|General|Gen\.|Vice|Pope|Senator|Sen\.|Rep\.|King|Queen|Commissioner|Chief|Ambassador|Speaker|Foreign|Defen[cs]e|Kremlin|Envoy|Spokesman|Spokeswoman|Spokesperson|Aide|Adviser|Advisor|Commander|Director|Chairman|Chairwoman|Chair|Leader|Lawmaker|Legislator|MP|Deputy)$/

/**
 * "Communications Director Steven Cheung": a title inside a name, before at least a first name and a surname,
 * ends what stands before the name itself ("Russian Defence Ministry" is no person's name).
 */
function titleEnd(tokens: readonly string[]): number {
  return tokens.findLastIndex((t, i) => i < tokens.length - 2 && TITLE_WORD.test(t)) + 1
}

/** A name as a text gives it, without the title or office before it: "Steven Cheung". */
export function withoutTitle(phrase: string): string {
  const tokens = phrase.split(/\s+/)
  return tokens.slice(titleEnd(tokens)).join(' ')
}

/** Finds people by their titles ("President Vladimir Putin") and by what they say ("Mark Rutte said"). */
export function findPeople(texts: readonly string[]): People {
  const people = new Map<string, Person>()
  const descriptorVotes = new Map<string, Map<string, number>>()
  const note = (name: string): Person | null => {
    const tokens = name.split(/\s+/)
    while (
      tokens.length &&
      (STOPWORDS.has(tokens[0]?.toLowerCase() ?? '') ||
        TITLE_WORD.test(tokens[0] ?? '') ||
        SENTENCE_ADVERB.test(tokens[0] ?? '') ||
        // "Germany's Friedrich Merz said": a possessive before the name is where they are from.
        (tokens.length > 1 && /['’]s$/.test(tokens[0] ?? '')) ||
        // "Secretary of State Marco Rubio said": what stands before the name is no part of it.
        (tokens.length > 2 && NOT_NAMES.test(tokens[0] ?? '')))
    )
      tokens.shift()
    tokens.splice(0, titleEnd(tokens))
    if (tokens.length === 0 || tokens.some((t) => NOT_NAMES.test(t) || STOPWORDS.has(t.toLowerCase())))
      return null
    const full = tokens.join(' ').replace(/['’]s$/, '')
    const surname = foldName(tokens.at(-1) ?? '')
    if (surname.length < 3) return null
    const known = people.get(surname)
    if (!known || full.length > known.name.length) people.set(surname, { name: full, key: surname })
    return people.get(surname) ?? null
  }
  for (const text of texts) {
    for (const m of allMatches(TITLE, text)) note(m[1] ?? '')
    for (const m of allMatches(TITLE_IN_COMMAS, text)) note(m[1] ?? '')
    for (const m of allMatches(NAME_THEN_TITLE, text)) note(m[1] ?? '')
    for (const m of allMatches(HEAD_OF, text)) note(m[1] ?? '')
    for (const verb of allMatches(SPEECH_VERB, text)) {
      const window = text.slice(Math.max(0, verb.index - 120), verb.index + 1)
      const who = window.match(NAME_BEFORE)
      if (!who?.[1]) continue
      // "Alexander Kots of Komsomolskaya Pravda stated": the one who speaks is the name before "of".
      const affiliated = window.slice(0, who.index).match(AFFILIATED)?.[1]
      if (!affiliated || !note(affiliated)) note(who[1])
    }
    const described = [
      ...allMatches(DESCRIPTOR, text).map((m) => [m[1] ?? '', m[2] ?? ''] as const),
      // "President X of Russia" is described as "Russia's president" is.
      ...allMatches(DESCRIPTOR_OF, text).map((m) => [`${m[3]}'s ${m[1]}`, m[2] ?? ''] as const),
    ]
    for (const [description, who] of described) {
      const person = note(who)
      if (!person) continue
      const key = descriptorKey(description)
      const votes = descriptorVotes.get(key) ?? new Map<string, number>()
      votes.set(person.key, (votes.get(person.key) ?? 0) + 1)
      descriptorVotes.set(key, votes)
    }
  }
  const descriptors = new Map<string, Person>()
  for (const [key, votes] of descriptorVotes) {
    // Only an unambiguous descriptor stands for a person: every "Russian President X" in the corpus is one X.
    if (votes.size !== 1) continue
    const person = people.get([...votes.keys()][0] ?? '')
    if (person) descriptors.set(key, person)
  }
  return { byKey: people, descriptors }
}

const NATION: Record<string, string> = {
  ukraine: 'ukrainian',
  russia: 'russian',
  america: 'us',
  france: 'french',
  germany: 'german',
  britain: 'british',
  italy: 'italian',
  poland: 'polish',
  turkey: 'turkish',
  china: 'chinese',
  'united states': 'us',
}
const COUNTRY_OWNS = new RegExp(`^(${Object.keys(NATION).join('|')})['’]s\\b`)

/** "Russian President" and "the Russian leader" both become "russian president". */
export function descriptorKey(phrase: string): string {
  return (
    phrase
      .toLowerCase()
      .replace(/^the\s+/, '')
      // "Ukraine's president" is the Ukrainian president.
      .replace(COUNTRY_OWNS, (_, country: string) => NATION[country] ?? country)
      .replace(/\bu\.s\.|\bamerican\b/, 'us')
      // "The Kremlin leader", "the Kremlin chief": the Russian president.
      .replace(/^kremlin\s+(?:leader|chief)\b/, 'russian president')
      .replace(/\bleader\b/, 'president')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/** The person a capitalised word names, if the corpus knows them: "Zelensky" → Volodymyr Zelenskyy. */
export function personNamed(word: string, people: People): Person | null {
  return people.byKey.get(foldName(word)) ?? null
}

/** The person "the Russian president" stands for, when the corpus names only one. */
export function personDescribed(phrase: string, people: People): Person | null {
  return people.descriptors.get(descriptorKey(phrase)) ?? null
}
