const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
}
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
}
/** The abbreviations money takes after its sign: "$100bn", "£2.5m", "$1tn". */
const ABBREVIATED_SCALES: Record<string, number> = { m: 1_000_000, bn: 1_000_000_000, tn: 1_000_000_000_000 }
const GLYPHS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 }
const FRACTIONS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
}

export const NUMBER_WORDS = Object.keys(UNITS).concat(Object.keys(SCALES))
export const FRACTION_WORDS = Object.keys(FRACTIONS)

/** "Sixty-eight" → 68, "two hundred" → 200, "5,000" → 5000, "1.5 million" → 1500000, "a dozen" → 12. */
export function parseNumber(phrase: string): number | null {
  const clean = phrase
    .replace(/(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))/g, ',')
    .toLowerCase()
    .replace(/^(?:a|an)\s+/, '')
    .trim()
  const digits = clean.match(
    /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:[\s-]*(hundred|thousand|million|billion|dozen|bn|tn|m))?$/,
  )
  if (digits) {
    const base = Number(`${(digits[1] ?? '').replace(/,/g, '')}${digits[2] ? `.${digits[2]}` : ''}`)
    const scale =
      digits[3] === 'dozen' ? 12 : digits[3] ? (SCALES[digits[3]] ?? ABBREVIATED_SCALES[digits[3]] ?? 1) : 1
    return base * scale
  }
  // "2½", "¾": a glyph for a fraction, after a whole number or alone.
  const glyph = clean.match(/^(\d*)([½¼¾⅓⅔])$/)
  if (glyph) return Number(glyph[1] || 0) + (GLYPHS[glyph[2] ?? ''] ?? 0)
  let total = 0
  let current = 0
  let seen = false
  for (const word of clean.split(/[\s-]+/)) {
    if (word === 'and') continue
    const unit = UNITS[word]
    const scale = SCALES[word]
    if (word === 'dozen') {
      // "two dozen" is 24, "a dozen" 12.
      current = (current || 1) * 12
      seen = true
    } else if (unit !== undefined) {
      current += unit
      seen = true
    } else if (scale !== undefined) {
      current = (current || 1) * scale
      if (scale >= 1000) {
        total += current
        current = 0
      }
      seen = true
    } else return null
  }
  return seen ? total + current : null
}

/** "one-fifth" → 0.2, "two-thirds" → 0.667, "half" → 0.5. */
export function parseFraction(phrase: string): number | null {
  const match = phrase
    .toLowerCase()
    .match(/^(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?([a-z]+)$/)
  if (!match) return null
  const denominator = FRACTIONS[match[2] ?? '']
  if (!denominator) return null
  const numerator = !match[1] || match[1] === 'a' || match[1] === 'an' ? 1 : (UNITS[match[1]] ?? 1)
  return Math.round((numerator / denominator) * 1000) / 1000
}
