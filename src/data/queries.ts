import { queryOptions } from '@tanstack/react-query'
import type { Analysis, Corpus } from '@/engine'
import { analyze } from './analyzer'
import { parseCorpus } from './article-schema'
import { seedCorpus } from './seeds'

/** A bundle failed validation: the message names each article and field at fault. */
export class CorpusError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} do not match the article format.`)
  }
}

export function loadCorpus(raw: unknown = seedCorpus, source = 'The bundled articles'): Corpus {
  const result = parseCorpus(raw)
  if (!result.ok) throw new CorpusError(source, result.problems)
  return result.corpus
}

/** Everything the views read: the articles and the engine's analysis of them. */
export type Workspace = { readonly corpus: Corpus; readonly analysis: Analysis }

export async function loadWorkspace(raw: unknown = seedCorpus): Promise<Workspace> {
  const corpus = loadCorpus(raw)
  return { corpus, analysis: await analyze(corpus) }
}

export const workspaceQueryOptions = () =>
  queryOptions({
    queryKey: ['workspace'],
    queryFn: () => loadWorkspace(),
    staleTime: Number.POSITIVE_INFINITY,
  })
