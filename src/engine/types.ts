/** One outlet's report, as the article format stores it (docs/article-format.md). */
export type Article = {
  readonly id: string
  readonly outlet: string
  readonly text: string
  readonly title?: string | null
  readonly url?: string | null
  /** ISO date or date-time; null when the outlet did not give one. */
  readonly publishedAt?: string | null
  readonly eventId?: string | null
}

export type EventInfo = {
  readonly id: string
  readonly title: string
  readonly date?: string | null
}

/** A bundle of articles: the embedded seeds, an import, or strikes.json. */
export type Corpus = {
  readonly events?: readonly EventInfo[]
  readonly articles: readonly Article[]
}

export type FactKind = 'number' | 'date' | 'quote' | 'claim'
export type Verdict = 'agree' | 'conflict' | 'single'

/** Where a mention sits in its article: UTF-16 offsets, end exclusive. */
export type TextSpan = { readonly start: number; readonly end: number }

/** One article's statement of a fact, e.g. "76" in "downing 76 of 112 Russian drones". */
export type Mention = TextSpan & {
  readonly articleId: string
  /** Exactly the article's text from start to end. */
  readonly text: string
  readonly value?: number
  /** Upper bound when the text states a range: "more than 100" is 100..∞, "nearly 4" is ..4. */
  readonly min?: number
  readonly max?: number
  readonly approx?: string
  readonly unit?: string
  readonly role?: string
  /** A count the outlet implies as a sum of the ones it states: 41 shot down + 35 lost = 76 neutralised. */
  readonly parts?: readonly number[]
  /**
   * A figure of a toll the outlet gives as earlier than its standing one: "19 people were injured" where it
   * also says "the number of injured rose to 20".
   */
  readonly earlier?: boolean
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date?: string
  /** A stretch of days from `date`, where a date is one: 7 for "last week", 14 where it may be either of two. */
  readonly days?: number
  /** The phrase a relative date was resolved from: "last month". */
  readonly relative?: boolean
  readonly speaker?: string
  /** Quoted words, without the quote marks. */
  readonly words?: string
}

/** A word-level difference between two versions of one quote. */
export type DiffPart = { readonly value: string; readonly added?: boolean; readonly removed?: boolean }

export type Fact = {
  readonly id: string
  readonly eventId: string
  readonly kind: FactKind
  readonly label: string
  readonly verdict: Verdict
  readonly mentions: readonly Mention[]
  /** Articles of the event that do not state this fact. */
  readonly missing: readonly string[]
  /** For quotes whose words differ: the diff of each other version against the first. */
  readonly diffs?: readonly { readonly articleId: string; readonly parts: readonly DiffPart[] }[]
}

export type AnalyzedEvent = {
  readonly id: string
  readonly title: string
  readonly date: string | null
  readonly articleIds: readonly string[]
}

export type Analysis = {
  readonly events: readonly AnalyzedEvent[]
  readonly facts: readonly Fact[]
}
