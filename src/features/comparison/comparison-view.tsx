import { Link } from '@tanstack/react-router'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { CopyLinkButton } from '@/components/ui/copy-link-button'
import { FactKindSelect } from '@/components/ui/fact-kind-select'
import { VerdictLegend } from '@/components/ui/verdict-legend'
import type { AnalyzedEvent, Fact, FactKind, Verdict } from '@/engine'
import { cn } from '@/lib/cn'
import { formatDate, plural } from '@/lib/format'
import { DateList } from './date-list'
import type { EventView } from './event-view'
import { FactMatrix } from './fact-matrix'
import { FactsPanel } from './facts-panel'
import { highlightsFor } from './highlight-segments'
import { OutletColumn } from './outlet-column'
import { OutletPicker } from './outlet-picker'

const HOVER_DWELL_MS = 300

export type ComparisonTab = 'text' | 'facts' | 'numbers' | 'quotes' | 'dates'
const TAB_LABELS: Record<ComparisonTab, string> = {
  text: 'Side by side',
  facts: 'Fact matrix',
  numbers: 'Numbers',
  quotes: 'Quotes',
  dates: 'Dates',
}

type Props = {
  event: AnalyzedEvent
  view: EventView
  tab: ComparisonTab
  kind: FactKind | 'all'
  verdict: Verdict | 'all'
  selectedFactId?: string
  /** The article shown on a phone, where the outlets are tabs. */
  readingId?: string
  onReadingChange: (articleId: string) => void
  onOutletsChange: (ids: string[]) => void
  onFiltersChange: (filters: { kind?: FactKind | 'all'; verdict?: Verdict | 'all' }) => void
  panels: { numbers: ReactNode; quotes: ReactNode }
}

