/**
 * A regex source for a name of one capitalised word and up to `more` before it, a middle initial among
 * them: "Peskov", "Dmitry Peskov", "Yuri V. Ushakov".
 */
export function name(more: number): string {
  return `(?:[A-Z][\\p{L}’'-]+\\s+|[A-Z]\\.\\s+){0,${more}}[A-Z][\\p{L}’'-]+`
}

/** Capitalised words that are no names of things: days and months, and the pronoun "I". */
export const NO_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/

/** "Russia Launches 400 Drones", "Attack With 400 Drones": a headline's verbs and small words, capitalised. */
const HEADLINE_WORD =
  /^(?:Launch(?:es|ed)|Fire[sd]|Sends|Sent|Unleash(?:es|ed)|Downs|Downed|Shoots|Intercept(?:s|ed)|Destroy(?:s|ed)|Kills|Killed|Injures|Injured|Wounds|Wounded|Hits|Strikes|Says|Said|Claims|Claimed|Reports|Reported|Uses|Used|Attacks|Attacked|Targets|Targeted|Leaves|Left|With|And|Of|Than|As|After|Amid|About|Nearly|Over|Some|Least|Most)$/

const PREPOSITION =
  /^(?:in|on|at|over|above|across|near|around|from|to|into|towards?|for|of|by|outside|inside|against)$/i

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u
const LETTER = /\p{L}/u
const TOKEN_CHAR = /[\p{L}\p{N},;:)]/u
const SPACE = /\s/

/**
 * Whether digits that follow `before` (the text up to them) are part of a name: "French-supplied Mirage
 * 2000 jets", "fired Shahed 136 drones", "a Boeing 737". The word before them, one space before, is
 * capitalised mid-sentence, no month or weekday, and not a place named after a preposition ("over Kyiv 40
 * drones were downed"). Read backwards from the number, a few characters, whatever the length of `before`.
 */
export function followsName(before: string): boolean {
  const space = before.length - 1
  if (before[space] !== ' ') return false
  let start = space
  while (start > 0 && LETTER.test(before[start - 1] ?? '')) start--
  const word = before.slice(start, space)
  if (!CAPITALISED.test(word) || NO_NAME.test(word) || HEADLINE_WORD.test(word)) return false
  // The word before it, across white space: none, or punctuation, is a sentence's start ("Another 35 were
  // lost", "Some 20 drones"), where every word is capitalised.
  let end = start
  while (end > 0 && SPACE.test(before[end - 1] ?? '')) end--
  if (end === start) return false
  let from = end
  while (from > 0 && TOKEN_CHAR.test(before[from - 1] ?? '')) from--
  const previous = before.slice(from, end)
  return previous !== '' && !/[.!?]$/.test(previous) && !PREPOSITION.test(previous)
}
