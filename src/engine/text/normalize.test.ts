import { describe, expect, it } from 'vitest'
import { normalizeText, wordsOfNormalized } from './normalize'

describe(normalizeText.name, () => {
  it.each([
    ['“Shooting missiles”', '"Shooting missiles"'],
    ['it’s ‘fine’ — or `not`', "it's 'fine' - or 'not'"],
    ['  two\u00a0 spaces\nand\ta line  ', 'two spaces and a line'],
    ['plain single-spaced text', 'plain single-spaced text'],
    ['the ﬁrst ２ days', 'the first 2 days'],
    ['Zelenskyy – a dash‑joined word', 'Zelenskyy - a dash-joined word'],
  ])('folds %j to %j', (text, folded) => {
    expect(normalizeText(text)).toBe(folded)
  })
})

describe(wordsOfNormalized.name, () => {
  it.each([
    ['“It’s a deal,” he said', ["it's", 'a', 'deal', 'he', 'said']],
    ['Zürich and Kraków', ['zürich', 'and', 'kraków']],
    ['five-day truce, 30 days', ['five', 'day', 'truce', '30', 'days']],
  ])('reads %j as %j', (text, expected) => {
    expect(wordsOfNormalized(normalizeText(text))).toEqual(expected)
  })
})
