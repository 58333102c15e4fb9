import { describe, expect, it } from 'vitest'
import { extractDates, resolveDate } from './dates'

describe(resolveDate.name, () => {
  it.each([
    ['at the Oval Office last month', '2025-04-26', '2025-03'],
    ['a tense February encounter', '2025-04-26', '2025-02'],
    ['their sudden falling out last February', '2025-04-26', '2025-02'],
    ['a deal signed in November', '2025-04-26', '2024-11'],
    ['talks planned for next month', '2025-04-26', '2025-05'],
    ['the attack in January 2024', '2025-04-26', '2024-01'],
    ['annexed by Russia in 2014', '2025-04-26', '2014'],
    ['In 2022, Russia invaded', '2025-04-26', '2022'],
    ['two months ago', '2025-04-26', '2025-02'],
    ['since last year', '2025-04-26', '2024'],
  ])('“%s” (%s) → %s', (phrase, publishedAt, date) => {
    expect(resolveDate(phrase, { publishedAt })?.date).toBe(date)
  })

  // Past-tense reports of a weekday mean the one before publication; libraries often pick the next one.
  it.each([
    ['On Friday, the envoy met Putin', '2025-04-26', '2025-04-25'], // written on a Saturday
    ['a phone call on Monday', '2025-08-19', '2025-08-18'], // written on a Tuesday
    ['Trump posted on Thursday', '2025-04-26', '2025-04-24'],
    ['the strike on Sunday', '2025-05-18', '2025-05-18'], // written that Sunday
    ['last Friday', '2025-04-25', '2025-04-18'],
    ['yesterday', '2025-04-26', '2025-04-25'],
    ['overnight', '2025-05-18', '2025-05-18'],
    ['destroyed 524 drones over the past night', '2025-05-18', '2025-05-18'],
    ['just a day after the meeting', '2025-04-26', '2025-04-25'],
    ['The previous night, Russia had launched 499 drones', '2025-06-11', '2025-06-10'],
    ['in the early hours of 24 April', '2025-04-26', '2025-04-24'],
    ['on April 24', '2025-04-26', '2025-04-24'],
    ['On Aug. 12, drones hit Odesa', '2025-08-14', '2025-08-12'], // wire style cuts the month short
    ['on the night of May 17-18', '2025-05-18', '2025-05-18'], // a night is dated by its morning
    ['on the night of 13-14 August', '2025-08-14', '2025-08-14'],
    ['talks on May 16–17', '2025-05-20', '2025-05-16'],
    ['on 12 Sept', '2025-09-14', '2025-09-12'],
    ['It was Sept. 3, 2024', '2025-08-14', '2024-09-03'],
    ['the summit on 2025-03-18', '2025-04-26', '2025-03-18'],
    ['Russia hit Kyiv on 24/04/2025', '2025-04-26', '2025-04-24'],
    ['Russia hit Kyiv on 4/24/2025', '2025-04-26', '2025-04-24'],
    // "on 18/8", with no year: a day and month where one is over 12, in the report's year or the one before.
    ['Leaders met at the White House on 18/8', '2025-08-19', '2025-08-18'],
    ['They met on 12/28', '2026-01-05', '2025-12-28'],
    // "This Friday" is the Friday of the report's week, before it or after it.
    ['The meeting is set for this Friday', '2025-06-19', '2025-06-20'], // written on a Thursday
    ['He spoke this Monday', '2025-06-19', '2025-06-16'],
    ['The call took place a fortnight ago', '2025-06-19', '2025-06-02'], // that week's Monday
  ])('“%s” (%s) → %s', (phrase, publishedAt, date) => {
    expect(resolveDate(phrase, { publishedAt })?.date).toBe(date)
  })

  // A weekend is dated by the week it ends, as "last week" is: its Monday.
  it.each([
    ['the attack last weekend', '2025-07-10', { isFuture: false }, '2025-06-30'], // a Thursday
    ['over the weekend', '2025-07-07', { isFuture: false }, '2025-06-30'], // the Monday after it
    ['last weekend', '2025-07-06', { isFuture: false }, '2025-06-23'], // a Sunday: the weekend before
    ['over the weekend', '2025-07-06', { isFuture: false }, '2025-06-30'], // a Sunday: this one
    ['talks at the weekend', '2025-07-10', { isFuture: true }, '2025-07-07'],
    ['next weekend', '2025-07-05', { isFuture: false }, '2025-07-07'], // a Saturday: the one after
  ])('“%s” (%s) → the week of %s', (phrase, publishedAt, context, date) => {
    const resolved = resolveDate(phrase, { publishedAt, ...context })
    expect([resolved?.date, resolved?.precision]).toEqual([date, 'week'])
  })

  it.each([
    ['Russia launched 524 weapons during the overnight assault.'],
    ['In Wednesday’s overnight attack, 26 people died.'],
  ])('reads no night of its own in “%s”: the text has named the night before', (text) => {
    expect(extractDates(text, { publishedAt: '2025-11-20' }).map((d) => d.phrase)).not.toContain('overnight')
  })

  it.each([
    ['Russia attacked Ukraine overnight on Aug. 28.', ['Aug. 28=2025-08-28']],
    ['Russia attacked Ukraine overnight on Thursday.', ['Thursday=2025-08-28']],
    ['Russia attacked Ukraine overnight.', ['overnight=2025-08-29']],
    ['Russia attacked Ukraine overnight into Friday.', ['Friday=2025-08-29']],
    // A report filed on the Friday evening, of the night into Saturday: not the Saturday six days before.
    ['Russia attacked Ukraine overnight into Saturday.', ['Saturday=2025-08-30']],
  ])('reads “%s” by the night it names, in a report of the day after', (text, dates) => {
    expect(extractDates(text, { publishedAt: '2025-08-29' }).map((d) => `${d.phrase}=${d.date}`)).toEqual(
      dates,
    )
  })

  it('counts “the previous night” back from the story’s night, not from a day it recalls', () => {
    const text =
      'Russia attacked overnight, the air force said on Tuesday, a day after a record attack. The previous night, Russia had launched 479 drones.'
    expect(extractDates(text, { publishedAt: '2025-06-10' }).map((d) => `${d.phrase}=${d.date}`)).toEqual([
      'overnight=2025-06-10',
      'Tuesday=2025-06-10',
      'a day after=2025-06-09',
      'The previous night=2025-06-09',
    ])
  })

  it('dates “overnight on June 28-29” by its morning', () => {
    const dates = extractDates('Russia struck overnight on June 28-29.', { publishedAt: '2025-06-30' })
    expect(dates.find((d) => d.phrase === 'June 28-29')?.date).toBe('2025-06-29')
  })

  it.each([
    ['Russia struck on the night of Saturday to Sunday.', 'Saturday'],
    ['Russia fired 367 drones at Ukraine overnight Saturday into Sunday.', 'Saturday'],
    ['Russia struck on Saturday night.', 'Saturday'],
    ['The attack began on the night of May 24 to May 25.', 'May 24'],
    ['Russia struck overnight on 24 May into 25 May.', '24 May'],
    ['On the night of May 24 to 25, Russia launched 367 drones.', 'May 24'],
    ['During the Saturday-Sunday night, drones attacked.', 'Saturday'],
    ['On the Saturday to Sunday night, drones attacked.', 'Saturday'],
    // The Ukrainian air force's own wording: a night counted from the evening before.
    ['On the night of 25 May (from 18:00 on 24 May), the enemy attacked with 367 drones.', '24 May'],
    ['From 6 p.m. on Saturday, the enemy launched 100 drones.', 'Saturday'],
    ['Starting at 21:00 on Saturday, May 24, the Russians launched 149 drones.', 'May 24'],
  ])('gives the evening of a night its morning: “%s”', (text, phrase) => {
    const dates = extractDates(text, { publishedAt: '2025-05-25' })
    expect(dates.find((d) => d.phrase === phrase)).toMatchObject({
      date: '2025-05-24',
      morning: '2025-05-25',
    })
  })

  it.each([
    'During the Saturday-Sunday night, drones attacked.',
    'On the Saturday to Sunday night, drones attacked.',
  ])('reads the second day of “%s” as the morning itself', (text) => {
    const sunday = extractDates(text, { publishedAt: '2025-05-25' }).find((d) => d.phrase === 'Sunday')
    expect(sunday?.date).toBe('2025-05-25')
    expect(sunday?.morning).toBeUndefined()
  })

  it.each([
    'Moscow launched 500 drones, the largest single overnight drone bombardment of the war.',
    'It was the biggest overnight attack since the invasion.',
  ])('reads no night in a ranking of nights: “%s”', (text) => {
    expect(extractDates(text, { publishedAt: '2025-06-10' })).toEqual([])
  })

  // Only after "on", and only where day and month cannot be mistaken.
  it.each(['The hotline runs 24/7.', 'They met on 3/4 in Rome.', 'The vote was 50/50.'])(
    'reads no date in a pair of numbers with a slash: “%s”',
    (text) => {
      expect(extractDates(text, { publishedAt: '2025-06-10' })).toEqual([])
    },
  )

  it.each([
    ['the most massive attack in the last year', []],
    ['formalized within the next week to 10 days', []],
    ['just like last year', ['2023']],
    ['It happened last month.', ['2024-02']],
    // Nearly so many years ago names no calendar year; so many, or more, does.
    ['Since the invasion started nearly four years ago, Russia has struck.', []],
    ['The war began three years ago.', ['2021']],
    ['The war began more than two years ago.', ['2022']],
  ])('reads "the last year" as a stretch of time up to now, "last year" as the year: “%s”', (text, dates) => {
    expect(extractDates(text, { publishedAt: '2024-03-22' }).map((d) => d.date)).toEqual(dates)
  })

  it('reads no date in a verb that spells like a month', () => {
    expect(resolveDate('protests may mar the talks', { publishedAt: '2025-08-14' })).toBeNull()
  })

  it.each([
    ['A meeting could take place by the end of August or in September.', ['2025-08', '2025-09']],
    ['A summit might be held in October.', ['2025-10']],
    ['Talks could resume in March.', ['2026-03']],
    ['He said in March that talks could resume.', ['2025-03']],
    ['In September, Russia launched 500 drones.', ['2024-09']],
  ])('reads the months of what could or might be as ahead: “%s”', (text, months) => {
    expect(extractDates(text, { publishedAt: '2025-08-19' }).map((d) => d.date)).toEqual(months)
  })

  it.each([
    ['Trump threatened sanctions if Putin does not agree to a ceasefire by 8 August.', '2025-08-08'],
    ['Putin had until 8 August to agree.', '2025-08-08'],
    ['The attack on 8 August killed two.', '2024-08-08'],
    ['Talks must end by 30 December.', '2024-12-30'],
  ])('reads a deadline soon after the report (31 July) as the coming one: “%s”', (text, date) => {
    expect(extractDates(text, { publishedAt: '2025-07-31' }).map((d) => d.date)).toEqual([date])
  })

  it.each([
    ['Kyiv Mayor Vitalii Klitschko designated Friday as a day of mourning.', '2025-04-25'],
    ['Zelensky declared Sunday a day of mourning.', '2025-04-27'],
    ['Sunday has been declared a day of mourning in the city.', '2025-04-27'],
    ['Friday will be a day of mourning.', '2025-04-25'],
    ['Thursday has been declared a day of mourning.', '2025-04-24'],
    ['On Friday, Kyiv mourned its dead.', '2025-04-18'],
  ])('reads a day of mourning as the report’s day (a Thursday) or one ahead: “%s”', (text, date) => {
    expect(extractDates(text, { publishedAt: '2025-04-24' }).map((d) => d.date)).toEqual([date])
  })

  it.each([
    ['The death toll due to a Russian missile attack climbed to 21 on Sunday.', '2023-01-15'],
    ['Flights were cancelled due to fog on Saturday.', '2023-01-14'],
    ['The talks are due to resume on Monday.', '2023-01-16'],
    ['The envoy is due in Moscow on Tuesday.', '2023-01-17'],
  ])('reads "due to" a cause as no day ahead, and what is due as one (a Sunday): “%s”', (text, date) => {
    expect(extractDates(text, { publishedAt: '2023-01-15' }).map((d) => d.date)).toEqual([date])
  })

  it.each([
    [
      'Trump has said he will speak with Russian President Vladimir Putin and Ukraine’s president on Monday.',
      '2025-05-19',
    ],
    ['Trump announced that he would speak with both Putin and Zelensky on Monday.', '2025-05-19'],
    ['He said he would travel to Rome on Saturday.', '2025-05-17'],
    ['Trump said talks would begin following a phone call with Putin on Monday.', '2025-05-12'],
  ])('reads a day ahead of when it was said as the nearest such day (a Sunday): “%s”', (text, date) => {
    expect(extractDates(text, { publishedAt: '2025-05-18' }).map((d) => d.date)).toEqual([date])
  })

  it('looks forward when the text does', () => {
    expect(resolveDate('next Monday', { publishedAt: '2025-08-19' })?.date).toBe('2025-08-25')
    expect(resolveDate('last week', { publishedAt: '2025-05-19' })).toEqual({
      date: '2025-05-12',
      precision: 'week',
    })
  })

  it.each([
    ['2025-04-26', '2025-04-14'], // a Saturday
    ['2025-04-27', '2025-04-14'], // a Sunday
  ])(
    'reads "last week" in a weekend report (%s) as the week it ends or the one before',
    (publishedAt, monday) => {
      expect(resolveDate('last week', { publishedAt })).toEqual({ date: monday, precision: 'week', days: 14 })
    },
  )

  it('leaves a relative date unresolved when the article has no date', () => {
    expect(resolveDate('last month', { publishedAt: null })).toBeNull()
    expect(resolveDate('in 2022', { publishedAt: null })?.date).toBe('2022')
  })
})

