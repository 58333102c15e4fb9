import { describe, expect, it } from 'vitest'
import type { Fact, Mention } from '@/engine'
import { describeMention, earlierFigures, outletMention } from './fact-format'

const fact = (kind: Fact['kind']): Fact => ({
  id: 'f',
  eventId: 'e',
  kind,
  label: 'l',
  verdict: 'agree',
  mentions: [],
  missing: [],
})
const mention = (text: string, extra: Partial<Mention> = {}): Mention => ({
  articleId: 'a',
  start: 0,
  end: text.length,
  text,
  ...extra,
})

describe(describeMention.name, () => {
  it.each([
    [mention('more than 70', { value: 70, unit: 'person', approx: 'more than' }), 'more than 70 people'],
    [mention('one child', { value: 1, unit: 'child' }), '1 child'],
    [mention('5,000 soldiers', { value: 5000, unit: 'soldier' }), '5,000 soldiers'],
    [mention('12 women', { value: 12, unit: 'woman' }), '12 women'],
    [mention('two rescuers', { value: 2, unit: 'emergency worker' }), '2 emergency workers'],
    [mention('roughly 20 percent', { value: 20, unit: 'percent', approx: 'roughly' }), 'roughly 20%'],
    [
      mention('roughly one-fifth', { value: 20, unit: 'percent', approx: 'roughly' }),
      'roughly one-fifth (20%)',
    ],
    [mention('35', { value: 76, unit: 'drone', parts: [41, 35] }), '76 drones (41 + 35)'],
    [mention('two hours and five minutes', { value: 125, unit: 'minute' }), '2 hours 5 minutes'],
    [mention('about 90 minutes', { value: 90, unit: 'minute', approx: 'about' }), 'about 90 minutes'],
    [mention('two-hour', { value: 2, unit: 'hour' }), '2 hours'],
    [
      mention('more than an hour and five minutes', { value: 65, unit: 'minute', approx: 'more than' }),
      'more than 1 hour 5 minutes',
    ],
    [mention('40-minute', { value: 40, unit: 'minute' }), '40 minutes'],
  ])('says what a number mention states: %#', (m, expected) => {
    expect(describeMention(fact('number'), m)).toBe(expected)
  })

  it('shows what a relative date resolves to, and quotes in quote marks', () => {
    expect(describeMention(fact('date'), mention('last month', { date: '2025-03', relative: true }))).toBe(
      'last month → March 2025',
    )
    expect(describeMention(fact('date'), mention('February', { date: '2025-02' }))).toBe('February 2025')
    expect(describeMention(fact('quote'), mention('very close'))).toBe('“very close”')
    // A week is told as its days, not as its Monday (the platform may space the dash thinly).
    const week = (days: number) =>
      describeMention(
        fact('date'),
        mention('last week', { date: '2025-04-14', days, relative: true }),
      ).replace(/\s/g, ' ')
    expect(week(7)).toBe('last week → 14 – 20 April 2025')
    expect(week(14)).toBe('last week → 14 – 27 April 2025')
  })
})

describe(outletMention.name, () => {
  const rounded = mention('almost 200 drones', { value: 200, approx: 'almost', start: 0, end: 17 })
  const exact = mention('194 drones', { value: 194, start: 40, end: 50 })
  const other = { ...mention('194 drones', { value: 194 }), articleId: 'b' }

  it('stands for an outlet by its exact count where it also rounds it, whatever comes first', () => {
    const number = { ...fact('number'), mentions: [rounded, exact, other] }
    expect(outletMention(number, 'a')).toBe(exact)
    expect(outletMention(number, 'b')).toBe(other)
    expect(outletMention(number, 'c')).toBeUndefined()
  })

  it('stands for an outlet by its toll as it stands, never by an earlier figure of it', () => {
    const before = mention('19 people', { value: 19, unit: 'person', earlier: true, start: 0, end: 9 })
    const now = mention('20', { value: 20, unit: 'person', start: 60, end: 62 })
    const number = { ...fact('number'), mentions: [before, now, other] }
    expect(outletMention(number, 'a')).toBe(now)
    expect(earlierFigures(number, 'a')).toBe('earlier 19 people')
    expect(earlierFigures(number, 'b')).toBeNull()
  })

  it('keeps the first where the outlet gives only a rounding, or the fact is no number', () => {
    expect(outletMention({ ...fact('number'), mentions: [rounded, other] }, 'a')).toBe(rounded)
    const first = mention('very close', { start: 0, end: 10 })
    expect(outletMention({ ...fact('quote'), mentions: [first, mention('close')] }, 'a')).toBe(first)
  })
})
