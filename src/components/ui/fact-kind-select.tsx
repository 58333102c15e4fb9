import type { FactKind } from '@/engine'

const KINDS: readonly [FactKind | 'all', string][] = [
  ['all', 'All kinds'],
  ['number', 'Numbers'],
  ['date', 'Dates'],
  ['quote', 'Quotes'],
  ['claim', 'Claims'],
]

/** The kind-of-fact filter, with its label: the same on the events page and in a comparison. */
export function FactKindSelect({
  value,
  onChange,
  labelClassName,
  selectClassName,
}: {
  value: FactKind | 'all'
  onChange: (kind: FactKind | 'all') => void
  labelClassName: string
  selectClassName: string
}) {
  return (
    <label className={labelClassName}>
      Kind of fact
      <select
        value={value}
        onChange={(e) => onChange(e.target.value as FactKind | 'all')}
        className={selectClassName}
      >
        {KINDS.map(([kind, label]) => (
          <option key={kind} value={kind}>
            {label}
          </option>
        ))}
      </select>
    </label>
  )
}
