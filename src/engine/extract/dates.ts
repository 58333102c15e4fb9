import { allMatches } from '../text/matches'
import { followsName } from '../text/names'
import { parseNumber } from '../text/numbers'
import { type Sentence, splitSentences } from '../text/sentences'
import type { TextSpan } from '../types'

export type Precision = 'year' | 'month' | 'week' | 'day'

/** A calendar date: "2025-03" for "last month" written on 26 April 2025. */
export type ResolvedDate = {
  readonly date: string
  readonly precision: Precision
  /** A week's length in days where it is not seven: "last week" in a weekend report may be either of two. */
  readonly days?: number
}

/** A date as one article states it, resolved against the article's own date where it is relative. */
export type DateMention = ResolvedDate & {
  readonly span: TextSpan
  readonly phrase: string
  readonly relative: boolean
  readonly sentence: number
  /** "the night of Monday to Tuesday", "on Monday night": a night's evening; its counts are of the morning after. */
  readonly morning?: string
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const MONTH = `(?:${MONTHS.join('|')})`
/** A month beside its day may be cut short, as wire style has it: "Aug. 12", "12 Sept". */
const DAY_MONTH = `(?:${MONTHS.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\\.?\\s|\\b))\\.?`
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)'

const PATTERNS: [string, string][] = [
  // "2025-03-18", and "24/04/2025" or "4/24/2025": the day and month are told apart where one is over 12.
  ['iso', `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`],
  ['slashed', `\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b`],
  // "on 18/8": a day and month with no year, only after "on", and only where one of them is over 12.
  ['slashedShort', `\\b(\\d{1,2})/(\\d{1,2})\\b(?![/\\d])(?<=\\bon\\s+\\d{1,2}/\\d{1,2})`],
  ['dayMonth', `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${DAY_MONTH})(?:,?\\s+(\\d{4}))?\\b`],
  // "May 17-18": two days; "the night of May 17-18" is the morning's date, as "overnight" is.
  [
    'monthDay',
    `\\b(${DAY_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?![\\d,]\\d)(?:,?\\s+(\\d{4}))?\\b`,
  ],
  ['month', `\\b(?:(last|this|next|early|late|mid-|mid)\\s*)?(${MONTH})(?:\\s+(\\d{4}))?\\b`],
  ['weekday', `\\b(?:(last|this|next|coming|past)\\s+)?(${WEEKDAY})(?:['’]s)?\\b`],
  // "two months ago", and "two months after their shouting match": that was two months before the report.
  ['ago', `\\b(${COUNT})\\s+(days?|weeks?|fortnights?|months?|years?)\\s+(?:ago|after)\\b`],
  // ("in the last year", "over the past month": a stretch of time up to now, no calendar year or month.)
  ['period', `\\b(?<!\\bthe\\s+)(last|this|next|earlier\\s+this|later\\s+this)\\s+(week|month|year)\\b`],
  // "last weekend", "over the weekend": the Saturday and Sunday, dated by the week they end.
  ['weekend', `\\b(last|this|next|past|over\\s+the|at\\s+the|on\\s+the)\\s+weekend\\b`],
  [
    'dayAround',
    `\\b(?:just\\s+)?(?:(?:a|one)\\s+day\\s+(after|before|later|earlier)|the\\s+(?:day|night)\\s+(before|after)|the\\s+(next|following|previous)\\s+(?:day|night))\\b`,
  ],
  [
    'word',
    // "the overnight assault", "Wednesday's overnight attack": a night the text has named, not last night; "the
    // largest single overnight bombardment" ranks nights, and names none.
    // "overnight on Aug. 28", "overnight into Sunday": the date that follows names the night.
    `\\b(today|tonight|this\\s+morning|this\\s+afternoon|this\\s+evening|yesterday|tomorrow|(?<!\\bthe\\s|['’]s\\s|\\b(?:largest|biggest|heaviest|deadliest|record|single)\\s)overnight(?!\\s+(?:on|of|into|to)\\s+(?:the\\s+night\\s+of\\s+|early\\s+)?(?:\\d{1,2}\\b|${DAY_MONTH}\\s*\\d|${WEEKDAY}))|last\\s+night|(?<=\\b(?:over|during|in|through)\\s+the\\s+)past\\s+night)\\b`,
  ],
  // "In 2022, Russia invaded": a comma may follow a year, though not a digit after it ("2022,500").
  ['year', `(?<![\\d,.\\-–])\\b(1[89]\\d\\d|20\\d\\d)\\b(?![\\d%\\-]|,\\d)`],
]
const DATE_PATTERN = new RegExp(PATTERNS.map(([name, source]) => `(?<${name}>${source})`).join('|'), 'gi')
/** A cheap first look: most sentences name no date at all. */
const MAY_HAVE_DATE =
  /\d{4}|\d\s*[A-Z]|\d\/\d|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[a-z]|\.?\s*\d)|May\b|[Tt]o(?:day|night|morrow)|[Yy]esterday|[Oo]vernight|night|ago\b|day|week|month|year/
