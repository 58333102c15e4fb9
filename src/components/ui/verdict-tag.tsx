import type { Verdict } from '@/engine'
import { cn } from '@/lib/cn'
import { verdictLabel } from '@/lib/fact-format'

/** The verdict's icon: every colour has a twin that reads without colour. */
export const VERDICT_ICONS: Record<Verdict, string> = { conflict: '≠', agree: '=', single: '•' }

export const VERDICT_STYLES: Record<Verdict, string> = {
  conflict: 'bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-950 dark:text-rose-100 dark:ring-rose-800',
  agree:
    'bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-100 dark:ring-emerald-800',
  single:
    'bg-stone-100 text-stone-800 ring-stone-300 dark:bg-stone-800 dark:text-stone-100 dark:ring-stone-600',
}

export function VerdictTag({ verdict, className }: { verdict: Verdict; className?: string }) {
  return (
    <span
      className={cn(
        'inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset',
        VERDICT_STYLES[verdict],
        className,
      )}
    >
      <span aria-hidden="true">{VERDICT_ICONS[verdict]}</span>
      {verdictLabel(verdict)}
    </span>
  )
}
