import { cn } from '@/lib/cn'
import { VerdictTag } from './verdict-tag'

export const UNDERLINES = {
  conflict:
    'underline decoration-wavy decoration-rose-600 decoration-2 underline-offset-4 dark:decoration-rose-400',
  agree:
    'underline decoration-solid decoration-emerald-600 decoration-2 underline-offset-4 dark:decoration-emerald-400',
  single: 'underline decoration-dotted decoration-stone-500 decoration-2 underline-offset-4',
} as const

/** What the colours and underlines in the text mean. */
export function VerdictLegend({ className }: { className?: string }) {
  return (
    <dl className={cn('flex flex-wrap items-center gap-x-4 gap-y-2 text-sm', className)} aria-label="Legend">
      <div className="flex items-center gap-2">
        <dt>
          <VerdictTag verdict="conflict" />
        </dt>
        <dd>
          outlets differ <span className={UNDERLINES.conflict}>wavy underline</span>
        </dd>
      </div>
      <div className="flex items-center gap-2">
        <dt>
          <VerdictTag verdict="agree" />
        </dt>
        <dd>
          outlets match <span className={UNDERLINES.agree}>solid underline</span>
        </dd>
      </div>
      <div className="flex items-center gap-2">
        <dt>
          <VerdictTag verdict="single" />
        </dt>
        <dd>
          only one outlet <span className={UNDERLINES.single}>dotted underline</span>
        </dd>
      </div>
    </dl>
  )
}
