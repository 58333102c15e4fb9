import { Link } from '@tanstack/react-router'
import type { Workspace } from '@/data/queries'
import { formatDate, plural } from '@/lib/format'

export function EventList({ workspace }: { workspace: Workspace }) {
  const outletOf = new Map(workspace.corpus.articles.map((a) => [a.id, a.outlet]))
  return (
    <section aria-labelledby="events-title">
      <h1 id="events-title" className="text-2xl font-semibold">
        Events
      </h1>
      <ul className="mt-4 grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {workspace.analysis.events.map((event) => {
          const outlets = [...new Set(event.articleIds.map((id) => outletOf.get(id) ?? id))]
          return (
            <li key={event.id}>
              <Link
                to="/events/$eventId"
                params={{ eventId: event.id }}
                className="block h-full rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-stone-400 focus-visible:outline-2 dark:border-stone-800 dark:bg-stone-900"
              >
                <h2 className="text-lg font-medium leading-snug">{event.title}</h2>
                <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                  {formatDate(event.date)} · {plural(event.articleIds.length, 'article')}
                </p>
                <p className="mt-2 text-sm">{outlets.join(', ')}</p>
              </Link>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
