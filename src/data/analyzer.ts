import * as Comlink from 'comlink'
import type { Analysis, Corpus } from '@/engine'
import type { AnalysisWorkerApi } from './analysis.worker'

let worker: Comlink.Remote<AnalysisWorkerApi> | null = null

/** Runs the engine in a Web Worker, off the main thread; where there are no workers (tests), in place. */
export async function analyze(corpus: Corpus): Promise<Analysis> {
  if (typeof Worker === 'undefined') {
    const { analyzeCorpus } = await import('@/engine')
    return analyzeCorpus(corpus)
  }
  worker ??= Comlink.wrap<AnalysisWorkerApi>(
    new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
  )
  return worker.analyzeCorpus(corpus)
}
