import { describe, expect, it } from 'vitest'
import { centralities, contentTerms, cosine, TermWeights, VectorSum } from './similarity'

describe('term vectors', () => {
  const texts = [
    'Russia launched 112 drones at Ukraine overnight',
    'Ukraine said 76 drones were shot down overnight',
    'Trump and Putin spoke for two hours by phone',
  ]
  const weights = new TermWeights()
  for (const t of texts) weights.add(contentTerms(t))
  const [a, b, c] = texts.map((t) => weights.vector(contentTerms(t))) as [
    ReturnType<TermWeights['vector']>,
    ReturnType<TermWeights['vector']>,
    ReturnType<TermWeights['vector']>,
  ]

  it('have unit length, so a vector is wholly like itself', () => {
    expect(cosine(a, a)).toBeCloseTo(1, 10)
  })

  it('are like in proportion to the words they share, weighted by rarity', () => {
    expect(cosine(a, b)).toBeGreaterThan(0)
    expect(cosine(a, b)).toBeLessThan(1)
    expect(cosine(a, c)).toBe(0)
    expect(cosine(a, b)).toBeCloseTo(cosine(b, a), 12)
  })

  it('count a repeated word more, but less than twice', () => {
    const once = weights.vector(contentTerms('drones over Kyiv'))
    const twice = weights.vector(contentTerms('drones drones over Kyiv'))
    const drone = (v: typeof once) => v.weights[v.terms.indexOf(contentTerms('drone')[0] as number)] as number
    expect(drone(twice)).toBeGreaterThan(drone(once))
  })

  it('sum to a centroid whose dot product is the sum of the cosines', () => {
    const sum = new VectorSum()
    sum.add(a)
    sum.add(c)
    expect(sum.dot(b)).toBeCloseTo(cosine(a, b) + cosine(c, b), 12)
  })

  it('give each vector of a group its closeness to the group’s sum, and forget the group after', () => {
    const [da, db] = centralities([a, b])
    expect(da).toBeCloseTo(1 + cosine(a, b), 12)
    expect(db).toBeCloseTo(cosine(a, b) + 1, 12)
    const [alone] = centralities([b])
    expect(alone).toBeCloseTo(1, 12)
  })
})
