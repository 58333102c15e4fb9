import { describe, expect, it } from 'vitest'
import { parseFraction, parseNumber } from './numbers'

describe(parseNumber.name, () => {
  it.each([
    ['5,000', 5000],
    ['5000', 5000],
    ['5\u202f000', 5000],
    ['1 760', 1760],
    ['12 300 000', 12_300_000],
    ['1.5 million', 1_500_000],
    ['Sixty-eight', 68],
    ['two hundred', 200],
    ['three thousand five hundred', 3500],
    ['a dozen', 12],
    ['two dozen', 24],
    ['three dozen', 36],
    ['2 dozen', 24],
    ['2½', 2.5],
  ])('reads “%s” as %d', (phrase, value) => {
    expect(parseNumber(phrase)).toBe(value)
  })

  it.each([['drones'], ['a'], ['']])('reads no number in “%s”', (phrase) => {
    expect(parseNumber(phrase)).toBeNull()
  })
})

describe(parseFraction.name, () => {
  it.each([
    ['one-fifth', 0.2],
    ['two-thirds', 0.667],
    ['half', 0.5],
    ['a quarter', 0.25],
  ])('reads “%s” as %d', (phrase, value) => {
    expect(parseFraction(phrase)).toBe(value)
  })
})
