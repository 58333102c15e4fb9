import { useState } from 'react'

/** Copies the page's address, which holds the whole view; says so, or shows the link when copying is refused. */
export function CopyLinkButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setState('copied')
    } catch {
      setState('failed')
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={handleCopy}
        className="rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
      >
        Copy link
      </button>
      <span role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {state === 'copied' && 'Link copied: it opens this exact view.'}
        {state === 'failed' && (
          <label className="flex items-center gap-2">
            Copy this link:
            <input
              readOnly
              value={window.location.href}
              className="w-64 rounded border px-1"
              onFocus={(e) => e.target.select()}
            />
          </label>
        )}
      </span>
    </div>
  )
}
