import { Link } from '@tanstack/react-router'
import type { Article } from '@/engine'
import { UNDERLINES } from '@/components/ui/verdict-legend'
import { VERDICT_ICONS } from '@/components/ui/verdict-tag'
import { cn } from '@/lib/cn'
import { verdictLabel } from '@/lib/fact-format'
import { formatDate } from '@/lib/format'
import { type Highlight, highlightSegments } from './highlight-segments'

type Props = {
  article: Article
  highlights?: readonly Highlight[]
  selectedFactId?: string
  activeFactId?: string | null
  onActivate?: (factId: string | null, how: 'hover' | 'focus', from?: Element) => void
  className?: string
}

const ACTIVE = {
  conflict: 'bg-rose-100 dark:bg-rose-900/60',
  agree: 'bg-emerald-100 dark:bg-emerald-900/60',
  single: 'bg-stone-200 dark:bg-stone-700',
} as const

/** One outlet's article as plain, readable text, with each fact highlighted in place by its verdict. */
export function OutletColumn({
  article,
  highlights = [],
  selectedFactId,
  activeFactId,
  onActivate,
  className,
}: Props) {
  const paragraphs = highlightSegments(article.text, highlights)
  return (
    <article
      aria-label={article.outlet}
      data-column={article.id}
      className={cn(
        'relative min-w-0 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900',
        className,
      )}
    >
      <header className="border-b border-stone-200 pb-3 dark:border-stone-800">
        <p className="text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
          {article.outlet}
        </p>
        <h2 className="mt-1 text-lg font-medium leading-snug">{article.title ?? 'Untitled article'}</h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {formatDate(article.publishedAt)}
          {article.url && (
            <>
              {' · '}
              <a href={article.url} target="_blank" rel="noreferrer noopener" className="underline">
                original<span className="sr-only"> article at {article.outlet} (opens in a new tab)</span>
              </a>
            </>
          )}
        </p>
      </header>
      <div className="mt-3 space-y-3 text-[1.0625rem] leading-relaxed">
        {paragraphs.map((segments) => (
          <p key={segments[0]?.start}>
            {segments.map((segment) => {
              const h = segment.highlight
              if (!h) return <span key={segment.start}>{segment.text}</span>
              const isSelected = h.factId === selectedFactId
              const isActive = isSelected || h.factId === activeFactId
              return (
                <Link
                  key={segment.start}
                  to="."
                  search={(prev) => ({ ...prev, fact: h.factId })}
                  resetScroll={false}
                  data-fact-id={h.factId}
                  data-verdict={h.verdict}
                  // The router marks the link of the current view, the selected fact, aria-current="page".
                  onMouseEnter={(e) => onActivate?.(h.factId, 'hover', e.currentTarget)}
                  onMouseLeave={() => onActivate?.(null, 'hover')}
                  onFocus={(e) => onActivate?.(h.factId, 'focus', e.currentTarget)}
                  onBlur={() => onActivate?.(null, 'focus')}
                  className={cn(
                    'rounded-sm text-inherit [box-decoration-break:clone]',
                    UNDERLINES[h.verdict],
                    // Claims run for whole sentences: a thinner, lighter line keeps the text readable.
                    h.kind === 'claim' &&
                      'decoration-1 decoration-emerald-600/50 dark:decoration-emerald-400/50',
                    isActive && ACTIVE[h.verdict],
                    isSelected && 'outline-2 outline-offset-1 outline-stone-900 dark:outline-stone-100',
                  )}
                >
                  {segment.text}
                  <span className="sr-only">
                    {' '}
                    ({VERDICT_ICONS[h.verdict]} {verdictLabel(h.verdict)})
                  </span>
                </Link>
              )
            })}
          </p>
        ))}
      </div>
    </article>
  )
}
