import { Link } from '@tanstack/react-router'
import { formatDate, plural } from '@/lib/format'
import type { EventSummary } from './event-summaries'

/** The events, each with its date, outlets, articles and conflicting facts. */
export function EventList({ summaries }: { summaries: readonly EventSummary[] }) {
  if (summaries.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-700 dark:border-stone-700 dark:text-stone-300">
        No event matches these filters.{' '}
        <Link to="/" className="underline">
          Clear the filters
        </Link>
      </p>
    )
  }
  return (
    <ul aria-label="Events" className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
      {summaries.map(({ event, outlets, conflicts, facts }) => (
        <li key={event.id}>
          <Link
            to="/events/$eventId"
            params={{ eventId: event.id }}
            className="flex h-full flex-col rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-stone-400 focus-visible:outline-2 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-stone-600"
          >
            <h2 className="text-lg font-medium leading-snug">{event.title}</h2>
            <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
              {formatDate(event.date)} · {plural(event.articleIds.length, 'article')} ·{' '}
              {plural(facts, 'fact')}
            </p>
            <p className="mt-2 text-sm">{outlets.join(', ')}</p>
            <p className="mt-auto pt-3 text-sm font-semibold">
              {conflicts > 0 ? (
                <span className="text-rose-800 dark:text-rose-300">
                  <span aria-hidden="true">≠ </span>
                  {plural(conflicts, 'conflicting fact')}
                </span>
              ) : (
                <span className="text-stone-700 dark:text-stone-300">No conflicts found</span>
              )}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  )
}
