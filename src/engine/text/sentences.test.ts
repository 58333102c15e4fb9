import { describe, expect, it } from 'vitest'
import { MAX_SENTENCE, splitSentences } from './sentences'

describe(splitSentences.name, () => {
  it.each([
    [
      'Trump met Zelenskyy. They spoke for 15 minutes.',
      ['Trump met Zelenskyy.', 'They spoke for 15 minutes.'],
    ],
    [
      'U.S. President Donald Trump spoke. Gov. Mykola Kalashnyk said so.',
      ['U.S. President Donald Trump spoke.', 'Gov. Mykola Kalashnyk said so.'],
    ],
    [
      '“Too many people are dying!!!” he added. Then he left.',
      ['“Too many people are dying!!!” he added.', 'Then he left.'],
    ],
    ['He said it “took place.” The talks ended.', ['He said it “took place.”', 'The talks ended.']],
    [
      'Headline without a stop\nBody text. More text.',
      ['Headline without a stop', 'Body text.', 'More text.'],
    ],
    [
      'Kh-101 missiles hit at 00:36. 70 missiles were fired.',
      ['Kh-101 missiles hit at 00:36.', '70 missiles were fired.'],
    ],
    ['Is it over? Nobody knows.', ['Is it over?', 'Nobody knows.']],
    ['He said «it is over.» «Nobody knows.»', ['He said «it is over.»', '«Nobody knows.»']],
    // A time of day goes on into its zone or its day; at the end of a sentence it ends it.
    [
      'Between 8 p.m. Moscow time and 7 a.m. Wednesday, 105 drones were destroyed.',
      ['Between 8 p.m. Moscow time and 7 a.m. Wednesday, 105 drones were destroyed.'],
    ],
    ['The sirens sounded at 3 a.m. Residents fled.', ['The sirens sounded at 3 a.m.', 'Residents fled.']],
  ])('splits “%s”', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected)
  })

  it('cuts a run without sentence ends into pieces of bounded length, at commas where it can', () => {
    const text = `${'one 2 three 4, '.repeat(400)}end`
    const sentences = splitSentences(text)
    expect(sentences.length).toBeGreaterThan(5)
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE)
      expect(text.slice(s.start, s.end)).toBe(s.text)
    }
    expect(sentences.slice(0, -1).every((s) => s.text.endsWith(','))).toBe(true)
    expect(sentences.map((s) => s.text).join(' ')).toBe(text)
  })

  it('keeps exact offsets', () => {
    const text = '  First one.  Second one.\n\nThird'
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
})
