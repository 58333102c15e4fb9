import type { Article } from '@/engine'

type Props = {
  all: readonly Article[]
  shown: readonly Article[]
  onChange: (ids: string[]) => void
}

/** Which outlets to compare and in which order. At least one stays shown. */
export function OutletPicker({ all, shown, onChange }: Props) {
  const ids = shown.map((a) => a.id)
  const hidden = all.filter((a) => !ids.includes(a.id))
  const move = (index: number, by: number) => {
    const next = [...ids]
    const [item] = next.splice(index, 1)
    if (item) next.splice(index + by, 0, item)
    onChange(next)
  }
  return (
    <fieldset className="rounded-lg border border-stone-200 p-3 dark:border-stone-800">
      <legend className="px-1 text-sm font-semibold">Outlets and their order</legend>
      <ol className="space-y-1">
        {shown.map((article, index) => (
          <li key={article.id} className="flex items-center gap-2 text-sm">
            <label className="flex min-w-0 flex-1 items-center gap-2">
              <input
                type="checkbox"
                checked
                disabled={shown.length === 1}
                onChange={() => onChange(ids.filter((id) => id !== article.id))}
              />
              <span className="truncate">{article.outlet}</span>
            </label>
            <button
              type="button"
              className="rounded border border-stone-300 px-2 disabled:opacity-40 dark:border-stone-700"
              disabled={index === 0}
              onClick={() => move(index, -1)}
              aria-label={`Move ${article.outlet} left`}
            >
              ←
            </button>
            <button
              type="button"
              className="rounded border border-stone-300 px-2 disabled:opacity-40 dark:border-stone-700"
              disabled={index === shown.length - 1}
              onClick={() => move(index, 1)}
              aria-label={`Move ${article.outlet} right`}
            >
              →
            </button>
          </li>
        ))}
        {hidden.map((article) => (
          <li key={article.id} className="flex items-center gap-2 text-sm text-stone-600 dark:text-stone-400">
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={false} onChange={() => onChange([...ids, article.id])} />
              {article.outlet}
            </label>
          </li>
        ))}
      </ol>
    </fieldset>
  )
}
