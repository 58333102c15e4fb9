import { describe, expect, it } from 'vitest'
import { foldSpelling, normalizeText, wordsOfNormalized } from './normalize'

describe(normalizeText.name, () => {
  it.each([
    ['“Shooting missiles”', '"Shooting missiles"'],
    ['«Shooting missiles»', '"Shooting missiles"'],
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
    ['“It’s a deal,” he said', ['it', 'is', 'a', 'deal', 'he', 'said']],
    [
      'The U.S. will pay 100% or 100 per cent',
      ['the', 'us', 'will', 'pay', '100', 'percent', 'or', '100', 'percent'],
    ],
    ['We’re ready; we are ready', ['we', 'are', 'ready', 'we', 'are', 'ready']],
    ['Zürich and Kraków', ['zürich', 'and', 'kraków']],
    ['five-day truce, 30 days', ['five', 'day', 'truce', '30', 'days']],
    ['5,000 soldiers, and 5000 more, 1,2', ['5000', 'soldiers', 'and', '5000', 'more', '1', '2']],
    ['We [Ukraine] will win', ['we', 'will', 'win']],
  ])('reads %j as %j', (text, expected) => {
    expect(wordsOfNormalized(normalizeText(text))).toEqual(expected)
  })
})

describe(foldSpelling.name, () => {
  it.each([
    ['favours', 'favors'],
    ['behaviour', 'behavior'],
    ['neighbours', 'neighbors'],
    ['organised', 'organized'],
    ['organisation', 'organization'],
    ['analysed', 'analyzed'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['travelled', 'traveled'],
    ['programme', 'program'],
    ['towards', 'toward'],
    ['whilst', 'while'],
  ])('meets the British %j with the American %j', (british, american) => {
    expect(foldSpelling(british)).toBe(foldSpelling(american))
  })

  it.each([
    ['four', 'for'],
    ['hour', 'hor'],
    ['your', 'yor'],
    ['filled', 'filed'],
    ['fence', 'fens'],
  ])('keeps %j apart from %j', (a, b) => {
    expect(foldSpelling(a)).not.toBe(foldSpelling(b))
  })
})
