const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/**
 * "2025-04-26" → "26 April 2025"; "2025-03" → "March 2025"; null → "date unknown". A stretch of days from a
 * day, a week's: "14 – 20 April 2025".
 */
export function formatDate(date: string | null | undefined, days?: number): string {
  if (!date) return 'date unknown'
  if (days && days > 1 && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const start = new Date(`${date}T00:00:00Z`)
    if (!Number.isNaN(start.getTime()))
      return dayFormat.formatRange(start, new Date(start.getTime() + (days - 1) * 86_400_000))
  }
  if (/^\d{4}$/.test(date)) return date
  if (/^\d{4}-\d{2}$/.test(date)) return monthFormat.format(new Date(`${date}-01T00:00:00Z`))
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`)
  return Number.isNaN(day.getTime()) ? 'date unknown' : dayFormat.format(day)
}

export function plural(count: number, noun: string, nouns = `${noun}s`) {
  return `${count} ${count === 1 ? noun : nouns}`
}