/** The comparison of one event: the outlets side by side with their facts, and the facts as matrix, charts and diffs. */
export function ComparisonView({
  event,
  view,
  tab,
  kind,
  verdict,
  selectedFactId,
  readingId,
  onReadingChange,
  onOutletsChange,
  onFiltersChange,
  panels,
}: Props) {
  const [active, setActive] = useState<string | null>(null)
  const columnsRef = useRef<HTMLDivElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const conflicts = view.facts.filter((f) => f.verdict === 'conflict').length
  const unknownFact = selectedFactId && !view.facts.some((f) => f.id === selectedFactId)
  const selected = view.facts.find((f) => f.id === selectedFactId)
  const conflictFacts = view.visible.filter((f) => f.verdict === 'conflict')
  const visibleOutlet = view.shown.find((a) => a.id === readingId) ?? view.shown[0]

  // A selected fact is brought into view in every column, and in the facts panel.
  useEffect(() => {
    if (!selectedFactId) return
    scrollColumnsTo(columnsRef.current, selectedFactId, null)
    document.getElementById(`fact-${selectedFactId}`)?.scrollIntoView({ block: 'nearest' })
  }, [selectedFactId])

  // Hover and focus light a fact everywhere at once; the other columns and the panel follow it, after a
  // short dwell for the pointer so that a mouse crossing the text does not set every column scrolling.
  const dwell = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(dwell.current), [])
  const handleActivate = (factId: string | null, how: 'hover' | 'focus', from?: Element) => {
    setActive(factId)
    clearTimeout(dwell.current)
    if (!factId) return
    const follow = () => {
      scrollColumnsTo(columnsRef.current, factId, from ?? null)
      scrollPanelTo(panelRef.current, factId, from ?? null)
    }
    if (how === 'focus') follow()
    else dwell.current = setTimeout(follow, HOVER_DWELL_MS)
  }

  return (
    <section aria-labelledby="event-title" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm">
            <Link to="/" className="underline underline-offset-2">
              All events
            </Link>
          </p>
          <h1 id="event-title" className="mt-1 text-2xl font-semibold leading-tight">
            {event.title}
          </h1>
          <p className="mt-1 text-stone-700 dark:text-stone-300">
            {formatDate(event.date)} · {plural(view.all.length, 'article')} ·{' '}
            {plural(view.facts.length, 'fact')} · <strong>{plural(conflicts, 'conflict')}</strong>
          </p>
        </div>
        <CopyLinkButton />
      </div>

      {unknownFact && (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950"
        >
          Fact “{selectedFactId}” was not found in this event.{' '}
          <Link to="." search={(prev) => ({ ...prev, fact: undefined })} className="underline">
            Show the event without it
          </Link>
        </p>
      )}

      <VerdictLegend />

      <div className="flex flex-wrap items-end gap-3">
        <nav
          aria-label="Views"
          className="flex flex-wrap gap-1 rounded-lg bg-stone-200 p-1 dark:bg-stone-800"
        >
          {(Object.keys(TAB_LABELS) as ComparisonTab[]).map((t) => (
            <Link
              key={t}
              to="."
              search={(prev) => ({ ...prev, tab: t })}
              aria-current={t === tab ? 'page' : undefined}
              className={cn(
                'rounded-md px-3 py-1.5 text-sm font-medium',
                t === tab
                  ? 'bg-white shadow-sm dark:bg-stone-950'
                  : 'text-stone-700 hover:bg-stone-300 dark:text-stone-300 dark:hover:bg-stone-700',
              )}
            >
              {TAB_LABELS[t]}
            </Link>
          ))}
        </nav>
        <FactKindSelect
          value={kind}
          onChange={(k) => onFiltersChange({ kind: k })}
          labelClassName="flex flex-col text-sm"
          selectClassName="rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-900"
        />
        <label className="flex flex-col text-sm">
          Verdict
          <select
            value={verdict}
            onChange={(e) => onFiltersChange({ verdict: e.target.value as Verdict | 'all' })}
            className="rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-900"
          >
            <option value="all">All verdicts</option>
            <option value="conflict">Conflicts</option>
            <option value="agree">Agreements</option>
            <option value="single">One outlet only</option>
          </select>
        </label>
        <ConflictStepper conflicts={conflictFacts} selectedFactId={selectedFactId} />
      </div>

      {tab === 'text' && (
        <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_22rem]">
          <div className="min-w-0 space-y-3">
            <div role="tablist" aria-label="Outlet" className="flex gap-1 overflow-x-auto md:hidden">
              {view.shown.map((a) => (
                <button
                  key={a.id}
                  type="button"
                  role="tab"
                  aria-selected={a.id === visibleOutlet?.id}
                  onClick={() => onReadingChange(a.id)}
                  className={cn(
                    'shrink-0 rounded-md border px-3 py-1.5 text-sm',
                    a.id === visibleOutlet?.id
                      ? 'border-stone-900 bg-stone-900 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900'
                      : 'border-stone-300 dark:border-stone-700',
                  )}
                >
                  {a.outlet}
                </button>
              ))}
            </div>
            <div
              ref={columnsRef}
              className="grid gap-4 md:grid-cols-[repeat(var(--columns),minmax(16rem,1fr))] md:overflow-x-auto"
              style={{ '--columns': view.shown.length } as React.CSSProperties}
            >
              {view.shown.map((article) => (
                <OutletColumn
                  key={article.id}
                  article={article}
                  highlights={highlightsFor(article.id, view.visible)}
                  selectedFactId={selectedFactId}
                  activeFactId={active}
                  onActivate={handleActivate}
                  className={cn(
                    'md:max-h-[75vh] md:overflow-y-auto',
                    article.id !== visibleOutlet?.id && 'max-md:hidden',
                  )}
                />
              ))}
            </div>
          </div>
          <aside aria-label="Facts" className="min-w-0 space-y-3">
            <OutletPicker all={view.all} shown={view.shown} onChange={onOutletsChange} />
            <div
              ref={panelRef}
              className="overflow-hidden rounded-lg border border-stone-200 bg-white xl:max-h-[60vh] xl:overflow-y-auto dark:border-stone-800 dark:bg-stone-900"
            >
              <h2 className="border-b border-stone-200 px-3 py-2 font-semibold dark:border-stone-800">
                Facts{' '}
                <span className="font-normal text-stone-600 dark:text-stone-400">
                  ({view.visible.length})
                </span>
              </h2>
              <FactsPanel
                facts={view.visible}
                articles={view.shown}
                selectedFactId={selected?.id}
                activeFactId={active}
                onActivate={handleActivate}
              />
            </div>
          </aside>
        </div>
      )}
      {tab === 'facts' && (
        <FactMatrix facts={view.visible} articles={view.shown} selectedFactId={selected?.id} />
      )}
      {tab === 'numbers' && panels.numbers}
      {tab === 'quotes' && panels.quotes}
      {tab === 'dates' && <DateList facts={view.visible} articles={view.shown} />}
    </section>
  )
}

