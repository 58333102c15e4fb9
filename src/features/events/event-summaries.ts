import type { AnalyzedEvent, FactKind } from '@/engine'
import type { Workspace } from '@/data/queries'

export type EventFilters = {
  readonly q?: string
  readonly outlets?: string
  readonly from?: string
  readonly to?: string
  readonly kind?: FactKind | 'all'
  readonly conflicts?: boolean
}

export type EventSummary = {
  readonly event: AnalyzedEvent
  readonly outlets: readonly string[]
  readonly conflicts: number
  readonly facts: number
}

/** The events with their outlets and counts, narrowed by the filters of the events page. */
export function summariseEvents(workspace: Workspace, filters: EventFilters): EventSummary[] {
  const outletOf = new Map(workspace.corpus.articles.map((a) => [a.id, a.outlet]))
  const textOf = new Map(
    workspace.corpus.articles.map((a) => [a.id, `${a.title ?? ''} ${a.outlet} ${a.text}`]),
  )
  const wanted = splitList(filters.outlets)
  const query = filters.q?.trim().toLowerCase()
  const kind = filters.kind && filters.kind !== 'all' ? filters.kind : null
  // Newest first, as a newsroom reads; undated events last.
  const events = [...workspace.analysis.events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
  return events.flatMap((event) => {
    const outlets = [...new Set(event.articleIds.map((id) => outletOf.get(id) ?? id))]
    const facts = workspace.analysis.facts.filter((f) => f.eventId === event.id && (!kind || f.kind === kind))
    const conflicts = facts.filter((f) => f.verdict === 'conflict').length
    if (wanted.length && !wanted.some((o) => outlets.includes(o))) return []
    if (filters.from && (!event.date || event.date < filters.from)) return []
    if (filters.to && (!event.date || event.date > filters.to)) return []
    if (kind && facts.length === 0) return []
    if (filters.conflicts && conflicts === 0) return []
    if (
      query &&
      !`${event.title} ${event.articleIds.map((id) => textOf.get(id)).join(' ')}`
        .toLowerCase()
        .includes(query)
    )
      return []
    return [{ event, outlets, conflicts, facts: facts.length }]
  })
}

/** "NewsX,The Daily Guardian" → ["NewsX", "The Daily Guardian"]. */
export function splitList(value: string | undefined): string[] {
  return value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : []
}

export function joinList(values: readonly string[]): string | undefined {
  return values.length ? values.join(',') : undefined
}
