import type { Fact, Mention } from '@/engine'
import { formatDate } from './format'

const VERDICT_LABELS = { agree: 'Agree', conflict: 'Conflict', single: 'One outlet' } as const
export const verdictLabel = (verdict: Fact['verdict']) => VERDICT_LABELS[verdict]

const KIND_LABELS = { number: 'Number', date: 'Date', quote: 'Quote', claim: 'Claim' } as const
export const kindLabel = (kind: Fact['kind']) => KIND_LABELS[kind]

const UNIT_PLURALS: Record<string, string> = {
  person: 'people',
  child: 'children',
  woman: 'women',
  man: 'men',
}

/**
 * The mention that stands for an outlet in a fact: its first, or where it gives a count both rounded and
 * exactly ("almost 200 drones" in the headline, "194 drones" below), the exact one; never a toll's earlier
 * figure where the outlet gives the toll as it stands ("19 injured", then "the number of injured rose to 20").
 */
export function outletMention(fact: Fact, articleId: string): Mention | undefined {
  const all = fact.mentions.filter((m) => m.articleId === articleId)
  const own = all.some((m) => !m.earlier) ? all.filter((m) => !m.earlier) : all
  return own.find((m) => fact.kind === 'number' && m.value !== undefined && !m.approx) ?? own[0]
}

/** An outlet's earlier figures of a toll it also gives as it stands, in a few words: "earlier 19 people". */
export function earlierFigures(fact: Fact, articleId: string): string | null {
  const shown = outletMention(fact, articleId)
  const values = new Set<number>()
  const earlier = fact.mentions.filter((m) => {
    if (
      m.articleId !== articleId ||
      !m.earlier ||
      m === shown ||
      m.value === undefined ||
      values.has(m.value)
    )
      return false
    values.add(m.value)
    return true
  })
  return earlier.length ? `earlier ${earlier.map((m) => describeMention(fact, m)).join(', ')}` : null
}

/** What one outlet says, in a few words: "more than 70 people", "last month → March 2025", “very close”. */
export function describeMention(fact: Fact, mention: Mention): string {
  if (fact.kind === 'number' && mention.value !== undefined) {
    const approx = mention.approx ? `${mention.approx} ` : ''
    if (mention.unit === 'percent') {
      const share = `${formatNumber(mention.value)}%`
      // "roughly one-fifth" is compared as 20%: say both.
      return /\d/.test(mention.text) ? `${approx}${share}` : `${mention.text} (${share})`
    }
    // "two hours and five minutes" is read in minutes: it is told as 2 hours 5 minutes, not 125 minutes;
    // "90 minutes" stays as the text has it.
    if (mention.unit === 'minute' && mention.value >= 60 && /hour/i.test(mention.text))
      return `${approx}${formatLength(mention.value)}`
    const unit = !mention.unit
      ? ''
      : mention.value === 1
        ? mention.unit
        : (UNIT_PLURALS[mention.unit] ?? `${mention.unit}s`)
    // "41 shot down and another 35 lost" implies 76 neutralised: say what it adds up from.
    const sum = mention.parts?.length ? ` (${mention.parts.map(formatNumber).join(' + ')})` : ''
    return `${approx}${formatNumber(mention.value)}${unit ? ` ${unit}` : ''}${sum}`
  }
  if (fact.kind === 'date' && mention.date) {
    const resolved = formatDate(mention.date, mention.days)
    return mention.relative ? `${mention.text} → ${resolved}` : resolved
  }
  if (fact.kind === 'quote') return `“${mention.text}”`
  return mention.text
}

/** 125 minutes → "2 hours 5 minutes". */
function formatLength(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = Math.round((minutes - hours * 60) * 100) / 100
  const h = `${formatNumber(hours)} ${hours === 1 ? 'hour' : 'hours'}`
  return rest ? `${h} ${formatNumber(rest)} ${rest === 1 ? 'minute' : 'minutes'}` : h
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value)
}
