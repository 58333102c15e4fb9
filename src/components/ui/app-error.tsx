import { CorpusError } from '@/data/queries'

/** Shown instead of a blank page when the articles cannot be loaded or analysed. */
export function AppError({ error }: { error: unknown }) {
  const problems = error instanceof CorpusError ? error.problems : []
  const message = error instanceof Error ? error.message : String(error)
  return (
    <section
      role="alert"
      className="mx-auto max-w-2xl rounded border border-red-300 bg-red-50 p-6 dark:border-red-800 dark:bg-red-950"
    >
      <h1 className="text-xl font-semibold text-red-900 dark:text-red-100">
        The articles could not be shown
      </h1>
      <p className="mt-2">{message}</p>
      {problems.length > 0 && (
        <ul className="mt-3 list-disc space-y-1 pl-5 font-mono text-sm">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
