import { describe, expect, it } from 'vitest'
import { slug, UniqueIds } from './ids'

describe('slug', () => {
  it.each([
    ['Russia launches 112 drones overnight', 3, 'russia-launches-112'],
    ['Zelenskyy’s “peace” plan', 6, 'zelenskyy-s-peace-plan'],
    ['Café Málaga', 6, 'cafe-malaga'],
    ['“…”', 6, 'fallback'],
  ])('%s → %s', (text, words, expected) => {
    expect(slug(text, words, 'fallback')).toBe(expected)
  })
})

describe('UniqueIds', () => {
  it('numbers repeats of a base from 2, and never hands out a reserved or taken id', () => {
    const ids = new UniqueIds(['event-a'])
    expect(ids.take('event-a')).toBe('event-a-2')
    expect(ids.take('fact')).toBe('fact')
    expect(ids.take('fact-2')).toBe('fact-2')
    expect(ids.take('fact')).toBe('fact-3')
    expect(ids.take('fact')).toBe('fact-4')
  })

  it('stays unique over many repeats', () => {
    const ids = new UniqueIds()
    const taken = Array.from({ length: 5000 }, () => ids.take('number-drones-launched'))
    expect(new Set(taken).size).toBe(5000)
  })
})
