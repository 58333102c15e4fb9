import { describe, expect, it } from 'vitest'
import { extractQuantities } from '../extract/quantities'
import { countKeys } from './events'

const TWO_NIGHTS =
  'Russia launched 315 drones and seven missiles at Ukraine overnight. ' +
  'The previous night, Russia had launched 479 drones and 20 missiles.'

describe(countKeys.name, () => {
  it.each([
    {
      case: 'two nights told apart by their sentences',
      text: TWO_NIGHTS,
      dayOf: (sentence: number) => (sentence === 0 ? '2025-06-10' : '2025-06-09'),
      has: ['air weapon|launched|-|322', 'air weapon|launched|-|499', 'drone|launched|-|315'],
      lacks: ['air weapon|launched|-|821'],
    },
    {
      case: 'undated counts of one occasion',
      text: 'Russia launched 315 drones and seven missiles at Ukraine overnight.',
      dayOf: () => null,
      has: ['air weapon|launched|-|322', 'missile|launched|-|7'],
      lacks: [],
    },
    {
      case: 'a total given outright adds no sum of its kinds',
      text: 'Russia launched 322 drones and missiles, including 315 drones and seven missiles.',
      dayOf: () => null,
      has: ['air weapon|launched|-|322'],
      lacks: ['air weapon|launched|-|644'],
    },
  ])('$case', ({ text, dayOf, has, lacks }) => {
    const keys = countKeys(extractQuantities(text), (q) => dayOf(q.sentence))
    for (const key of has) expect(keys).toContain(key)
    for (const key of lacks) expect(keys).not.toContain(key)
  })
})
