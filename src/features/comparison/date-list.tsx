import { Link } from '@tanstack/react-router'
import type { Article, Fact, Mention } from '@/engine'
import { VerdictTag } from '@/components/ui/verdict-tag'
import { formatDate } from '@/lib/format'

/** Each dated happening with what each outlet's phrase resolves to: "last month → March 2025". */
export function DateList({ facts, articles }: { facts: readonly Fact[]; articles: readonly Article[] }) {
  const dates = facts.filter((f) => f.kind === 'date')
  if (dates.length === 0)
    return <p className="py-8 text-stone-600 dark:text-stone-400">No dates match these filters.</p>
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet]))
  return (
    <ul className="space-y-3">
      {dates.map((fact) => (
        <li
          key={fact.id}
          className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
        >
          <div className="flex items-start justify-between gap-3">
            <Link
              to="."
              search={(prev) => ({ ...prev, fact: fact.id, tab: 'text' })}
              className="font-medium hover:underline"
            >
              {fact.label}
            </Link>
            <VerdictTag verdict={fact.verdict} />
          </div>
          <ul className="mt-2 space-y-1 text-sm">
            {phrasings(fact.mentions.filter((m) => outletOf.has(m.articleId))).map(
              ({ mention: m, times }) => (
                <li key={`${m.articleId}-${m.start}`}>
                  <span className="font-semibold">{outletOf.get(m.articleId)}:</span> “{m.text}”
                  {times > 1 ? ` (${times} times)` : ''}
                  {m.relative ? ' resolves to ' : ' is '}
                  <strong>{formatDate(m.date, m.days)}</strong>
                </li>
              ),
            )}
          </ul>
        </li>
      ))}
    </ul>
  )
}

/** An outlet that gives a date in the same words twice ("today", "today") says it once, with how often. */
function phrasings(mentions: readonly Mention[]): { mention: Mention; times: number }[] {
  const byPhrasing = new Map<string, { mention: Mention; times: number }>()
  for (const mention of mentions) {
    const key = `${mention.articleId}|${mention.text.toLowerCase()}|${mention.date}`
    const seen = byPhrasing.get(key)
    if (seen) seen.times++
    else byPhrasing.set(key, { mention, times: 1 })
  }
  return [...byPhrasing.values()]
}
