import * as z from 'zod/mini'

const kind = z.catch(z._default(z.enum(['all', 'number', 'date', 'quote', 'claim']), 'all'), 'all')
const optionalText = z.catch(z.optional(z.string()), undefined)
const isoDay = z.catch(z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), undefined)

/** The events page's view, as the URL carries it: every value validated, a bad one falls back to its default. */
export const eventsSearch = z.object({
  q: optionalText,
  outlets: optionalText,
  from: isoDay,
  to: isoDay,
  kind,
  conflicts: z.catch(z._default(z.boolean(), false), false),
})
export type EventsSearch = z.infer<typeof eventsSearch>
export const eventsDefaults = { kind: 'all', conflicts: false } as const

export const TABS = ['text', 'facts', 'numbers', 'quotes', 'dates'] as const
export type Tab = (typeof TABS)[number]

/**
 * The comparison's view: chosen outlets in order (article ids), the article read on a phone, the selected
 * fact, the tab and the filters.
 */
export const comparisonSearch = z.object({
  outlets: optionalText,
  reading: optionalText,
  fact: optionalText,
  tab: z.catch(z._default(z.enum(TABS), 'text'), 'text'),
  kind,
  verdict: z.catch(z._default(z.enum(['all', 'conflict', 'agree', 'single']), 'all'), 'all'),
})
export type ComparisonSearch = z.infer<typeof comparisonSearch>
export const comparisonDefaults = { tab: 'text', kind: 'all', verdict: 'all' } as const
