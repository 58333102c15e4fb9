import { createMemoryHistory } from '@tanstack/react-router'
import { render } from '@testing-library/react'
import { App } from '@/app'
import { createQueryClient } from '@/lib/query-client'
import { createAppRouter } from '@/router'

/** Renders the whole app at a URL with a fresh QueryClient, the real seeds and the real engine. */
export function renderApp(url = '/') {
  const router = createAppRouter({
    queryClient: createQueryClient(),
    history: createMemoryHistory({ initialEntries: [url] }),
  })
  return { router, ...render(<App router={router} />) }
}
