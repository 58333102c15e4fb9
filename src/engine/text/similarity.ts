import { contentTerms } from './normalize'

/** A bag of weighted terms with unit length, so that cosine similarity is a dot product. */
export type TermVector = ReadonlyMap<string, number>

/** Document frequencies over a set of texts: rare shared words count for more than "Trump" and "war". */
export class TermWeights {
  private readonly df = new Map<string, number>()
  private docs = 0

  add(terms: readonly string[]) {
    this.docs++
    for (const term of new Set(terms)) this.df.set(term, (this.df.get(term) ?? 0) + 1)
  }

  idf(term: string): number {
    return Math.log((this.docs + 1) / ((this.df.get(term) ?? 0) + 1)) + 1
  }

  vector(terms: readonly string[]): TermVector {
    const counts = new Map<string, number>()
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1)
    let norm = 0
    const weights = new Map<string, number>()
    for (const [term, count] of counts) {
      const weight = (1 + Math.log(count)) * this.idf(term)
      weights.set(term, weight)
      norm += weight * weight
    }
    norm = Math.sqrt(norm) || 1
    for (const [term, weight] of weights) weights.set(term, weight / norm)
    return weights
  }
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0)
  return dot
}

export { contentTerms }
