import { contentTerms, type Term, termName } from './normalize'

/**
 * A bag of weighted terms with unit length, so that cosine similarity is a dot product. Terms are small
 * integers in ascending order with their weights beside them: two vectors meet in one merging pass, and
 * a corpus of vectors is a few typed arrays rather than millions of map entries for the collector.
 */
export type TermVector = { readonly terms: Int32Array; readonly weights: Float64Array }

/** Document frequencies over a set of texts: rare shared words count for more than "Trump" and "war". */
export class TermWeights {
  private df = new Int32Array(1024)
  /** The last document each term was counted in, so a document counts each of its terms once. */
  private seenIn = new Int32Array(1024)
  private docs = 0

  add(terms: readonly Term[]) {
    this.docs++
    for (const term of terms) {
      if (term >= this.df.length) this.grow(term)
      if (this.seenIn[term] === this.docs) continue
      this.seenIn[term] = this.docs
      this.df[term] = (this.df[term] ?? 0) + 1
    }
  }

  idf(term: Term): number {
    return Math.log((this.docs + 1) / ((this.df[term] ?? 0) + 1)) + 1
  }

  vector(terms: readonly Term[]): TermVector {
    const sorted = new Int32Array(terms).sort()
    let distinct = 0
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++
    const ids = new Int32Array(distinct)
    const weights = new Float64Array(distinct)
    let norm = 0
    for (let i = 0, at = -1; i < sorted.length; ) {
      const term = sorted[i] as number
      let count = 0
      while (i < sorted.length && sorted[i] === term) {
        count++
        i++
      }
      const weight = (1 + Math.log(count)) * this.idf(term)
      ids[++at] = term
      weights[at] = weight
      norm += weight * weight
    }
    norm = Math.sqrt(norm) || 1
    for (let i = 0; i < distinct; i++) weights[i] = (weights[i] as number) / norm
    return { terms: ids, weights }
  }

  private grow(term: Term) {
    let size = this.df.length
    while (size <= term) size *= 2
    const df = new Int32Array(size)
    df.set(this.df)
    const seenIn = new Int32Array(size)
    seenIn.set(this.seenIn)
    this.df = df
    this.seenIn = seenIn
  }
}

export function cosine(a: TermVector, b: TermVector): number {
  const { terms: ta, weights: wa } = a
  const { terms: tb, weights: wb } = b
  let dot = 0
  let i = 0
  let j = 0
  while (i < ta.length && j < tb.length) {
    const x = ta[i] as number
    const y = tb[j] as number
    if (x === y) dot += (wa[i++] as number) * (wb[j++] as number)
    else if (x < y) i++
    else j++
  }
  return dot
}

/** A running sum of vectors, such as a cluster's centroid: its dot product with a vector, over n, is their mean cosine. */
export class VectorSum {
  private readonly sum = new Map<Term, number>()

  add(vector: TermVector) {
    this.addTimes(vector, 1)
  }

  remove(vector: TermVector) {
    this.addTimes(vector, -1)
  }

  private addTimes(vector: TermVector, times: number) {
    const { terms, weights } = vector
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] as number
      this.sum.set(term, (this.sum.get(term) ?? 0) + times * (weights[i] as number))
    }
  }

  dot(vector: TermVector): number {
    const { terms, weights } = vector
    let dot = 0
    for (let i = 0; i < terms.length; i++)
      dot += (weights[i] as number) * (this.sum.get(terms[i] as number) ?? 0)
    return dot
  }
}

/** Shared room for `centralities`: one slot per term, zero between calls. */
let scratch = new Float64Array(1024)

/**
 * Each vector's dot product with the sum of all of them: how close it stands to the group's centre. The sum
 * is held in one dense array for the call, not a map, since a group is summed and read only once.
 */
export function centralities(vectors: readonly TermVector[]): Float64Array {
  for (const { terms } of vectors) {
    const last = terms[terms.length - 1] ?? 0
    if (last >= scratch.length) {
      let size = scratch.length
      while (size <= last) size *= 2
      scratch = new Float64Array(size)
    }
  }
  for (const { terms, weights } of vectors)
    for (let i = 0; i < terms.length; i++)
      scratch[terms[i] as number] = (scratch[terms[i] as number] as number) + (weights[i] as number)
  const dots = new Float64Array(vectors.length)
  for (const [v, { terms, weights }] of vectors.entries()) {
    let dot = 0
    for (let i = 0; i < terms.length; i++)
      dot += (weights[i] as number) * (scratch[terms[i] as number] as number)
    dots[v] = dot
  }
  for (const { terms } of vectors) for (let i = 0; i < terms.length; i++) scratch[terms[i] as number] = 0
  return dots
}

export { contentTerms, type Term, termName }
