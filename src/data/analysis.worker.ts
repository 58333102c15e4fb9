import * as Comlink from 'comlink'
import { analyzeCorpus } from '@/engine'

const api = { analyzeCorpus }
export type AnalysisWorkerApi = typeof api

Comlink.expose(api)
