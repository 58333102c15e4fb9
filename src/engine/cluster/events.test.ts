import { describe, expect, it } from 'vitest'
import { extractQuantities } from '../extract/quantities'
import type { Article } from '../types'
import { clusterEvents, countKeys, isDefinite } from './events'

const TWO_NIGHTS =
  'Russia launched 315 drones and seven missiles at Ukraine overnight. ' +
  'The previous night, Russia had launched 479 drones and 20 missiles.'

describe(countKeys.name, () => {
  it.each([
    {
      case: 'two nights told apart by their sentences',
      text: TWO_NIGHTS,
      dayOf: (sentence: number) => (sentence === 0 ? '2025-06-10' : '2025-06-09'),
      has: ['air weapon|launched|-|322', 'air weapon|launched|-|499', 'drone|launched|-|315'],
      lacks: ['air weapon|launched|-|821'],
    },
    {
      case: 'undated counts of one occasion',
      text: 'Russia launched 315 drones and seven missiles at Ukraine overnight.',
      dayOf: () => null,
      has: ['air weapon|launched|-|322', 'missile|launched|-|7'],
      lacks: [],
    },
    {
      case: 'a total given outright adds no sum of its kinds',
      text: 'Russia launched 322 drones and missiles, including 315 drones and seven missiles.',
      dayOf: () => null,
      has: ['air weapon|launched|-|322'],
      lacks: ['air weapon|launched|-|644'],
    },
  ])('$case', ({ text, dayOf, has, lacks }) => {
    const keys = countKeys(extractQuantities(text), (q) => dayOf(q.sentence))
    for (const key of has) expect(keys).toContain(key)
    for (const key of lacks) expect(keys).not.toContain(key)
  })
})

describe(isDefinite.name, () => {
  it.each([
    ['Russia launched 127 missiles overnight.', true],
    ['Russia launched 127 missiles across Ukraine.', true],
    ['Russia fired about 100 missiles overnight.', false],
    ['Russia fired more than 100 missiles overnight.', false],
    ['Air defences destroyed 15 missiles on the approaches to Kyiv.', false],
  ])('%s → %s', (text, expected) => {
    expect(extractQuantities(text).map(isDefinite)).toEqual([expected])
  })
})

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i)

/** A report made of numbered words and count keys ("person|killed|-|7"), published on `day`. */
type Report = {
  readonly terms: readonly number[]
  readonly day: string
  readonly length?: number
  readonly counts?: readonly string[]
  /** Its exact counts of the whole attack; all its counts where not given. */
  readonly definite?: readonly string[]
  /** The days its lead names outright ("On September 3"). */
  readonly told?: readonly string[]
}

/** The events `clusterEvents` finds among reports, each as the ids of its reports. */
function grouping(reports: Readonly<Record<string, Report>>): string[][] {
  return clusterEvents(
    {
      articles: Object.entries(reports).map(([id, r]) => ({
        id,
        outlet: id,
        text: 'x'.repeat(r.length ?? 100),
        publishedAt: r.day,
      })),
    },
    (a) => {
      const r = reports[a.id]
      const keys = new Set(r?.counts ?? [])
      return { all: keys, leading: keys, tonight: keys, definite: new Set(r?.definite ?? keys) }
    },
    (a) => [...(reports[a.id]?.terms ?? [])],
    () => null,
    (a) => new Set((reports[a.id]?.told ?? []).map((d) => Date.parse(d) / 86_400_000)),
  ).map((e) => [...e.articleIds])
}

