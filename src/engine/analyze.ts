import { clusterEvents } from './cluster/events'
import type { Analysis, Corpus } from './types'

/** The whole pipeline: articles in, events and judged facts out. */
export function analyzeCorpus(corpus: Corpus): Analysis {
  const events = clusterEvents(corpus)
  return { events, facts: [] }
}
