import { Link } from '@tanstack/react-router'
import type { Article, Fact } from '@/engine'
import { VerdictTag } from '@/components/ui/verdict-tag'
import { cn } from '@/lib/cn'
import { describeMention, earlierFigures, kindLabel, outletMention } from '@/lib/fact-format'
import { formatDate } from '@/lib/format'

/** Facts against outlets: what each outlet says, or that it does not mention the fact. */
export function FactMatrix({
  facts,
  articles,
  selectedFactId,
}: {
  facts: readonly Fact[]
  articles: readonly Article[]
  selectedFactId?: string
}) {
  if (facts.length === 0)
    return <p className="py-8 text-stone-600 dark:text-stone-400">No facts match these filters.</p>
  return (
    <>
      <FactCards facts={facts} articles={articles} selectedFactId={selectedFactId} />
      <div className="overflow-x-auto rounded-lg border border-stone-200 max-md:hidden dark:border-stone-800">
        <table className="w-full min-w-[40rem] border-collapse text-sm">
          <caption className="sr-only">Facts of this event by outlet, conflicts first</caption>
          <thead className="bg-stone-100 dark:bg-stone-800">
            <tr>
              <th scope="col" className="w-64 min-w-[14rem] px-3 py-2 text-left font-semibold">
                Fact
              </th>
              {articles.map((a) => (
                // Many outlets make the table wider and scroll, rather than break words mid-way.
                <th key={a.id} scope="col" className="min-w-[9rem] px-3 py-2 text-left font-semibold">
                  {a.outlet}
                  {/* A toll that rose between two reports reads as a conflict: when each was published says why. */}
                  <span className="block text-xs font-normal text-stone-600 dark:text-stone-400">
                    {formatDate(a.publishedAt)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {facts.map((fact) => (
              <tr
                key={fact.id}
                aria-current={fact.id === selectedFactId ? 'true' : undefined}
                className={cn(
                  'border-t border-stone-200 align-top dark:border-stone-800',
                  fact.id === selectedFactId && 'bg-amber-50 dark:bg-stone-800',
                )}
              >
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <span className="flex flex-col items-start gap-1">
                    <FactLink fact={fact} />
                    <span className="flex items-center gap-2">
                      <span className="text-xs uppercase tracking-wide text-stone-600 dark:text-stone-400">
                        {kindLabel(fact.kind)}
                      </span>
                      <VerdictTag verdict={fact.verdict} />
                    </span>
                  </span>
                </th>
                {articles.map((a) => (
                  <td key={a.id} className="px-3 py-2 [overflow-wrap:anywhere]">
                    <OutletSays fact={fact} articleId={a.id} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

/** On a phone the matrix reads as one card per fact, each outlet a line: no sideways scrolling. */
function FactCards({
  facts,
  articles,
  selectedFactId,
}: {
  facts: readonly Fact[]
  articles: readonly Article[]
  selectedFactId?: string
}) {
  // Where the reports were published on different days, each line says when: a toll that rose between
  // them reads as a conflict, and the dates say why.
  const days = new Set(articles.map((a) => a.publishedAt?.slice(0, 10) ?? null))
  return (
    <ul aria-label="Facts by outlet" className="space-y-3 md:hidden">
      {facts.map((fact) => (
        <li
          key={fact.id}
          aria-current={fact.id === selectedFactId ? 'true' : undefined}
          className={cn(
            'rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900',
            fact.id === selectedFactId && 'border-l-4 border-l-stone-900 dark:border-l-stone-100',
          )}
        >
          <div className="flex items-start justify-between gap-2">
            <FactLink fact={fact} />
            <VerdictTag verdict={fact.verdict} />
          </div>
          <p className="mt-1 text-xs uppercase tracking-wide text-stone-600 dark:text-stone-400">
            {kindLabel(fact.kind)}
          </p>
          <dl className="mt-2 space-y-1 text-sm">
            {articles.map((a) => (
              <div key={a.id} className="[overflow-wrap:anywhere]">
                <dt className="inline font-semibold">
                  {a.outlet}
                  {days.size > 1 && (
                    <span className="font-normal text-stone-600 dark:text-stone-400">
                      {' '}
                      ({formatDate(a.publishedAt)})
                    </span>
                  )}
                  :{' '}
                </dt>
                <dd className="inline">
                  <OutletSays fact={fact} articleId={a.id} />
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  )
}

/** The fact's label, selecting it: the selected fact is what a shared link points at. */
function FactLink({ fact }: { fact: Fact }) {
  return (
    <Link
      to="."
      search={(prev) => ({ ...prev, fact: fact.id })}
      className="font-medium underline-offset-2 hover:underline [overflow-wrap:anywhere]"
    >
      {fact.label}
    </Link>
  )
}

/** What one outlet says of a fact, or that it leaves it out. */
function OutletSays({ fact, articleId }: { fact: Fact; articleId: string }) {
  const shown = outletMention(fact, articleId)
  const earlier = earlierFigures(fact, articleId)
  if (shown)
    return (
      <>
        {describeMention(fact, shown)}
        {earlier && <span className="block text-xs text-stone-600 dark:text-stone-400">({earlier})</span>}
      </>
    )
  return <span className="text-stone-600 italic dark:text-stone-400">not mentioned</span>
}
