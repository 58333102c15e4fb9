import { Link } from '@tanstack/react-router'
import type { Article, Fact } from '@/engine'
import { VerdictTag } from '@/components/ui/verdict-tag'
import { cn } from '@/lib/cn'
import { describeMention, earlierFigures, kindLabel, outletMention } from '@/lib/fact-format'

type Props = {
  facts: readonly Fact[]
  articles: readonly Article[]
  selectedFactId?: string
  activeFactId?: string | null
  onActivate?: (factId: string | null, how: 'hover' | 'focus', from?: Element) => void
}

/** The facts of the event, conflicts first: what each outlet says, and who leaves it out. */
export function FactsPanel({ facts, articles, selectedFactId, activeFactId, onActivate }: Props) {
  if (facts.length === 0)
    return <p className="p-4 text-stone-600 dark:text-stone-400">No facts match these filters.</p>
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800">
      {facts.map((fact) => {
        const isSelected = fact.id === selectedFactId
        const missing = articles.filter((a) => fact.missing.includes(a.id))
        return (
          <li key={fact.id} id={`fact-${fact.id}`}>
            <Link
              to="."
              search={(prev) => ({ ...prev, fact: fact.id })}
              resetScroll={false}
              // The router marks the link of the current view, the selected fact, aria-current="page".
              data-panel-fact-id={fact.id}
              onMouseEnter={(e) => onActivate?.(fact.id, 'hover', e.currentTarget)}
              onMouseLeave={() => onActivate?.(null, 'hover')}
              onFocus={(e) => onActivate?.(fact.id, 'focus', e.currentTarget)}
              onBlur={() => onActivate?.(null, 'focus')}
              className={cn(
                'block px-3 py-3 hover:bg-stone-100 focus-visible:outline-2 focus-visible:-outline-offset-2 dark:hover:bg-stone-800',
                (isSelected || fact.id === activeFactId) && 'bg-amber-50 dark:bg-stone-800',
                isSelected && 'border-l-4 border-stone-900 dark:border-stone-100',
              )}
            >
              <span className="flex items-start justify-between gap-2">
                <span className="min-w-0">
                  <span className="text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
                    {kindLabel(fact.kind)}
                  </span>
                  <span className="block font-medium leading-snug [overflow-wrap:anywhere]">
                    {fact.label}
                  </span>
                </span>
                <VerdictTag verdict={fact.verdict} />
              </span>
              <span className="mt-1 block space-y-0.5 text-sm">
                {articles
                  .filter((a) => fact.mentions.some((m) => m.articleId === a.id))
                  .map((a) => {
                    const mention = outletMention(fact, a.id)
                    const earlier = earlierFigures(fact, a.id)
                    return (
                      <span key={a.id} className="block [overflow-wrap:anywhere]">
                        <span className="font-semibold">{a.outlet}:</span>{' '}
                        {mention && truncate(describeMention(fact, mention))}
                        {earlier && ` (${earlier})`}
                      </span>
                    )
                  })}
                {missing.length > 0 && (
                  <span className="block text-stone-600 dark:text-stone-400">
                    Not mentioned by {missing.map((a) => a.outlet).join(', ')}
                  </span>
                )}
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}

const truncate = (text: string) =>
  text.length > 140 ? `${text.slice(0, 138).replace(/\s+\S*$/, '')}…` : text
