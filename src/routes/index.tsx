import { useSuspenseQuery } from '@tanstack/react-query'
import { createRoute } from '@tanstack/react-router'
import { workspaceQueryOptions } from '@/data/queries'
import { EventList } from '@/features/events/event-list'
import { rootRoute } from './__root'

export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  loader: ({ context }) => context.queryClient.ensureQueryData(workspaceQueryOptions()),
  component: EventsPage,
})

function EventsPage() {
  const { data } = useSuspenseQuery(workspaceQueryOptions())
  return <EventList workspace={data} />
}
