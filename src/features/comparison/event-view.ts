import type { AnalyzedEvent, Article, Fact, FactKind, Verdict } from '@/engine'
import type { Workspace } from '@/data/queries'

export type ViewFilters = {
  readonly outlets?: string
  readonly kind: FactKind | 'all'
  readonly verdict: Verdict | 'all'
}

export type EventView = {
  /** Every article of the event, in the event's order. */
  readonly all: readonly Article[]
  /** The articles the reader chose, in the order they chose. */
  readonly shown: readonly Article[]
  /** The event's facts, conflicts first. */
  readonly facts: readonly Fact[]
  /** The facts the kind and verdict filters let through. */
  readonly visible: readonly Fact[]
}

const RANK: Record<Verdict, number> = { conflict: 0, agree: 1, single: 2 }
const KIND_RANK: Record<FactKind, number> = { number: 0, date: 1, quote: 2, claim: 3 }

/** What the comparison shows for an event under the URL's choices. Unknown article ids in the URL are dropped. */
export function eventView(workspace: Workspace, event: AnalyzedEvent, filters: ViewFilters): EventView {
  const byId = new Map(workspace.corpus.articles.map((a) => [a.id, a]))
  const all = event.articleIds.flatMap((id) => byId.get(id) ?? [])
  const chosen = (filters.outlets ?? '').split(',').filter((id) => event.articleIds.includes(id))
  const shown = chosen.length ? chosen.flatMap((id) => byId.get(id) ?? []) : all
  const facts = workspace.analysis.facts
    .filter((f) => f.eventId === event.id)
    .sort((a, b) => RANK[a.verdict] - RANK[b.verdict] || KIND_RANK[a.kind] - KIND_RANK[b.kind])
  const visible = facts.filter(
    (f) =>
      (filters.kind === 'all' || f.kind === filters.kind) &&
      (filters.verdict === 'all' || f.verdict === filters.verdict),
  )
  return { all, shown, facts, visible }
}

/** The outlets parameter for a new order; undefined when it is the event's own order with everyone shown. */
export function outletsParam(ids: readonly string[], event: AnalyzedEvent): string | undefined {
  return ids.join(',') === event.articleIds.join(',') ? undefined : ids.join(',')
}
