import { useSuspenseQuery } from '@tanstack/react-query'
import { createRoute } from '@tanstack/react-router'
import { NotFound } from '@/components/ui/not-found'
import { workspaceQueryOptions } from '@/data/queries'
import { ComparisonView } from '@/features/comparison/comparison-view'
import { rootRoute } from './__root'

export const eventRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events/$eventId',
  loader: ({ context }) => context.queryClient.ensureQueryData(workspaceQueryOptions()),
  component: ComparisonPage,
})

function ComparisonPage() {
  const { eventId } = eventRoute.useParams()
  const { data } = useSuspenseQuery(workspaceQueryOptions())
  const event = data.analysis.events.find((e) => e.id === eventId)
  if (!event) return <NotFound what="event" name={eventId} />
  return <ComparisonView workspace={data} event={event} />
}
