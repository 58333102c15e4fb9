import { useSuspenseQuery } from '@tanstack/react-query'
import { createRoute, stripSearchParams, useNavigate } from '@tanstack/react-router'
import { workspaceQueryOptions } from '@/data/queries'
import { EventFilters } from '@/features/events/event-filters'
import { EventList } from '@/features/events/event-list'
import { summariseEvents } from '@/features/events/event-summaries'
import { ImportPanel } from '@/features/library/import-panel'
import { plural } from '@/lib/format'
import { rootRoute } from './__root'
import { eventsDefaults, eventsSearch } from './search'

export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: eventsSearch,
  search: { middlewares: [stripSearchParams(eventsDefaults)] },
  loader: ({ context }) => context.queryClient.ensureQueryData(workspaceQueryOptions()),
  component: EventsPage,
})

function EventsPage() {
  const search = indexRoute.useSearch()
  const navigate = useNavigate({ from: indexRoute.fullPath })
  const { data } = useSuspenseQuery(workspaceQueryOptions())
  const summaries = summariseEvents(data, search)
  const outlets = [...new Set(data.corpus.articles.map((a) => a.outlet))].sort()
  return (
    <section aria-labelledby="events-title" className="space-y-4">
      <div>
        <h1 id="events-title" className="text-2xl font-semibold">
          Events
        </h1>
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          {plural(data.corpus.articles.length, 'article')} from {plural(outlets.length, 'outlet')}, grouped
          into {plural(data.analysis.events.length, 'event')}. Open one to compare what each outlet says, or
          add your own articles below.
        </p>
      </div>
      <EventFilters
        filters={search}
        outlets={outlets}
        onChange={(patch) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: 'q' in patch })}
      />
      <p className="text-sm text-stone-700 dark:text-stone-300" aria-live="polite">
        Showing {plural(summaries.length, 'event')}
      </p>
      <EventList summaries={summaries} />
      <ImportPanel workspace={data} />
    </section>
  )
}