/** Words of a day still to come. "is due to meet" is; "killed due to a missile attack" is a cause. */
const FUTURE =
  /\b(?:will|'ll|’ll|could|might|next|upcoming|coming|scheduled|(?:is|are|was|were|be)\s+due|due(?!\s+to\b)|plans?\s+to|expected\s+to|set\s+(?:to|for)|is\s+to|are\s+to)\b/i
/**
 * "He said he would speak with Putin on Monday", "has said he will speak with Putin and Zelenskyy on Monday":
 * a day ahead of when it was said, which may be before or after the report's; not where the day is of a thing
 * the future follows on ("will begin talks after a call with Putin on Monday").
 */
function aheadOfSaying(clause: string): boolean {
  const future = clause.match(FUTURE_OR_WOULD)
  return !!future && !EARLIER_THING.test(clause.slice((future.index ?? 0) + future[0].length))
}
const FUTURE_OR_WOULD = new RegExp(`\\bwould\\b|${FUTURE.source}`, 'i')
const EARLIER_THING = /\b(?:after|following|since|before|when)\b/i

/**
 * "nearly", "almost": fewer than the count, before it. "Nearly four years ago" in November 2025 is in 2022, not
 * 2021; "over three years ago" is the year three back, as the war's start in February 2022 is in June 2025.
 */
const ROUGHLY = /\b(?:nearly|almost|less\s+than|under|not\s+quite)\s+$/i
/** "by 8 August", "until August 8", "ahead of the 8 August deadline": a date things must happen before. */
const DEADLINE = /\b(?:by|until|till|before|ahead\s+of|deadline\s+of)\s+(?:the\s+)?$/i
/** How far ahead of its report a deadline's date may fall and still be the coming one. */
const DEADLINE_DAYS = 90

type Day = { y: number; m: number; d: number }

const pad = (n: number) => String(n).padStart(2, '0')
const toDay = (t: number): Day => {
  const date = new Date(t)
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }
}
const time = ({ y, m, d }: Day) => Date.UTC(y, m - 1, d)
const addDays = (day: Day, n: number) => toDay(time(day) + n * 86_400_000)
const dayString = ({ y, m, d }: Day): ResolvedDate => ({ date: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' })
const monthString = (y: number, m: number): ResolvedDate => {
  const year = y + Math.floor((m - 1) / 12)
  const month = (((m - 1) % 12) + 12) % 12
  return { date: `${year}-${pad(month + 1)}`, precision: 'month' }
}
const weekOf = (day: Day): ResolvedDate => {
  const weekday = (new Date(time(day)).getUTCDay() + 6) % 7
  return { date: dayString(addDays(day, -weekday)).date, precision: 'week' }
}

export function parseDay(iso: string | null | undefined): Day | null {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/)
  if (!match) return null
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) }
}

/** A date ("2025-05-18", or a timestamp that starts with one) as a count of days, to tell days apart. */
export function dayNumber(iso: string | null | undefined): number | null {
  const day = parseDay(iso)
  return day ? Date.UTC(day.y, day.m - 1, day.d) / 86_400_000 : null
}

/**
 * "designated Friday as a day of mourning", "Saturday has been declared a day of mourning": a day of mourning
 * is declared for the day of the report or one soon after, or told of a few days on.
 */
const MOURNING =
  /^\s+(?:(?:has\s+been|had\s+been|was|is)\s+(?:declared|designated|proclaimed|announced)\s+|will\s+be\s+(?:(?:declared|designated|proclaimed|announced)\s+)?)?(?:as\s+)?an?\s+(?:national\s+)?day\s+of\s+mourning\b/i

