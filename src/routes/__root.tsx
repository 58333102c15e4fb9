import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router'
import { AppError } from '@/components/ui/app-error'
import { NotFound } from '@/components/ui/not-found'

export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: RootLayout,
  notFoundComponent: () => <NotFound what="page" />,
  errorComponent: ({ error }) => <AppError error={error} />,
})

function RootLayout() {
  return (
    <div className="min-h-screen bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
      <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <div className="mx-auto flex max-w-screen-2xl items-baseline gap-3 px-4 py-3">
          <Link to="/" className="text-xl font-semibold tracking-tight">
            Parallax
          </Link>
          <p className="hidden text-sm text-stone-600 sm:block dark:text-stone-400">
            where outlets agree on the facts, and where they don’t
          </p>
        </div>
      </header>
      <main className="mx-auto max-w-screen-2xl px-4 py-6">
        <Outlet />
      </main>
    </div>
  )
}
