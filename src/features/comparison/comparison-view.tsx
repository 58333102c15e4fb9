import type { AnalyzedEvent } from '@/engine'
import type { Workspace } from '@/data/queries'
import { formatDate, plural } from '@/lib/format'
import { OutletColumn } from './outlet-column'

export function ComparisonView({ workspace, event }: { workspace: Workspace; event: AnalyzedEvent }) {
  const articles = event.articleIds.flatMap((id) => workspace.corpus.articles.filter((a) => a.id === id))
  return (
    <section aria-labelledby="event-title">
      <h1 id="event-title" className="text-2xl font-semibold">
        {event.title}
      </h1>
      <p className="mt-1 text-stone-600 dark:text-stone-400">
        {formatDate(event.date)} · {plural(articles.length, 'article')}
      </p>
      <div
        className="mt-4 grid gap-4"
        style={{ gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, 20rem), 1fr))` }}
      >
        {articles.map((article) => (
          <OutletColumn key={article.id} article={article} />
        ))}
      </div>
    </section>
  )
}