type Context = {
  readonly publishedAt?: string | null
  readonly isFuture?: boolean
  /** "He announced he would speak with Putin on Monday": a day ahead of when it was said, the nearest one. */
  readonly nearest?: boolean
  readonly anchor?: Day | null
  /** "the night of May 17-18": a night, dated by its morning. */
  readonly night?: boolean
  /** A day its own sentence names before the phrase: what "Monday's meeting came three days after" counts from. */
  readonly own?: Day | null
  /** "a ceasefire by 8 August": a deadline, likely the one ahead of the report where it falls soon after. */
  readonly deadline?: boolean
}

/**
 * Resolves one date phrase against the article's date: "last month" (2025-04-26) → 2025-03,
 * "on Friday" (a Saturday) → the day before, "February" → the February before publication.
 */
/**
 * The year of a day and month the text gives without one: the report's, or the year before where the day
 * would fall after the report; a year on where the text looks ahead to a day already past. A deadline ("by 8
 * August") within a few months ahead is this year's.
 */
function yearOfDay(published: Day, m: number, d: number, isFuture: boolean, deadline: boolean): number {
  let y = published.y
  const soon = deadline && time({ y, m, d }) <= time(addDays(published, DEADLINE_DAYS))
  if (!isFuture && !soon && time({ y, m, d }) > time(addDays(published, 2))) y -= 1
  if (isFuture && time({ y, m, d }) < time(published)) y += 1
  return y
}

export function resolveDate(phrase: string, context: Context): ResolvedDate | null {
  const match = new RegExp(DATE_PATTERN.source, 'i').exec(phrase)
  if (!match?.groups) return null
  return resolveMatch(match, { night: isNightOf(phrase.slice(0, match.index)), ...context })
}

/** Text that ends "the night of" or "overnight on", before a date: "on the night of May 17-18". */
const isNightOf = (before: string) => /\b(?:night\s+of|overnight\s+(?:on|of))\s+(?:the\s+)?$/i.test(before)

/** "August", "Aug." and "aug" are all 8. */
function monthNumber(name: string): number {
  const short = name.toLowerCase().replace(/\.$/, '').slice(0, 3)
  return MONTHS.findIndex((m) => m.startsWith(short)) + 1
}

