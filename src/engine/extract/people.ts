import { foldName } from '../text/normalize'

/** A person the corpus names, with the fullest form it gives: "Trump" → "Donald Trump". */
export type Person = { readonly name: string; readonly key: string }

const TITLE =
  /\b(?:President|Prime Minister|Chancellor|Minister|Mayor|Governor|Gov\.|spokesperson|spokesman|spokeswoman|envoy|aide|adviser|advisor|Secretary(?: General)?|Vice President|Pope|General|Gen\.|chair|chairman|director|leader|Senator|Sen\.|Rep\.|King|Queen|Commissioner|Chief|Ambassador|counterpart|Speaker|representative|official|commander|Patriarch)\s+((?:[A-Z][\p{L}’'-]+\s+){0,2}[A-Z][\p{L}’'-]+)/gu
const SPEECH = 'said|says|wrote|writes|added|told|posted|stated|declared|insisted|noted|warned|claimed|tweeted|remarked|explained|revealed|announced|urged|argued|stressed|emphasi[sz]ed|acknowledged|admitted|replied|responded|confirmed'
const NAME_THEN_VERB = new RegExp(`\\b((?:[A-Z][\\p{L}’'-]+\\s+){1,2}[A-Z][\\p{L}’'-]+)\\s+(?:${SPEECH})\\b`, 'gu')
const NOT_NAMES =
  /^(?:The|A|An|In|On|At|As|But|And|After|Before|During|While|This|That|These|Those|It|He|She|They|We|I|His|Her|Their|Our|Meanwhile|However|Following|According|Despite|Earlier|Later|Last|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Ukraine|Russia|Russian|Ukrainian|U\.S\.|US|White|House|Kremlin|Air|Force|Truth|Social|European|Europe|NATO|Moscow|Kyiv|Washington|Rome|Vatican|Crimea|Oval|Office|Military|Administration|Ministry|Defense|Foreign|State|Department|Council|Union|Commission|News|Telegram|Fox|Reuters|AP|Associated|Press)$/

/** Finds people by their titles ("President Vladimir Putin") and by what they say ("Mark Rutte said"). */
export function findPeople(texts: readonly string[]): Map<string, Person> {
  const people = new Map<string, Person>()
  const note = (name: string) => {
    const tokens = name.split(/\s+/).filter((t) => !NOT_NAMES.test(t))
    if (tokens.length === 0 || tokens.length !== name.split(/\s+/).length) return
    const full = tokens.join(' ').replace(/['’]s$/, '')
    const surname = foldName(tokens.at(-1) ?? '')
    if (surname.length < 3) return
    const known = people.get(surname)
    if (!known || full.length > known.name.length) people.set(surname, { name: full, key: surname })
  }
  for (const text of texts) {
    for (const m of text.matchAll(TITLE)) note(m[1] ?? '')
    for (const m of text.matchAll(NAME_THEN_VERB)) note(m[1] ?? '')
  }
  return people
}

/** The person a capitalised word names, if the corpus knows them: "Zelensky" → Volodymyr Zelenskyy. */
export function personNamed(word: string, people: ReadonlyMap<string, Person>): Person | null {
  return people.get(foldName(word)) ?? null
}
