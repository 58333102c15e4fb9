/**
 * A capitalised word one space before a number, the last word of `before`: "Mirage " of "Mirage 2000". The
 * word before it, if any, tells a name from a place ("over Kyiv 40 drones") or a sentence's first word.
 */
const NAME_BEFORE = /(?:^|([\p{L}\p{N},;:)]+)\s+)(\p{Lu}\p{Ll}+) $/u

/** Capitalised words that are no names of things: days and months, and the pronoun "I". */
export const NO_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/

const PREPOSITION =
  /^(?:in|on|at|over|above|across|near|around|from|to|into|towards?|for|of|by|outside|inside|against)$/i

/**
 * Whether digits that follow `before` (the text up to them) are part of a name: "French-supplied Mirage
 * 2000 jets", "fired Shahed 136 drones", "a Boeing 737". The word before them is capitalised mid-sentence,
 * no month or weekday, and not a place named after a preposition ("over Kyiv 40 drones were downed").
 */
export function followsName(before: string): boolean {
  const found = NAME_BEFORE.exec(before.slice(-60))
  if (!found) return false
  const [, previous, word] = found
  // A sentence's first word ("Another 35 were lost", "Some 20 drones") is capitalised whatever it is.
  if (!previous || /[.!?]$/.test(previous)) return false
  return !NO_NAME.test(word ?? '') && !PREPOSITION.test(previous)
}