describe(extractDates.name, () => {
  it.each([
    ['French-supplied Mirage 2000 jets were used for the first time.', []],
    ['In 2000, Putin came to power, and the jets were bought in 2014.', ['2000', '2014']],
  ])('reads no year in a name: “%s”', (text, years) => {
    expect(extractDates(text, { publishedAt: '2025-03-07' }).map((d) => d.date)).toEqual(years)
  })

  // A weekday beside the date it falls on is that date, however long before the report it was.
  it.each([
    ['Trump spoke with Putin for more than two hours on Monday, May 19.', [['May 19', '2025-05-19']]],
    ['It happened on Friday (18 April).', [['18 April', '2025-04-18']]],
    ['On Friday, 18 prisoners were freed.', [['Friday', '2025-07-04']]],
  ])('reads a weekday by the date beside it: “%s”', (text, dates) => {
    expect(extractDates(text, { publishedAt: '2025-07-09' }).map((d) => [d.phrase, d.date])).toEqual(dates)
  })

  it('reads "the day before" from the last day the text named', () => {
    const text = 'On Friday, the envoy met Putin. The day before, Russia launched 70 missiles.'
    expect(extractDates(text, { publishedAt: '2025-04-26' }).map((d) => [d.phrase, d.date])).toEqual([
      ['Friday', '2025-04-25'],
      ['The day before', '2025-04-24'],
    ])
  })

  it.each([
    [
      "Monday's meeting came three days after Trump's summit with Putin in Alaska.",
      [
        ["Monday's", '2025-08-18'],
        ['three days after', '2025-08-15'],
      ],
    ],
    [
      'The call on Monday came a day after Russia launched 273 drones.',
      [
        ['Monday', '2025-08-18'],
        ['a day after', '2025-08-17'],
      ],
    ],
    // With no day of its own, the sentence counts from the report's, or from the day the story last named.
    ['The meeting came three days after the summit.', [['three days after', '2025-08-16']]],
    [
      'Trump met Zelensky yesterday. The meeting came a day after Witkoff met Putin.',
      [
        ['yesterday', '2025-08-18'],
        ['a day after', '2025-08-17'],
      ],
    ],
  ])('counts “days after” from the day its own sentence names: “%s”', (text, dates) => {
    expect(extractDates(text, { publishedAt: '2025-08-19' }).map((d) => [d.phrase, d.date])).toEqual(dates)
  })

  it('counts "the day before" from the story’s days, not from a date it recalls', () => {
    const text =
      'It was their first meeting since their clash in the Oval Office on Feb. 28. The day before, the envoy met Putin.'
    expect(extractDates(text, { publishedAt: '2025-04-26' }).map((d) => [d.phrase, d.date])).toEqual([
      ['Feb. 28', '2025-02-28'],
      ['The day before', '2025-04-25'],
    ])
  })

  it.each([
    ['The governor said on May 17 that five people died.', [['May 17', '2025-05-17']]],
    [
      'Russia struck Kharkiv on Friday. A day earlier, it had launched 90 drones.',
      [
        ['Friday', '2025-05-16'],
        ['A day earlier', '2025-05-15'],
      ],
    ],
    [
      'Talks began on Friday. A day later, Russia launched its largest attack.',
      [
        ['Friday', '2025-05-16'],
        ['A day later', '2025-05-17'],
      ],
    ],
    ['The attack came a day after the talks.', [['a day after', '2025-05-17']]],
    ['They met two months after their shouting match.', [['two months after', '2025-03']]],
  ])('reads “%s” (written on Sunday 18 May)', (text, expected) => {
    expect(extractDates(text, { publishedAt: '2025-05-18' }).map((d) => [d.phrase, d.date])).toEqual(expected)
  })

  it.each([['on 03/04/2025'], ['on 31/02/2025'], ['on 2025-02-30']])(
    'reads no day, nor a year, in “%s”, whose day and month cannot be told apart or do not exist',
    (text) => {
      expect(extractDates(text, { publishedAt: '2025-04-26' })).toEqual([])
    },
  )

  it('ignores the verb "may" and the word "march"', () => {
    expect(extractDates('They may march on the capital.', { publishedAt: '2025-04-26' })).toEqual([])
  })

  it('marks relative dates as relative', () => {
    const [last, absolute] = extractDates('Last month and 2 February', { publishedAt: '2025-04-26' })
    expect([last?.relative, absolute?.relative]).toEqual([true, false])
  })
})
