import { queryOptions } from '@tanstack/react-query'
import type { Analysis, Corpus } from '@/engine'
import { analyze } from './analyzer'
import { parseCorpus } from './article-schema'
import { mergeSources, type SavedImport, type Source } from './imports'
import { listImports } from './library'
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

export const BUNDLED = 'the bundled articles'

/** Everything the views read: the articles, where they came from, and the engine's analysis of them. */
export type Workspace = {
  readonly corpus: Corpus
  readonly analysis: Analysis
  /** The bundled articles first, then each file the reader imported. */
  readonly sources: readonly Source[]
  readonly imports: readonly SavedImport[]
  /** Set when the browser's storage could not be read: the bundled articles still show. */
  readonly libraryProblem: string | null
}

export async function loadWorkspace(raw: unknown = seedCorpus): Promise<Workspace> {
  const bundled = loadCorpus(raw)
  let imports: SavedImport[] = []
  let libraryProblem: string | null = null
  try {
    imports = await listImports()
  } catch (error) {
    libraryProblem = `Your imported articles could not be read from this browser’s storage (${
      error instanceof Error ? error.message : String(error)
    }). The bundled articles are shown.`
  }
  const sources: Source[] = [
    { label: BUNDLED, corpus: bundled },
    ...imports.map((i) => ({ label: `“${i.name}”`, corpus: i.corpus })),
  ]
  const corpus = mergeSources(sources)
  return { corpus, analysis: await analyze(corpus), sources, imports, libraryProblem }
}

export const workspaceQueryOptions = () =>
  queryOptions({
    queryKey: ['workspace'],
    queryFn: () => loadWorkspace(),
    staleTime: Number.POSITIVE_INFINITY,
  })
