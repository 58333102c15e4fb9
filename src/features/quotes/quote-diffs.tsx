import { Link } from '@tanstack/react-router'
import { VerdictTag } from '@/components/ui/verdict-tag'
import type { Fact } from '@/engine'
import { type DiffPart, partialQuote } from './partial-quote'

type Props = { facts: readonly Fact[]; outletOf: (articleId: string) => string; shownIds: readonly string[] }

/** Every quote two or more outlets give, with its versions diffed word by word against the first. */
export function QuoteDiffs({ facts, outletOf, shownIds }: Props) {
  const quotes = facts.filter(
    (f) => f.kind === 'quote' && new Set(f.mentions.map((m) => m.articleId)).size > 1,
  )
  if (quotes.length === 0)
    return (
      <p className="py-8 text-stone-600 dark:text-stone-400">
        No quote is given by more than one outlet here.
      </p>
    )
  return (
    <ul className="space-y-4">
      {quotes.map((fact) => {
        const [base, ...others] = fact.mentions.filter(
          (m, i, all) => all.findIndex((x) => x.articleId === m.articleId) === i,
        )
        if (!base) return null
        return (
          <li
            key={fact.id}
            className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
          >
            <div className="flex items-start justify-between gap-3">
              <h3 className="font-medium">
                <Link
                  to="."
                  search={(prev) => ({ ...prev, fact: fact.id, tab: 'text' })}
                  className="hover:underline"
                >
                  {base.speaker ?? 'Unattributed'}
                </Link>
              </h3>
              <VerdictTag verdict={fact.verdict} />
            </div>
            <figure className="mt-2">
              <blockquote className="border-l-4 border-stone-300 pl-3 dark:border-stone-600">
                “{base.text}”
              </blockquote>
              <figcaption className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                {outletOf(base.articleId)}
                {!shownIds.includes(base.articleId) && ' (hidden in the columns)'}
              </figcaption>
            </figure>
            {others.map((m) => {
              const diff = fact.diffs?.find((d) => d.articleId === m.articleId)
              return (
                <figure key={m.articleId} className="mt-3">
                  <blockquote className="border-l-4 border-stone-300 pl-3 dark:border-stone-600">
                    “{diff ? <DiffText parts={diff.parts} /> : m.text}”
                  </blockquote>
                  <figcaption className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                    {outletOf(m.articleId)}
                    {diff && (
                      <>
                        {' '}
                        — words it drops <del className="text-rose-800 dark:text-rose-300">struck</del>, words
                        it adds <ins className="text-emerald-800 dark:text-emerald-300">underlined</ins>,
                        against {outletOf(base.articleId)}
                      </>
                    )}
                  </figcaption>
                </figure>
              )
            })}
          </li>
        )
      })}
    </ul>
  )
}

/**
 * A version of a quote with the words it drops struck and the words it adds underlined, each also said in
 * words. A version that quotes only part of the other opens or ends on an ellipsis instead.
 */
function DiffText({ parts: all }: { parts: readonly DiffPart[] }) {
  const { parts, cutBefore, cutAfter } = partialQuote(all)
  let offset = 0
  const keyed = parts.map((part, i) => {
    const key = `${offset}-${part.added ? 'a' : part.removed ? 'r' : 'k'}`
    offset += part.value.length
    // "shooting" struck and "launching" added touch where the words replaced each other: a gap parts them.
    return { ...part, key, beforeAdded: !!parts[i + 1]?.added }
  })
  return (
    <>
      {cutBefore && <Ellipsis />}
      {keyed.map((part) =>
        part.removed ? (
          <del
            key={part.key}
            className={`bg-rose-100 text-rose-900 line-through decoration-2 dark:bg-rose-950 dark:text-rose-100 ${part.beforeAdded ? 'mr-1' : ''}`}
          >
            <span className="sr-only">[removed: </span>
            {part.value}
            <span className="sr-only">]</span>
          </del>
        ) : part.added ? (
          <ins
            key={part.key}
            className="bg-emerald-100 text-emerald-900 underline decoration-2 dark:bg-emerald-950 dark:text-emerald-100"
          >
            <span className="sr-only">[added: </span>
            {part.value}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <span key={part.key}>{part.value}</span>
        ),
      )}
      {cutAfter && <Ellipsis />}
    </>
  )
}

function Ellipsis() {
  return (
    <span>
      …<span className="sr-only">[quotes only part of it] </span>
    </span>
  )
}
