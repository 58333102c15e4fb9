import { describe, expect, it } from 'vitest'
import { contentTerms, termName } from './normalize'
import { WordScanner } from './word-scan'

const PATTERN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

describe('WordScanner', () => {
  // Every scanned word is given a fresh code by the order it was first seen; the pattern's words are too.
  const codesOf = (words: readonly string[]) => {
    const seen = new Map<string, number>()
    return words.map((w) => {
      if (!seen.has(w)) seen.set(w, seen.size)
      return seen.get(w)
    })
  }

  it.each([
    'russia launched 112 drones overnight; 76 were shot down.',
    'it’s a two-hour call -- o’clock, rock-’n’-roll, 5,000 - 6,000',
    '“we will respond,” zelenskyy’s office said — at 03:00.',
    'zürich, kraków and kyiv: „zitat“ … ç’est la vie',
    'москва и киев: 36 ракет',
    "trailing joiner- and 'quoted' words' end",
    '東京 and 北京 met in 2025',
    'emoji 🚀 launch 😀 twice',
    '',
  ])('reads the words the word pattern reads: %s', (text) => {
    const seen = new Map<string, number>()
    const scanner = new WordScanner((word) => {
      if (!seen.has(word)) seen.set(word, seen.size)
      return seen.get(word) as number
    })
    expect(scanner.scan(text)).toEqual(codesOf(text.match(PATTERN) ?? []))
    // The second scan finds every word in its table and must read the same.
    expect(scanner.scan(text)).toEqual(codesOf(text.match(PATTERN) ?? []))
  })

  it('reads a range of a text as it reads that range cut out', () => {
    const scanner = new WordScanner((word) => word.length)
    const text = 'drones over kyiv. “it’s a two-hour call,” he said. 東京 and 北京'
    for (const [from, to] of [
      [0, 17],
      [18, 50],
      [5, 30],
      [50, text.length],
    ] as const)
      expect(scanner.scan(text, from, to)).toEqual(scanner.scan(text.slice(from, to)))
  })

  it('leaves out words whose code is negative', () => {
    const scanner = new WordScanner((word) => (word === 'the' ? -1 : word.length))
    expect(scanner.scan('the drones of the night')).toEqual([6, 2, 5])
  })

  it('keeps every word right past its table’s growth', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`)
    const scanner = new WordScanner((word) => Number(word.slice(1)))
    expect(scanner.scan(words.join(' '))).toEqual(words.map((_, i) => i))
  })
})

describe('contentTerms', () => {
  it('reads one name in its transliterations', () => {
    const [zelenskyy, zelenskiy, zelensky] = ['Zelenskyy', 'Zelenskiy', 'Zelensky'].map(
      (n) => contentTerms(n)[0],
    )
    expect(zelenskiy).toBe(zelenskyy)
    expect(zelensky).toBe(zelenskyy)
  })

  it('stems, maps synonyms and drops stopwords', () => {
    expect(contentTerms('The UAVs were intercepted over Kyiv’s districts').map(termName)).toEqual([
      'drone',
      'down',
      'ukraine',
      'district',
    ])
  })
})
