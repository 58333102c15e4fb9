import type { Article } from '@/engine'
import { formatDate } from '@/lib/format'

/** One outlet's article as plain, readable text. */
export function OutletColumn({ article }: { article: Article }) {
  const paragraphs = article.text.split(/\n+/).filter((p) => p.trim())
  return (
    <article
      aria-label={article.outlet}
      className="min-w-0 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <header className="border-b border-stone-200 pb-3 dark:border-stone-800">
        <p className="text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
          {article.outlet}
        </p>
        <h2 className="mt-1 text-lg font-medium leading-snug">{article.title ?? 'Untitled article'}</h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {formatDate(article.publishedAt)}
          {article.url && (
            <>
              {' · '}
              <a href={article.url} target="_blank" rel="noreferrer noopener" className="underline">
                original
              </a>
            </>
          )}
        </p>
      </header>
      <div className="mt-3 space-y-3 leading-relaxed">
        {paragraphs.map((paragraph, index) => (
          // Paragraphs of one text never move, so their position is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    </article>
  )
}
