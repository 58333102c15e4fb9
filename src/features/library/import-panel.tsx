import { useId } from 'react'
import type { Workspace } from '@/data/queries'
import { formatDate, plural } from '@/lib/format'
import { ImportProblems, useImportArticles, useRemoveImport } from './use-library'

const MAX_PROBLEMS = 12

const EXAMPLE = `{
  "events": [{ "id": "kyiv-strike", "title": "Overnight strike on Kyiv" }],
  "articles": [{
    "id": "wire-1",
    "outlet": "Wire Service",
    "title": "Russia launches 112 drones",
    "url": "https://example.org/story",
    "publishedAt": "2025-05-19",
    "eventId": "kyiv-strike",
    "text": "Russia launched 112 drones overnight; 76 were shot down…"
  }]
}`

/**
 * Where a reader brings their own articles: a JSON file in the article format, checked before anything
 * changes, kept in this browser, and analysed with the bundled ones (an article may join a bundled event).
 */
export function ImportPanel({ workspace }: { workspace: Workspace }) {
  const importing = useImportArticles(workspace)
  const removing = useRemoveImport()
  const titleId = useId()
  const failure = importing.error
  const problems = failure instanceof ImportProblems ? failure.problems : []

  return (
    <section
      aria-labelledby={titleId}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id={titleId} className="font-semibold">
            Your articles
          </h2>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            Add a JSON file of articles to compare them with the rest. They stay in this browser.
          </p>
        </div>
        <label className="cursor-pointer rounded-md bg-stone-900 px-3 py-2 text-sm font-medium text-white hover:bg-stone-700 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-stone-900 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300 dark:has-[:focus-visible]:outline-stone-100">
          Add articles (JSON)
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            disabled={importing.isPending}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0]
              if (file) importing.mutate(file)
              // The same file may be chosen again after it is mended.
              e.currentTarget.value = ''
            }}
          />
        </label>
      </div>

      <div aria-live="polite">
        {importing.isPending && <p className="text-sm">Reading and analysing the file…</p>}
        {importing.isSuccess && (
          <p className="text-sm text-emerald-800 dark:text-emerald-300">
            Added {plural(importing.data.articles, 'article')} from “{importing.data.name}”.
          </p>
        )}
      </div>
      {failure && (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
        >
          <p className="font-medium">
            {failure.message} Nothing you had was changed.
            {problems.length > 0 && ' Mend these and add it again:'}
          </p>
          {problems.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-5 font-mono text-xs [overflow-wrap:anywhere]">
              {problems.slice(0, MAX_PROBLEMS).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
              {problems.length > MAX_PROBLEMS && <li>…and {problems.length - MAX_PROBLEMS} more</li>}
            </ul>
          )}
        </div>
      )}
      {workspace.libraryProblem && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {workspace.libraryProblem}
        </p>
      )}

      {workspace.imports.length > 0 && (
        <ul aria-label="Imported files" className="divide-y divide-stone-200 text-sm dark:divide-stone-800">
          {workspace.imports.map((saved) => (
            <li key={saved.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="[overflow-wrap:anywhere]">
                <span className="font-medium">{saved.name}</span> ·{' '}
                {plural(saved.corpus.articles.length, 'article')} · added {formatDate(saved.importedAt)}
              </span>
              <button
                type="button"
                onClick={() => removing.mutate(saved.id)}
                disabled={removing.isPending}
                className="rounded-md border border-stone-300 px-2 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
              >
                Remove<span className="sr-only"> {saved.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <details className="text-sm">
        <summary className="cursor-pointer text-stone-700 dark:text-stone-300">
          What the file looks like
        </summary>
        <p className="mt-2">
          An object with an <code>articles</code> list; each article needs an <code>id</code>, an{' '}
          <code>outlet</code> and its <code>text</code>. <code>title</code>, <code>url</code>,{' '}
          <code>publishedAt</code> (an ISO date) and <code>eventId</code> may be left out: articles without an
          event are grouped by what they report and when.
        </p>
        <pre className="mt-2 overflow-x-auto rounded-md bg-stone-100 p-3 text-xs dark:bg-stone-800">
          {EXAMPLE}
        </pre>
      </details>
    </section>
  )
}