describe(clusterEvents.name, () => {
  describe('with a report and a short report much like it, read before the event they belong to gathered', () => {
    const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i)
    // The full report is like the event's reports about as much as they are like each other (0.17 to 0.36),
    // the short one like the full report alone (0.68).
    const terms: Record<string, number[]> = {
      full: [...range(1, 4), ...range(50, 4), ...range(200, 6)],
      short: [...range(200, 6), 300],
      a1: [...range(1, 10), 401],
      a2: [...range(1, 10), 402],
      b1: [...range(1, 9), ...range(50, 3), 501],
      b2: [...range(1, 9), ...range(50, 3), 502],
      b3: [...range(1, 9), ...range(50, 3), 503],
    }
    const lengths: Record<string, number> = { full: 900, a1: 800, a2: 700, b1: 600, b2: 500, b3: 400 }
    const none = new Set<string>()
    const grouping = (shortLength: number) =>
      clusterEvents(
        {
          articles: Object.keys(terms).map((id) => ({
            id,
            outlet: id,
            text: 'x'.repeat(lengths[id] ?? shortLength),
            publishedAt: '2025-08-18',
          })),
        },
        () => ({ all: none, leading: none, tonight: none, definite: none }),
        (a) => terms[a.id] ?? [],
      ).map((e) => [...e.articleIds].sort())

    it('merges the two with the event as the full report alone would, where the short one is a snippet', () => {
      expect(grouping(200)).toEqual([['a1', 'a2', 'b1', 'b2', 'b3', 'full', 'short']])
    })

    it('keeps them apart where the second report is as full as a report', () => {
      expect(grouping(500)).toEqual([
        ['full', 'short'],
        ['a1', 'a2', 'b1', 'b2', 'b3'],
      ])
    })
  })

  describe('with reports that share three of their twelve words with an event (cosine about 0.15)', () => {
    const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i)
    const like = (base: number, own: number) => [...range(base, 3), ...range(own, 9)]
    const terms: Record<string, number[]> = {
      talksA: range(1, 12),
      talksB: range(1, 12),
      talksC: like(1, 100),
      strikeA: range(300, 12),
      strikeB: range(300, 12),
      strikeC: like(300, 400),
      lone: like(1, 500),
    }
    const counts: Record<string, string[]> = {
      strikeA: ['person|killed|-|3'],
      strikeB: ['person|killed|-|3'],
      strikeC: ['person|killed|-|5'],
    }
    const texts: Record<string, string> = { talksA: 'aaaa', talksB: 'bbb', strikeA: 'aaaa', strikeB: 'bbb' }
    const keys = (a: Article) => new Set(counts[a.id] ?? [])
    const grouping = (ids: string[]) =>
      clusterEvents(
        {
          articles: ids.map((id) => ({ id, outlet: id, text: texts[id] ?? 'x', publishedAt: '2025-04-26' })),
        },
        (a) => ({ all: keys(a), leading: keys(a), tonight: keys(a), definite: keys(a) }),
        (a) => terms[a.id] ?? [],
      ).map((e) => [...e.articleIds].sort())

    it('joins a report of talks to their event, where a strike report as far apart stays apart', () => {
      // Under the bar for strike reports, over the one for talks, whose outlets word them more freely and
      // whose dates keep them apart.
      expect(grouping(['talksA', 'talksB', 'talksC', 'strikeA', 'strikeB', 'strikeC'])).toEqual([
        ['talksA', 'talksB', 'talksC'],
        ['strikeA', 'strikeB'],
        ['strikeC'],
      ])
    })

    it('starts no event of two reports of talks that far apart: one report is too few to measure against', () => {
      expect(grouping(['talksA', 'lone'])).toEqual([['talksA'], ['lone']])
    })
  })

  it.each([
    { case: 'an approximate count ("about 100 missiles")', definite: [], expected: [['a', 'b']] },
    {
      case: 'an exact count of the whole attack',
      definite: ['missile|launched|-|100'],
      expected: [['a'], ['b']],
    },
  ])(
    'holds a report apart for another count of the same weapons only where it is $case',
    ({ definite, expected }) => {
      // Four words of twelve in common: enough to join without a clash of counts, too few with one.
      const events = grouping({
        a: {
          terms: [...range(1, 4), ...range(100, 8)],
          day: '2024-08-26',
          counts: ['missile|launched|-|127'],
        },
        b: {
          terms: [...range(1, 4), ...range(200, 8)],
          day: '2024-08-26',
          counts: ['missile|launched|-|100'],
          definite,
        },
      })
      expect(events).toEqual(expected)
    },
  )

  it.each([
    {
      case: 'two of its exact counts of weapons, three days on',
      late: ['missile|launched|-|122', 'drone|launched|-|36'],
      day: '2024-01-01',
      together: true,
    },
    { case: 'one of its counts only', late: ['missile|launched|-|122'], day: '2024-01-01', together: false },
    {
      case: 'another value for the weapons sent',
      late: [
        'missile|launched|-|122',
        'drone|launched|-|36',
        'drone|launched|-|40',
        'missile|launched|-|100',
      ],
      day: '2024-01-01',
      together: false,
    },
    {
      case: 'its counts, eight days on',
      late: ['missile|launched|-|122', 'drone|launched|-|36'],
      day: '2024-01-06',
      together: false,
    },
  ])('joins a later report to an event where it gives $case: $together', ({ late, day, together }) => {
    const terms = range(0, 12)
    const events = grouping({
      a: { terms, day: '2023-12-29', counts: ['missile|launched|-|122', 'drone|launched|-|36'] },
      b: { terms, day: '2023-12-29', counts: ['missile|launched|-|122'] },
      late: { terms, day, counts: late },
    })
    expect(events.length === 1).toBe(together)
  })

  it.each([
    ['names the event’s day', ['2024-09-03'], [['a', 'b', 'late']]],
    ['names another day', ['2024-09-01'], [['a', 'b'], ['late']]],
    ['names no day', [], [['a', 'b'], ['late']]],
  ])('joins a report of the toll filed days later where its lead %s', (_, told, expected) => {
    const terms = range(0, 12)
    const events = grouping({
      a: { terms, day: '2024-09-03', counts: ['person|killed|-|47'] },
      b: { terms, day: '2024-09-03', counts: ['person|killed|-|51'] },
      late: { terms, day: '2024-09-08', counts: ['person|killed|-|58'], told },
    })
    expect(events).toEqual(expected)
  })

  it('keeps a report of talks filed days later apart from talks whose day its lead names', () => {
    // A meeting's reports, and days later another meeting's that recall the first one's day.
    const terms = range(0, 12)
    const events = grouping({
      a: { terms, day: '2025-04-26' },
      b: { terms, day: '2025-04-26' },
      later: { terms, day: '2025-05-01', told: ['2025-04-26'] },
    })
    expect(events).toEqual([['a', 'b'], ['later']])
  })

  it.each([
    ['on the day of the event’s three reports', '2025-07-04', [['a', 'b', 'c', 'x']]],
    ['a day later', '2025-07-05', [['a', 'b', 'c'], ['x']]],
  ])('joins a strike report a third like an event’s words to it %s', (_, day, expected) => {
    // Four of twelve words in common: under the bar a strike report must meet, over the one for a day's reports.
    const report = (length: number) => ({
      terms: range(1, 12),
      length,
      day: '2025-07-04',
      counts: ['person|injured|-|23'],
    })
    const events = grouping({
      a: report(900),
      b: report(800),
      c: report(700),
      x: { terms: [...range(1, 4), ...range(100, 8)], length: 300, day, counts: ['person|injured|-|14'] },
    })
    expect(events).toEqual(expected)
  })

  it.each([
    ['first reported on one day', '2023-12-29', [['a', 'b', 'c', 'd', 'e']]],
    [
      'first reported a day apart',
      '2023-12-30',
      [
        ['a', 'd', 'e'],
        ['b', 'c'],
      ],
    ],
  ])('merges two events of strike reports a little alike where they are %s', (_, day, expected) => {
    // Each half's reports share ten words; the halves share five of fifteen, and no count.
    const first = (length: number) => ({
      terms: [...range(1, 10), ...range(100, 5)],
      length,
      day: '2023-12-29',
      counts: ['person|killed|-|7'],
    })
    const second = (length: number) => ({
      terms: [...range(50, 10), ...range(100, 5)],
      length,
      day,
      counts: ['person|killed|-|9'],
    })
    const events = grouping({ a: first(900), b: second(800), c: second(700), d: first(600), e: first(500) })
    expect(events).toEqual(expected)
  })

  it.each([
    [5, [['a', 'b', 'c', 'd']]],
    [
      2,
      [
        ['a', 'd'],
        ['b', 'c'],
      ],
    ],
  ])(
    'merges two events of a day’s reports of talks, where the halves share %i words besides their own ten',
    (shared, expected) => {
      // Each half's reports share ten words, and the halves `shared` more; no report counts anything.
      const report = (own: number, length: number) => ({
        terms: [...range(own, 10), ...range(100, shared)],
        length,
        day: '2025-04-26',
      })
      const events = grouping({
        a: report(1, 900),
        b: report(50, 800),
        c: report(50, 700),
        d: report(1, 600),
      })
      expect(events).toEqual(expected)
    },
  )

  it('merges the two halves of one event that the reading order let each gather its own', () => {
    // Read longest first: "x" is read when its event holds only "a", which gives no toll, and starts an
    // event of its own; "b", like "a" and giving the toll, joins "a", and "y" joins "x". Each half's reports
    // are, on average, as like the other half (four words of twelve, and the toll) as a report must be to join.
    const words = (own: number) => [0, 1, 2, 3, ...Array.from({ length: 8 }, (_, i) => own + i)]
    const terms: Record<string, number[]> = { a: words(10), x: words(50), b: words(10), y: words(50) }
    const texts: Record<string, string> = { a: 'aaaa', x: 'xxx', b: 'bb', y: 'y' }
    const keys = (a: Article) => new Set(a.id === 'a' ? [] : ['person|killed|-|9'])
    const events = clusterEvents(
      {
        articles: Object.keys(terms).map((id) => ({
          id,
          outlet: id,
          text: texts[id] ?? '',
          publishedAt: '2025-04-24',
        })),
      },
      (a) => ({ all: keys(a), leading: keys(a), tonight: keys(a), definite: keys(a) }),
      (a) => terms[a.id] ?? [],
    )
    expect(events.map((e) => [...e.articleIds].sort())).toEqual([['a', 'b', 'x', 'y']])
  })

  it('moves a report that joined a neighbouring event before its own had gathered', () => {
    // "p" is read first of its day, when only yesterday's talks stand (three of its twelve words are theirs):
    // it joins them. Its own event forms after it, with nine of its words; the second look moves it there.
    const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i)
    const yesterday = ['a', 'b', 'c', 'd', 'e']
    const terms: Record<string, number[]> = {
      ...Object.fromEntries(yesterday.map((id) => [id, range(1, 12)])),
      p: [...range(1, 3), ...range(20, 9)],
      x1: [...range(20, 9), ...range(40, 3)],
      x2: [...range(20, 9), ...range(50, 3)],
    }
    const texts: Record<string, string> = { p: 'ppppp', x1: 'xx', x2: 'x' }
    const events = clusterEvents(
      {
        articles: Object.keys(terms).map((id) => ({
          id,
          outlet: id,
          text: texts[id] ?? id,
          publishedAt: yesterday.includes(id) ? '2025-05-18' : '2025-05-19',
        })),
      },
      () => ({ all: new Set(), leading: new Set(), tonight: new Set(), definite: new Set() }),
      (a) => terms[a.id] ?? [],
    )
    expect(events.map((e) => e.articleIds)).toEqual([yesterday, ['p', 'x1', 'x2']])
  })

  it('looks again while reports move: those left behind follow the ones that moved', () => {
    // Yesterday's five reports stand when today's three are read, longest first: each shares three of its
    // twelve words with them and joins them. Tomorrow's report starts an event of its own, with nine of
    // today's words. The most like it moves first; the one read first, which stayed while the others held
    // it, moves on the second look.
    const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i)
    const yesterday = ['a', 'b', 'c', 'd', 'e']
    const terms: Record<string, number[]> = {
      ...Object.fromEntries(yesterday.map((id) => [id, range(1, 12)])),
      p0: [...range(20, 2), ...range(1, 3), ...range(40, 7)],
      p1: [...range(20, 3), ...range(1, 3), ...range(50, 6)],
      p2: [...range(20, 9), ...range(1, 3)],
      x: [...range(20, 9), ...range(70, 3)],
      // Reports of other days, so that words are weighed by how few reports share them.
      ...Object.fromEntries(range(0, 20).map((i) => [`f${i}`, range(1000 + i * 12, 12)])),
    }
    const texts: Record<string, string> = { p0: 'ppppp', p1: 'pppp', p2: 'ppp', x: 'x' }
    const date = (id: string) =>
      id.startsWith('f')
        ? '2025-01-01'
        : yesterday.includes(id)
          ? '2025-05-18'
          : id === 'x'
            ? '2025-05-20'
            : '2025-05-19'
    const events = clusterEvents(
      {
        articles: Object.keys(terms).map((id) => ({
          id,
          outlet: id,
          text: texts[id] ?? id,
          publishedAt: date(id),
        })),
      },
      () => ({ all: new Set(), leading: new Set(), tonight: new Set(), definite: new Set() }),
      (a) => terms[a.id] ?? [],
    )
    expect(events.map((e) => [...e.articleIds].sort()).filter((ids) => !ids[0]?.startsWith('f'))).toEqual([
      yesterday,
      ['p0', 'p1', 'p2', 'x'],
    ])
  })

  it('moves a report left alone because it was read before its event had gathered', () => {
    // "w", the fullest report, is read first and starts an event. The next shares three of its twelve words
    // with it: under the bar a report must meet to join a single one, so it starts another, which the last
    // two join. On the second look "w" is as like that event of talks as a report of talks must be.
    const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i)
    const terms: Record<string, number[]> = {
      w: [...range(1, 3), ...range(100, 9)],
      o1: [...range(1, 3), ...range(10, 6), ...range(200, 3)],
      o2: [...range(1, 3), ...range(10, 6), ...range(300, 3)],
      o3: [...range(1, 3), ...range(10, 6), ...range(400, 3)],
      // Reports of another day, so that words are weighed by how few reports share them.
      ...Object.fromEntries(range(0, 20).map((i) => [`f${i}`, range(1000 + i * 12, 12)])),
    }
    const texts: Record<string, string> = { w: 'wwwwww', o1: 'ooo', o2: 'oo', o3: 'o' }
    const events = clusterEvents(
      {
        articles: Object.keys(terms).map((id) => ({
          id,
          outlet: id,
          text: texts[id] ?? id,
          publishedAt: id.startsWith('f') ? '2025-01-01' : '2025-04-26',
        })),
      },
      () => ({ all: new Set(), leading: new Set(), tonight: new Set(), definite: new Set() }),
      (a) => terms[a.id] ?? [],
    )
    expect(events.map((e) => [...e.articleIds].sort()).filter((ids) => !ids[0]?.startsWith('f'))).toEqual([
      ['o1', 'o2', 'o3', 'w'],
    ])
  })

  it('keeps an undated report of another night apart, though it gives the same toll', () => {
    // Words chosen to make the undated report a little like the night's (cosine about 0.15): its shared toll
    // would lift it over the bar, were the differing count of drones not held against it.
    const night = Array.from({ length: 12 }, (_, i) => i)
    const terms: Record<string, number[]> = {
      a: night,
      b: night,
      undated: [...night.slice(0, 3), ...Array.from({ length: 9 }, (_, i) => 100 + i)],
    }
    const counts: Record<string, string[]> = {
      a: ['drone|launched|-|539', 'person|killed|-|1'],
      b: ['drone|launched|-|539', 'person|killed|-|1'],
      undated: ['drone|launched|-|273', 'person|killed|-|1'],
    }
    const article = (id: string, publishedAt?: string): Article => ({
      id,
      outlet: id,
      text: id,
      ...(publishedAt ? { publishedAt } : {}),
    })
    const keys = (a: Article) => new Set(counts[a.id])
    const events = clusterEvents(
      { articles: [article('a', '2025-07-04'), article('b', '2025-07-04'), article('undated')] },
      (a) => ({ all: keys(a), leading: keys(a), tonight: keys(a), definite: keys(a) }),
      (a) => terms[a.id] ?? [],
    )
    expect(events.map((e) => e.articleIds)).toEqual([['a', 'b'], ['undated']])
  })
})