/** Steps through the conflicts, one after another: each step selects the fact, as a shared link would. */
function ConflictStepper({
  conflicts,
  selectedFactId,
}: {
  conflicts: readonly Fact[]
  selectedFactId?: string
}) {
  if (conflicts.length === 0) return null
  const at = conflicts.findIndex((f) => f.id === selectedFactId)
  const step = (by: number) => {
    const next =
      at < 0 ? (by > 0 ? 0 : conflicts.length - 1) : (at + by + conflicts.length) % conflicts.length
    return (conflicts[next] as Fact).id
  }
  const link =
    'whitespace-nowrap rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800'
  return (
    <nav aria-label="Conflicts" className="flex items-center gap-2">
      <Link
        to="."
        search={(prev) => ({ ...prev, fact: step(-1) })}
        resetScroll={false}
        aria-label="Previous conflict"
        className={link}
      >
        ← Previous<span className="max-sm:hidden"> conflict</span>
      </Link>
      <Link
        to="."
        search={(prev) => ({ ...prev, fact: step(1) })}
        resetScroll={false}
        aria-label="Next conflict"
        className={link}
      >
        Next<span className="max-sm:hidden"> conflict</span> →
      </Link>
      <span className="text-sm text-stone-700 dark:text-stone-300" aria-live="polite">
        {at < 0 ? plural(conflicts.length, 'conflict') : `${at + 1} of ${conflicts.length}`}
      </span>
    </nav>
  )
}

/** Scrolls the facts panel, when it scrolls on its own and the reader is not in it, to the fact's entry. */
function scrollPanelTo(panel: HTMLElement | null, factId: string, except: Element | null) {
  if (!panel || (except && panel.contains(except))) return
  if (panel.scrollHeight <= panel.clientHeight + 1) return
  const entry = panel.querySelector<HTMLElement>(`[data-panel-fact-id="${CSS.escape(factId)}"]`)
  const item = entry?.parentElement
  if (!item) return
  const top = item.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop
  if (top < panel.scrollTop || top + item.offsetHeight > panel.scrollTop + panel.clientHeight)
    panel.scrollTo({ top: Math.max(0, top - panel.clientHeight / 3) })
}

/** Scrolls each column (but the one the reader is in) so that the fact's first highlight sits in view. */
function scrollColumnsTo(container: HTMLElement | null, factId: string, except: Element | null) {
  if (!container) return
  for (const column of container.querySelectorAll<HTMLElement>('[data-column]')) {
    if (except && column.contains(except)) continue
    const mark = column.querySelector<HTMLElement>(`[data-fact-id="${CSS.escape(factId)}"]`)
    if (!mark) continue
    if (column.scrollHeight > column.clientHeight + 1) {
      column.scrollTo({ top: Math.max(0, mark.offsetTop - column.clientHeight / 3) })
    } else if (column.offsetParent !== null && !except) {
      mark.scrollIntoView({ block: 'center' })
    }
  }
}