function resolveMatch(
  match: RegExpExecArray,
  {
    publishedAt,
    isFuture = false,
    nearest = false,
    anchor,
    night = false,
    own = null,
    deadline = false,
  }: Context,
): ResolvedDate | null {
  const g = match.groups ?? {}
  const text = match[0]
  const lower = text.toLowerCase()
  const published = parseDay(publishedAt)
  const parts = (name: string) => {
    const [first, count] = GROUPS.get(name) ?? [0, 0]
    return match.slice(first, first + count)
  }
  if (g.year) return { date: g.year, precision: 'year' }
  if (g.iso) {
    const [y, m, d] = parts('iso').map(Number)
    return isDay(y, m, d) ? dayString({ y: y as number, m: m as number, d: d as number }) : null
  }
  if (g.slashed) {
    const [first, second, y] = parts('slashed').map(Number)
    if (!first || !second || (first <= 12 && second <= 12 && first !== second)) return null
    const [d, m] = first > 12 ? [first, second] : [second, first]
    return isDay(y, m, d) ? dayString({ y: y as number, m, d }) : null
  }
  if (g.slashedShort) {
    const [first, second] = parts('slashedShort').map(Number)
    if (!first || !second || first <= 12 === second <= 12 || !published) return null
    const [d, m] = first > 12 ? [first, second] : [second, first]
    const y = yearOfDay(published, m, d, isFuture, deadline)
    return isDay(y, m, d) ? dayString({ y, m, d }) : null
  }
  if (g.dayMonth || g.monthDay) {
    const [day, monthName, year] = g.dayMonth
      ? parts('dayMonth')
      : (([monthName, first, second, year]) => [(night && second) || first, monthName, year])(
          parts('monthDay'),
        )
    const m = monthNumber(monthName ?? '')
    const d = Number(day)
    if (!isCapitalised(monthName) || d < 1 || d > 31) return null
    if (year) return dayString({ y: Number(year), m, d })
    if (!published) return null
    return dayString({ y: yearOfDay(published, m, d, isFuture, deadline), m, d })
  }
  if (g.month) {
    const [modifier, monthName, year] = parts('month')
    if (!isCapitalised(monthName)) return null
    const m = monthNumber(monthName ?? '')
    if (year) return monthString(Number(year), m)
    if (!published) return null
    const mod = modifier?.toLowerCase()
    // "next August" in August is a year on; "by the end of August", looking ahead in August, is this one.
    if (mod === 'next') return monthString(m > published.m ? published.y : published.y + 1, m)
    if (isFuture && mod !== 'last') return monthString(m >= published.m ? published.y : published.y + 1, m)
    if (mod === 'this') return monthString(published.y, m)
    const lastYear = m > published.m || (mod === 'last' && m === published.m)
    return monthString(lastYear ? published.y - 1 : published.y, m)
  }
  if (g.weekday) {
    const [modifier, name] = parts('weekday')
    if (!isCapitalised(name) || !published) return null
    const target = WEEKDAYS.indexOf((name ?? '').toLowerCase())
    const today = new Date(time(published)).getUTCDay()
    const mod = modifier?.toLowerCase()
    if (mod === 'next' || mod === 'coming' || (isFuture && mod !== 'last' && mod !== 'past')) {
      return dayString(addDays(published, (target - today + 7) % 7 || 7))
    }
    // "This Friday" is the Friday of the report's week, Monday to Sunday, whichever side of the report it falls.
    if (mod === 'this') return dayString(addDays(published, ((target + 6) % 7) - ((today + 6) % 7)))
    // Reports tell of the past: "on Friday" written on a Saturday is the day before, never the Friday after.
    const back = (today - target + 7) % 7
    // "would speak on Monday" in a report of Sunday is the day after; "would travel on Saturday", the day before.
    if (nearest && !mod && back > 3) return dayString(addDays(published, 7 - back))
    return dayString(addDays(published, -(mod === 'last' || mod === 'past' ? back || 7 : back)))
  }
  if (!published) return null
  if (g.ago) {
    const [count, unit] = parts('ago')
    // "two months ago" counts from the report; "Monday's meeting came three days after", from Monday; "The
    // meeting came a day after", in a report of the next day, from the day the story last named.
    const from = /after$/i.test(lower) ? (own ?? anchor ?? published) : published
    const n = /^a few|several$/i.test(count ?? '')
      ? 3
      : /^an?$/i.test(count ?? '')
        ? 1
        : (parseNumber(count ?? '') ?? 1)
    const u = (unit ?? '').toLowerCase().replace(/s$/, '')
    if (u === 'day') return dayString(addDays(from, -n))
    if (u === 'week') return weekOf(addDays(from, -7 * n))
    // "A fortnight ago": about two weeks back, as their week.
    if (u === 'fortnight') return weekOf(addDays(from, -14 * n))
    if (u === 'month') return monthString(from.y, from.m - n)
    return { date: String(from.y - n), precision: 'year' }
  }
  if (g.period) {
    const [which, unit] = parts('period')
    const offset = /^last/i.test(which ?? '') ? -1 : /^next/i.test(which ?? '') ? 1 : 0
    if (unit?.toLowerCase() === 'week') {
      // "Last week" in a report of a Saturday or Sunday may be the week it ends or the one before.
      const weekday = new Date(time(published)).getUTCDay()
      if (offset === -1 && (weekday === 0 || weekday === 6))
        return { ...weekOf(addDays(published, -7)), days: 14 }
      return weekOf(addDays(published, 7 * offset))
    }
    if (unit?.toLowerCase() === 'month') return monthString(published.y, published.m + offset)
    return { date: String(published.y + offset), precision: 'year' }
  }
  if (g.weekend) {
    const [which] = parts('weekend')
    const mod = (which ?? '').toLowerCase()
    // The weekend's Saturday: the last one on or before the report, or the one before it for "last weekend"
    // in a report of a Saturday or Sunday; the coming one where the text speaks of what will be.
    const weekday = new Date(time(published)).getUTCDay()
    const sinceSaturday = (weekday + 1) % 7
    const inWeekend = weekday === 0 || weekday === 6
    const saturday =
      mod === 'next' || (isFuture && mod !== 'last' && mod !== 'past')
        ? addDays(published, inWeekend ? 7 - sinceSaturday : 6 - weekday)
        : addDays(published, -sinceSaturday - (mod === 'last' && inWeekend ? 7 : 0))
    return weekOf(saturday)
  }
  if (g.dayAround) {
    const base = /\bthe\b/.test(lower) ? (anchor ?? published) : published
    // "comes just a day after X": X was yesterday; "one day before a scheduled call": the call is tomorrow.
    if (/\b(?:a|one)\s+day\s+after/.test(lower)) return dayString(addDays(own ?? anchor ?? published, -1))
    if (/\b(?:a|one)\s+day\s+before/.test(lower)) return dayString(addDays(published, 1))
    // "A day earlier, Russia had launched 90 drones": a day before the day last named (or the report's).
    if (/\b(?:a|one)\s+day\s+earlier/.test(lower)) return dayString(addDays(anchor ?? published, -1))
    if (/\b(?:a|one)\s+day\s+later/.test(lower)) return dayString(addDays(anchor ?? published, 1))
    if (/before|previous/.test(lower)) return dayString(addDays(base, -1))
    return dayString(addDays(base, 1))
  }
  if (g.word) {
    if (lower === 'yesterday') return dayString(addDays(published, -1))
    if (lower === 'tomorrow') return dayString(addDays(published, 1))
    return dayString(published)
  }
  return null
}

