import { Link } from '@tanstack/react-router'

export function NotFound({ what, name }: { what: string; name?: string }) {
  return (
    <section className="mx-auto max-w-xl py-16 text-center" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="text-2xl font-semibold">
        {what[0]?.toUpperCase()}
        {what.slice(1)} not found
      </h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">
        {name ? (
          <>
            There is no {what} “{name}” in the articles loaded here.
            {what === 'event' &&
              ' Articles a reader adds stay in their own browser, so a link to one of their events opens only there.'}
          </>
        ) : (
          <>This link leads nowhere.</>
        )}
      </p>
      <Link
        to="/"
        className="mt-6 inline-block rounded bg-stone-900 px-4 py-2 text-white dark:bg-stone-100 dark:text-stone-900"
      >
        Back to all events
      </Link>
    </section>
  )
}
