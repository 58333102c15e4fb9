import type { Corpus } from '@/engine'
import { parseCorpus } from './article-schema'

/** A set of articles a reader brought in, as it is kept in the browser. */
export type SavedImport = {
  readonly id: string
  /** The file it came from, as the reader knows it. */
  readonly name: string
  readonly importedAt: string
  readonly corpus: Corpus
}

export type ImportResult = { ok: true; corpus: Corpus } | { ok: false; problems: string[] }

/** A part of the workspace and where it came from: "the bundled articles", "strikes.json". */
export type Source = { readonly label: string; readonly corpus: Corpus }

/**
 * Reads a file a reader brings in: it must be JSON in the article format, and its articles and events
 * must not take ids the workspace already uses (a URL names an article or event by id).
 */
export function readImport(text: string, fileName: string, sources: readonly Source[]): ImportResult {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, problems: [`“${fileName}” is not JSON: ${reason}`] }
  }
  const parsed = parseCorpus(raw)
  if (!parsed.ok) return parsed
  const articleFrom = new Map<string, string>()
  const eventFrom = new Map<string, string>()
  for (const source of sources) {
    for (const a of source.corpus.articles) articleFrom.set(a.id, source.label)
    for (const e of source.corpus.events ?? []) eventFrom.set(e.id, source.label)
  }
  const problems: string[] = []
  parsed.corpus.articles.forEach((a, i) => {
    const taken = articleFrom.get(a.id)
    if (taken) problems.push(`Article ${i + 1} ("${a.id}"): "id" is already used by an article in ${taken}`)
  })
  parsed.corpus.events?.forEach((e, i) => {
    const taken = eventFrom.get(e.id)
    if (taken) problems.push(`Event ${i + 1} ("${e.id}"): "id" is already used by an event in ${taken}`)
  })
  if (parsed.corpus.articles.length === 0) problems.push(`“${fileName}” has no articles`)
  return problems.length ? { ok: false, problems } : parsed
}

/** One corpus of all the sources, in order: the engine reads them as one, so a reader's article can join a bundled event. */
export function mergeSources(sources: readonly Source[]): Corpus {
  return {
    events: sources.flatMap((s) => s.corpus.events ?? []),
    articles: sources.flatMap((s) => s.corpus.articles),
  }
}