function countGroups(source: string): number {
  return (source.match(/\((?!\?)/g) ?? []).length
}

/** Where each pattern's own groups sit in a match of DATE_PATTERN: its first group's index, and how many. */
const GROUPS = new Map<string, [number, number]>()
{
  let group = 1
  for (const [name, source] of PATTERNS) {
    GROUPS.set(name, [group + 1, countGroups(source)])
    group += 1 + countGroups(source)
  }
}

/** Whether `day` falls on the weekday a phrase names ("Tuesday", "on Tuesday's"). */
function isWeekday(day: Day, phrase: string): boolean {
  const name = WEEKDAYS[new Date(time(day)).getUTCDay()] ?? ''
  return phrase.toLowerCase().includes(name)
}

/** Whether a year, month and day name a day of the calendar. */
function isDay(y: number | undefined, m: number | undefined, d: number | undefined): boolean {
  if (!y || !m || !d || m > 12) return false
  return toDay(time({ y, m, d })).d === d
}

function isCapitalised(word: string | undefined): boolean {
  return !!word && word[0] === word[0]?.toUpperCase()
}

function nextDay(date: string): string {
  const day = parseDay(date)
  return day ? dayString(addDays(day, 1)).date : date
}

const NIGHT_TO_MORNING = new RegExp(
  `^\\s*(?:to|into|-|–|and\\s+(?:early|into))\\s+(?:early\\s+)?(?:on\\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|${DAY_MONTH}\\s*\\d{1,2}\\b|\\d{1,2}\\s+${DAY_MONTH}|\\d{1,2}(?:st|nd|rd|th)?(?=[\\s,.;]|$)(?!\\s+(?:people|persons|civilians|drones|missiles|of)\\b))`,
  'i',
)

/** "On the night of July 4 (from 18:00 on July 3)", "starting at 21:00 on 26 April": the evening a night starts. */
const EVENING_FROM = new RegExp(
  String.raw`\b(?:from|since|starting\s+(?:at|from)|beginning\s+at)\s+(?:(?:1[5-9]|2[0-3])[:.]\d{2}|(?:[3-9]|1[01])(?:[:.]\d{2})?\s*p\.?m\.?)\s+(?:\(?[A-Z][a-z]+\s+time\)?\s+)?(?:on\s+)?(?:${WEEKDAY},?\s+)?$`,
  'i',
)

/** "the Saturday-Sunday night", "the Saturday to Sunday night": the first day's evening, the second's morning. */
const PAIR_NIGHT = new RegExp(`^(?:\\s*[-–/]\\s*|\\s+(?:to|into)\\s+)${WEEKDAY}\\s+night\\b`, 'i')
const PAIRED = new RegExp(`\\b${WEEKDAY}(?:\\s*[-–/]\\s*|\\s+(?:to|into)\\s+)$`, 'i')

const WEEKDAY_DATED = new RegExp(
  `^\\s*[,(]?\\s*(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${DAY_MONTH}|${DAY_MONTH}\\s+\\d{1,2}\\b)`,
  'i',
)

/** Every date an article states, resolved against its publication date (or the event's, when it has none). */
export function extractDates(
  text: string,
  { publishedAt }: { publishedAt?: string | null },
  sentences: readonly Sentence[] = splitSentences(text),
): DateMention[] {
  const mentions: DateMention[] = []
  let anchor: Day | null = null
  const published = parseDay(publishedAt)
  for (const sentence of sentences) {
    if (!MAY_HAVE_DATE.test(sentence.text)) continue
    let own: Day | null = null
    for (const match of allMatches(DATE_PATTERN, sentence.text)) {
      const before = sentence.text.slice(0, match.index ?? 0)
      // "Mirage 2000 jets", "Euro 2024": a year in a name dates nothing.
      if (match.groups?.year && followsName(before)) continue
      const rest = sentence.text.slice((match.index ?? 0) + match[0].length)
      // "on Monday, May 19": the date that follows is the weekday's, whatever day the report was filed.
      if (match.groups?.weekday && WEEKDAY_DATED.test(rest)) continue
      // "the night of Monday to Tuesday", "late Monday and early Tuesday": the night is dated by its morning.
      // "On Sunday night" ends on Monday morning: which of the two days its counts are, the text leaves open.
      const eve =
        !!(match.groups?.weekday || match.groups?.monthDay || match.groups?.dayMonth) &&
        ((NIGHT_TO_MORNING.test(rest) &&
          /\b(?:night\s+of|from|late|overnight)\s+(?:on\s+)?$/i.test(before)) ||
          PAIR_NIGHT.test(rest) ||
          EVENING_FROM.test(before) ||
          (/^\s+night\b/i.test(rest) && !PAIRED.test(before)))
      const clause = (before.split(/[,;]/).at(-1) ?? '').slice(-120)
      const isFuture = FUTURE.test(clause.slice(-70))
      let resolved = resolveMatch(match as RegExpExecArray, {
        publishedAt,
        isFuture,
        nearest: aheadOfSaying(clause) || MOURNING.test(rest),
        deadline: DEADLINE.test(before),
        anchor,
        night: isNightOf(before),
        own,
      })
      if (!resolved) continue
      // "Since the invasion started nearly four years ago": fewer years than told name no calendar year.
      if (match.groups?.ago && resolved.precision === 'year' && ROUGHLY.test(before)) continue
      // "overnight into Tuesday" in a report filed on Monday evening: the morning after the report, where
      // the past tense would reach back six days.
      const into = !!match.groups?.weekday && /\binto\s+(?:early\s+)?$/i.test(before) && published
      if (into && resolved.precision === 'day') {
        const tomorrow = addDays(published, 1)
        if (dayString(tomorrow).date !== resolved.date && isWeekday(tomorrow, match[0]))
          resolved = dayString(tomorrow)
      }
      const start = sentence.start + (match.index ?? 0)
      const g = match.groups ?? {}
      const relative = !!(
        g.weekday ||
        g.ago ||
        g.period ||
        g.dayAround ||
        g.word ||
        (g.month && /^\s*(?:last|this|next)\b/i.test(match[0]))
      )
      mentions.push({
        date: resolved.date,
        precision: resolved.precision,
        ...(resolved.days ? { days: resolved.days } : {}),
        span: { start, end: start + match[0].length },
        phrase: match[0],
        relative,
        sentence: sentence.index,
        ...(eve && resolved.precision === 'day' ? { morning: nextDay(resolved.date) } : {}),
      })
      // "The day before" counts back from the story's days, not from one it recalls ("since their clash on
      // Feb. 28", "overnight, a day after a record attack": the record attack's day is not the story's).
      const recalls = /\bdays?\s+(?:after|before)\b/i.test(match[0])
      const day = resolved.precision === 'day' && !recalls ? parseDay(resolved.date) : null
      if (day && (!published || Math.abs(time(day) - time(published)) <= 14 * 86_400_000)) anchor = day
      if (day) own = day
    }
  }
  return mentions
}
