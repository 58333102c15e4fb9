import { useEffect, useState } from 'react'
import { FactKindSelect } from '@/components/ui/fact-kind-select'
import { type EventFilters as Filters, joinList, splitList } from './event-summaries'

type Props = { filters: Filters; outlets: readonly string[]; onChange: (patch: Partial<Filters>) => void }

const field =
  'rounded-md border border-stone-300 bg-white px-2 py-1.5 dark:border-stone-700 dark:bg-stone-900'

/** Filters for the events page; every change lands in the URL. */
export function EventFilters({ filters, outlets, onChange }: Props) {
  const [query, setQuery] = useState(filters.q ?? '')
  useEffect(() => setQuery(filters.q ?? ''), [filters.q])
  const chosen = splitList(filters.outlets)
  return (
    <form
      aria-label="Filter events"
      className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] dark:border-stone-800 dark:bg-stone-900"
      onSubmit={(e) => {
        e.preventDefault()
        onChange({ q: query.trim() || undefined })
      }}
    >
      <label className="flex flex-col gap-1 text-sm">
        Search titles and text
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onBlur={() => onChange({ q: query.trim() || undefined })}
          placeholder="e.g. Rome, drones, Witkoff"
          className={field}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        From
        <input
          type="date"
          value={filters.from ?? ''}
          onChange={(e) => onChange({ from: e.target.value || undefined })}
          className={field}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        To
        <input
          type="date"
          value={filters.to ?? ''}
          onChange={(e) => onChange({ to: e.target.value || undefined })}
          className={field}
        />
      </label>
      <FactKindSelect
        value={filters.kind ?? 'all'}
        onChange={(kind) => onChange({ kind })}
        labelClassName="flex flex-col gap-1 text-sm"
        selectClassName={field}
      />
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input
          type="checkbox"
          checked={!!filters.conflicts}
          onChange={(e) => onChange({ conflicts: e.target.checked })}
        />
        With conflicts only
      </label>
      <fieldset className="sm:col-span-2 lg:col-span-5">
        <legend className="text-sm">Outlets</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {outlets.map((outlet) => (
            <label key={outlet} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(outlet)}
                onChange={(e) =>
                  onChange({
                    outlets: joinList(
                      e.target.checked ? [...chosen, outlet] : chosen.filter((o) => o !== outlet),
                    ),
                  })
                }
              />
              {outlet}
            </label>
          ))}
        </div>
      </fieldset>
    </form>
  )
}
