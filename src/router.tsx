import type { QueryClient } from '@tanstack/react-query'
import { createHashHistory, createRouter, type RouterHistory } from '@tanstack/react-router'
import { Loading } from '@/components/ui/loading'
import { rootRoute } from '@/routes/__root'
import { eventRoute } from '@/routes/events.$eventId'
import { indexRoute } from '@/routes/index'

const routeTree = rootRoute.addChildren([indexRoute, eventRoute])

/**
 * Hash routing (#/events/…): every view is one static index.html, so a shared link or a reload opens
 * directly on any static host, with no server rewrite rule to configure.
 */
export function createAppRouter({
  queryClient,
  history,
}: {
  queryClient: QueryClient
  history?: RouterHistory
}) {
  return createRouter({
    routeTree,
    history: history ?? createHashHistory(),
    context: { queryClient },
    defaultPendingComponent: () => <Loading label="Reading the articles…" />,
    defaultPendingMs: 0,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
