import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type Workspace, workspaceQueryOptions } from '@/data/queries'
import { readImport } from '@/data/imports'
import { removeImport, saveImport } from '@/data/library'

/** An import the format or the workspace refused: each problem names the article or event and the field. */
export class ImportProblems extends Error {
  constructor(
    readonly fileName: string,
    readonly problems: readonly string[],
  ) {
    super(`“${fileName}” was not added.`)
  }
}

/** Reads a file, checks it against the format and the workspace, keeps it, and re-runs the analysis. */
export function useImportArticles(workspace: Workspace) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (file: File) => {
      const result = readImport(await readText(file), file.name, workspace.sources)
      if (!result.ok) throw new ImportProblems(file.name, result.problems)
      await saveImport({
        id: newId(),
        name: file.name,
        importedAt: new Date().toISOString(),
        corpus: result.corpus,
      })
      return { name: file.name, articles: result.corpus.articles.length }
    },
    onSuccess: () => queryClient.invalidateQueries(workspaceQueryOptions()),
  })
}

export function useRemoveImport() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => removeImport(id),
    onSuccess: () => queryClient.invalidateQueries(workspaceQueryOptions()),
  })
}

/** A file's text, through FileReader: every browser (and jsdom) has it. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read: ${reader.error?.message}`))
    reader.readAsText(file)
  })
}

/** A record id; randomUUID exists only in secure contexts, and the app may be served over plain http. */
function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  )
}
