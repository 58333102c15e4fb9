import type { Fact } from '@/engine'
import { describeMention, formatNumber, outletMention } from '@/lib/fact-format'

export type ChartRow = {
  readonly outlet: string
  /** The part the outlet states for certain, drawn solid. */
  readonly base: number
  /** The rest of the range its wording allows ("more than 70"), drawn hatched; 0 for an exact value. */
  readonly extension: number
  readonly label: string
  readonly isRange: boolean
}

export type QuantityChart = {
  readonly factId: string
  readonly title: string
  readonly unit: string
  readonly rows: ChartRow[]
}

/** How far an open range ("more than 70") is drawn past the largest stated value, as a share of it. */
const OPEN_RANGE = 0.25

/** One chart per quantity: each outlet's value, ranges drawn as ranges. Facts with a role or several outlets only. */
export function quantityCharts(
  facts: readonly Fact[],
  outletOf: (articleId: string) => string,
): QuantityChart[] {
  return facts
    .filter(
      (f) =>
        f.kind === 'number' &&
        (new Set(f.mentions.map((m) => m.articleId)).size > 1 || f.mentions.some((m) => m.role)),
    )
    .map((fact) => {
      // One bar per outlet, by the mention that stands for it.
      const byArticle = new Map<string, (typeof fact.mentions)[number]>()
      for (const id of new Set(fact.mentions.map((m) => m.articleId))) {
        const shown = outletMention(fact, id)
        if (shown) byArticle.set(id, shown)
      }
      // "a two-hour call" against "about 90 minutes": lengths in hours and minutes are drawn in minutes,
      // each labelled in its own words.
      const units = new Set(fact.mentions.map((m) => m.unit))
      const mixed = units.has('hour') && units.has('minute')
      const scale = (m: (typeof fact.mentions)[number]) => (mixed && m.unit === 'hour' ? 60 : 1)
      const stated = [...byArticle.values()].map((m) => (m.value ?? 0) * scale(m))
      const top = Math.max(...stated, 1)
      const rows = [...byArticle.values()].map((m) => {
        const value = (m.value ?? 0) * scale(m)
        const min = (m.min ?? m.value ?? 0) * scale(m)
        const max = m.approx ? (m.max === undefined ? top * (1 + OPEN_RANGE) : m.max * scale(m)) : value
        return {
          outlet: outletOf(m.articleId),
          base: min,
          extension: Math.max(0, max - min),
          label: mixed
            ? describeMention(fact, m)
            : `${m.approx ? `${m.approx} ` : ''}${formatNumber(m.value ?? 0)}`,
          isRange: max !== min,
        }
      })
      const unit = mixed ? 'minute' : (fact.mentions[0]?.unit ?? '')
      return { factId: fact.id, title: fact.label, unit, rows }
    })
}
