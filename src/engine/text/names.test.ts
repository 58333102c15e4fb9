import { describe, expect, it } from 'vitest'
import { followsName } from './names'

describe(followsName.name, () => {
  it.each([
    ['French-supplied Mirage ', true],
    ['Russia fired Shahed ', true],
    ['crashed in a Boeing ', true],
    // A sentence's first word, a month or weekday, a place after a preposition: no names of things.
    ['Another ', false],
    ['Some ', false],
    ['the attack on Tuesday ', false],
    ['annexed in May ', false],
    ['drones shot down over Kyiv ', false],
    ['He said. Another ', false],
    ['launched ', false],
  ])('%j → %s', (before, expected) => {
    expect(followsName(before)).toBe(expected)
  })
})
