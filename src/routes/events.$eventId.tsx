import { useSuspenseQuery } from '@tanstack/react-query'
import { createRoute, stripSearchParams, useNavigate } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { Loading } from '@/components/ui/loading'
import { NotFound } from '@/components/ui/not-found'
import { workspaceQueryOptions } from '@/data/queries'
import { ComparisonView } from '@/features/comparison/comparison-view'
import { eventView, outletsParam } from '@/features/comparison/event-view'
import { quantityCharts } from '@/features/quantities/quantity-chart-data'
import { QuoteDiffs } from '@/features/quotes/quote-diffs'
import { rootRoute } from './__root'
import { comparisonDefaults, comparisonSearch } from './search'

const QuantityCharts = lazy(() =>
  import('@/features/quantities/quantity-charts').then((m) => ({ default: m.QuantityCharts })),
)

export const eventRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/events/$eventId',
  validateSearch: comparisonSearch,
  search: { middlewares: [stripSearchParams(comparisonDefaults)] },
  loader: ({ context }) => context.queryClient.ensureQueryData(workspaceQueryOptions()),
  component: ComparisonPage,
})

function ComparisonPage() {
  const { eventId } = eventRoute.useParams()
  const search = eventRoute.useSearch()
  const navigate = useNavigate({ from: eventRoute.fullPath })
  const { data } = useSuspenseQuery(workspaceQueryOptions())
  const event = data.analysis.events.find((e) => e.id === eventId)
  if (!event) return <NotFound what="event" name={eventId} />
  const view = eventView(data, event, search)
  const outletOf = (id: string) => view.all.find((a) => a.id === id)?.outlet ?? id
  const shownIds = view.shown.map((a) => a.id)
  const shownFacts = view.visible.map((f) => ({
    ...f,
    mentions: f.mentions.filter((m) => shownIds.includes(m.articleId)),
  }))
  const charts = quantityCharts(shownFacts, outletOf).map((chart) => ({
    ...chart,
    verdict: view.facts.find((f) => f.id === chart.factId)?.verdict ?? 'single',
  }))
  return (
    <ComparisonView
      event={event}
      view={view}
      tab={search.tab}
      kind={search.kind}
      verdict={search.verdict}
      selectedFactId={search.fact}
      readingId={search.reading}
      onReadingChange={(id) =>
        navigate({ search: (prev) => ({ ...prev, reading: id }), replace: true, resetScroll: false })
      }
      onOutletsChange={(ids) =>
        navigate({ search: (prev) => ({ ...prev, outlets: outletsParam(ids, event) }), resetScroll: false })
      }
      onFiltersChange={(filters) =>
        navigate({ search: (prev) => ({ ...prev, ...filters }), resetScroll: false })
      }
      panels={{
        numbers: (
          <Suspense fallback={<Loading label="Drawing the charts…" />}>
            <QuantityCharts charts={charts} />
          </Suspense>
        ),
        quotes: <QuoteDiffs facts={view.visible} outletOf={outletOf} shownIds={shownIds} />,
      }}
    />
  )
}
