import * as z from 'zod/mini'
import type { Corpus } from '@/engine'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'))
const optionalText = z.optional(z.nullable(z.string()))

const isoDate = z.string().check(
  z.refine((value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10))), {
    message: 'must be an ISO date such as 2025-04-26 or 2025-04-26T08:30:00Z',
  }),
)

const articleSchema = z.object({
  id: nonEmpty,
  outlet: nonEmpty,
  text: z.string().check(z.minLength(1, 'must not be empty')),
  title: optionalText,
  url: optionalText,
  publishedAt: z.optional(z.nullable(isoDate)),
  eventId: optionalText,
})

const eventSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  date: z.optional(z.nullable(isoDate)),
})

const corpusSchema = z.object({
  events: z.optional(z.array(eventSchema)),
  articles: z.array(articleSchema),
})

export type ParseResult = { ok: true; corpus: Corpus } | { ok: false; problems: string[] }

/** Validates outside input (the bundled seeds, an import) against the article format. */
export function parseCorpus(input: unknown): ParseResult {
  const result = corpusSchema.safeParse(input)
  if (result.success) {
    const ids = new Set<string>()
    const duplicates = result.data.articles.filter((a) => ids.size === ids.add(a.id).size)
    if (duplicates.length === 0) return { ok: true, corpus: result.data }
    return { ok: false, problems: duplicates.map((a) => `Article "${a.id}": id is used by another article`) }
  }
  return { ok: false, problems: result.error.issues.map((issue) => describeIssue(input, issue)) }
}

function describeIssue(
  input: unknown,
  issue: { path: PropertyKey[]; message: string; code?: string; expected?: string },
): string {
  const [list, index, ...field] = issue.path
  const where = locate(input, list, index)
  const name = field.length ? field.join('.') : null
  if (issue.path.length === 0) return `The file must be an object with an "articles" list: ${issue.message}`
  const message =
    valueAt(input, issue.path) === undefined
      ? 'is missing'
      : (issue.code === 'invalid_type' && EXPECTED[issue.expected ?? '']) || lower(issue.message)
  if (index === undefined) return `"${String(list)}": ${message}`
  return name ? `${where}: "${name}" ${message}` : `${where}: ${issue.message}`
}

function locate(input: unknown, list: PropertyKey | undefined, index: PropertyKey | undefined): string {
  const noun = list === 'events' ? 'Event' : 'Article'
  const items = (input as Record<string, unknown> | null)?.[String(list)]
  const item = Array.isArray(items) && typeof index === 'number' ? items[index] : undefined
  const id = (item as { id?: unknown } | undefined)?.id
  const position = typeof index === 'number' ? `${noun} ${index + 1}` : noun
  return typeof id === 'string' && id ? `${position} ("${id}")` : position
}

const EXPECTED: Record<string, string> = {
  string: 'must be text',
  array: 'must be a list',
  object: 'must be an object',
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) value = (value as Record<PropertyKey, unknown> | null | undefined)?.[key]
  return value
}

function lower(message: string) {
  return message.startsWith('Invalid input') ? message.replace('Invalid input', 'is invalid') : message
}
