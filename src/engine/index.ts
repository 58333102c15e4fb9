export { analyzeCorpus } from './analyze'
export type * from './types'
