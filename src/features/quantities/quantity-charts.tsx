import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import type { QuantityChart } from './quantity-chart-data'
import { VerdictTag } from '@/components/ui/verdict-tag'
import type { Verdict } from '@/engine'

type Props = { charts: readonly (QuantityChart & { verdict: Verdict })[] }

/** One bar chart per quantity, an outlet a bar: a conflict shows as bars of different length. */
export function QuantityCharts({ charts }: Props) {
  if (charts.length === 0)
    return <p className="py-8 text-stone-600 dark:text-stone-400">No counted quantity to chart here.</p>
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {charts.map((chart) => (
        <li
          key={chart.factId}
          className="min-w-0 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
        >
          <div className="flex items-start justify-between gap-3">
            <h3 className="font-medium">{chart.title}</h3>
            <VerdictTag verdict={chart.verdict} />
          </div>
          <figure className="mt-2">
            {/* As wide as its card, from a phone to a desktop; drawn at 520 px until the card is measured. */}
            <ResponsiveContainer
              width="100%"
              height={48 + chart.rows.length * 44}
              initialDimension={{ width: 520, height: 48 + chart.rows.length * 44 }}
            >
              <BarChart
                data={chart.rows}
                layout="vertical"
                margin={{ top: 4, right: 72, bottom: 4, left: 8 }}
                accessibilityLayer
              >
                <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
                <YAxis type="category" dataKey="outlet" width={110} tick={{ fontSize: 12 }} />
                <Bar dataKey="base" stackId="v" fill="#57534e" isAnimationActive={false} name="stated" />
                <Bar
                  dataKey="extension"
                  stackId="v"
                  fill="url(#range-hatch)"
                  stroke="#57534e"
                  isAnimationActive={false}
                  name="range"
                >
                  <LabelList
                    dataKey="label"
                    position="right"
                    style={{ fontSize: 12, fill: 'currentColor' }}
                  />
                </Bar>
                <defs>
                  <pattern
                    id="range-hatch"
                    width="6"
                    height="6"
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)"
                  >
                    <rect width="6" height="6" fill="#e7e5e4" />
                    <line x1="0" y1="0" x2="0" y2="6" stroke="#78716c" strokeWidth="2" />
                  </pattern>
                </defs>
              </BarChart>
            </ResponsiveContainer>
            <figcaption className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              {chart.rows.map((r) => `${r.outlet}: ${r.label}`).join(' · ')}
              {chart.rows.some((r) => r.isRange) && ' — hatched: the range the wording allows'}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  )
}
