import { describe, expect, it } from 'vitest'
import seeds from '@/data/seeds.json'
import { analyzeCorpus } from './analyze'
import type { Article, Corpus, Fact } from './types'

const article = (
  id: string,
  outlet: string,
  text: string,
  publishedAt = '2025-05-18',
  eventId = 'night',
): Article => ({
  id,
  outlet,
  text,
  publishedAt,
  eventId,
})
const factWith = (facts: readonly Fact[], text: string) =>
  facts.filter((f) => f.mentions.some((m) => m.text.includes(text)))

describe(analyzeCorpus.name, () => {
  it.each([
    [
      'the same launch count agrees',
      'Russia launched 273 drones overnight, the air force said.',
      'Moscow fired 273 drones at Ukraine overnight.',
      'agree',
    ],
    [
      'different launch counts conflict',
      'Russia launched 273 drones overnight.',
      'Russia launched 237 drones overnight.',
      'conflict',
    ],
    [
      '"at least 8" agrees with nine',
      'The attack killed at least 8 civilians.',
      'The attack killed nine people.',
      'agree',
    ],
    [
      '"more than 70" agrees with "at least 70"',
      'The strike injured more than 70 people.',
      'At least 70 people were injured.',
      'agree',
    ],
  ])('%s', (_, a, b, verdict) => {
    const { facts } = analyzeCorpus({ articles: [article('a', 'A', a), article('b', 'B', b)] })
    const numbers = facts.filter((f) => f.kind === 'number' && f.mentions.length > 1)
    expect(numbers.map((f) => f.verdict)).toEqual([verdict])
  })

  it("dates the air force's night, counted from the evening before, by its morning", () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'On the night of May 18 (from 18:00 on May 17), the enemy attacked with 112 attack drones.',
        ),
        article('b', 'B', 'Russia launched 112 drones at Ukraine overnight, the air force said.'),
      ],
    })
    expect(factWith(facts, '112').map((f) => [f.verdict, f.mentions.length])).toEqual([['agree', 2]])
  })

  it('compares "76 neutralised" with "41 shot down and another 35 lost" as their sum', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia launched 93 drones. It said 41 drones had been shot down and another 35 were lost.',
        ),
        article('b', 'B', 'Air defence neutralized 76 out of 93 drones launched by Russia overnight.'),
      ],
    })
    const [neutralised] = facts.filter((f) => f.mentions.some((m) => m.role === 'neutralised'))
    expect(neutralised?.verdict).toBe('agree')
    expect(neutralised?.mentions.map((m) => [m.articleId, m.value, m.parts])).toEqual([
      ['a', 76, [41, 35]],
      ['b', 76, undefined],
    ])
    const shotDown = facts.find((f) => f.mentions.some((m) => m.role === 'downed'))
    expect(shotDown?.mentions.map((m) => m.value)).toEqual([41])
  })

  it('meets "another 11 neutralised" with "11 shot down" where its outlet’s downed are no part of a sum', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia destroyed 111 Ukrainian drones in three hours. The mayor said an additional 11 drones were neutralised.',
        ),
        article(
          'b',
          'B',
          'Russia destroyed 111 Ukrainian drones in three hours. The mayor said another 11 drones were shot down.',
        ),
      ],
    })
    expect(factWith(facts, '11 drones').map((f) => [f.verdict, f.mentions.map((m) => m.articleId)])).toEqual([
      ['agree', ['a', 'b']],
    ])
  })

  it('meets "neutralised 266" with another outlet’s "downed 266", not with its sum of downed and lost', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia launched 298 drones. Ukraine’s air defence neutralised 266 drones, the air force said.',
        ),
        article(
          'b',
          'B',
          'Russia launched 298 drones. The air force said it downed 266 drones, while another 208 drones were jammed or lost.',
        ),
      ],
    })
    const counts = factWith(facts, '266 drones')
    expect(counts.map((f) => [f.verdict, f.mentions.map((m) => [m.articleId, m.value, m.role])])).toEqual([
      [
        'agree',
        [
          ['a', 266, 'neutralised'],
          ['b', 266, 'downed'],
        ],
      ],
    ])
  })

  it('does not set "downed 718 of them" against a sum of shot-down kinds that leaves out the lost', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Ukraine’s air defences shot down 296 drones and seven missiles, while another 415 drones were lost from radar, the air force said.',
        ),
        article(
          'b',
          'B',
          'The barrage included 728 drones and 13 missiles. Ukrainian forces downed 718 of them, the air force said.',
        ),
      ],
    })
    expect(facts.filter((f) => f.kind === 'number' && f.verdict === 'conflict')).toEqual([])
  })

  it('keeps launched and shot down apart, and missiles apart from drones', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia launched 112 drones and 10 missiles; 76 drones were shot down.'),
        article('b', 'B', 'Ukraine downed 76 of 112 drones and 9 of 10 missiles.'),
      ],
    })
    for (const text of ['112', '76', '10']) {
      const [fact] = factWith(facts, text).filter((f) => f.kind === 'number')
      expect(new Set(fact?.mentions.map((m) => m.value))).toEqual(new Set([Number(text)]))
      expect(fact?.verdict).toBe('agree')
    }
  })

  it('never merges the same role on two different nights', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia launched 149 drones overnight.', '2025-04-27', undefined),
        article('b', 'B', 'Russia launched 273 drones overnight against Ukraine.', '2025-05-18', undefined),
      ].map(({ eventId: _, ...a }) => a),
    })
    expect(facts.filter((f) => f.verdict === 'conflict')).toEqual([])
  })

  it.each([
    [
      'On Friday, Russia launched 90 drones at Odesa, officials said.',
      [
        ['single', [273]],
        ['single', [90]],
      ],
    ],
    ['On Friday, Russia launched 273 drones at Odesa, officials said.', [['agree', [273, 273]]]],
  ])('sets an undated count against a recalled one only where they agree: “%s”', (text, expected) => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia launched 273 drones at Ukraine, the air force said.', '2025-05-18'),
        article('b', 'B', text, '2025-05-18'),
      ],
    })
    const numbers = facts.filter((f) => f.kind === 'number')
    expect(numbers.map((f) => [f.verdict, f.mentions.map((m) => m.value)])).toEqual(expected)
  })

  it('keeps two nights apart within one event', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Ukraine reported downing 76 of 112 Russian drones launched overnight.',
          '2025-05-19',
        ),
        article(
          'b',
          'B',
          'Russia launched 93 drones at Ukraine overnight, the air force said.',
          '2025-05-20',
        ),
      ],
    })
    expect(facts.filter((f) => f.verdict === 'conflict')).toEqual([])
    expect(factWith(facts, '93')[0]?.verdict).toBe('single')
  })

  it('does not set a recalled earlier attack against the night reported', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          "Russia attacked Ukraine with 101 drones and four ballistic missiles overnight, Ukraine's air force said on Monday.",
          '2025-07-07',
        ),
        article(
          'b',
          'B',
          'Air defences downed 75 drones overnight. Last week, Russia fired a record 550 drones and missiles at Ukraine.',
          '2025-07-07',
        ),
      ],
    })
    const dates = facts.filter((f) => f.kind === 'date')
    expect(dates.filter((f) => f.verdict === 'conflict')).toEqual([])
    expect(factWith(dates, 'Last week').map((f) => f.verdict)).toEqual(['single'])
    // "550 drones and missiles" is a total of both kinds, set apart from the night's 101 drones.
    const launched = facts.filter((f) => f.kind === 'number' && /launched/.test(f.label))
    expect(launched.map((f) => [f.label, f.verdict])).toEqual([
      ['drones launched', 'single'],
      ['missiles launched', 'single'],
      ['air weapons launched last week', 'single'],
    ])
  })

  it('sets the drones that hit apart from those downed, and names the other side’s count', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Air defences downed 50 drones and one missile, while six drones hit their targets. Russia said it destroyed 48 Ukrainian drones.',
        ),
        article(
          'b',
          'B',
          'Hits by six drones were recorded at four locations. Air defence shot down 52 drones.',
        ),
      ],
    })
    const hit = factWith(facts, 'six drones')
    expect(hit.map((f) => [f.label, f.verdict])).toEqual([['drones hit', 'agree']])
    expect(factWith(facts, '48 Ukrainian drones').map((f) => [f.label, f.verdict])).toEqual([
      ['Ukrainian drones downed', 'single'],
    ])
    expect(factWith(facts, '52 drones').map((f) => [f.label, f.verdict])).toEqual([
      ['drones downed', 'conflict'],
    ])
  })

  it('sets "479 drones and 20 missiles" against a stated total, unless the kinds already differ', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia launched 479 drones and 20 missiles at Ukraine overnight.'),
        article('b', 'B', 'Russia attacked Ukraine overnight with a total of 509 drones and missiles.'),
        article('c', 'C', 'Russia fired 499 aerial weapons at Ukraine overnight.'),
      ],
    })
    const total = factWith(facts, 'aerial weapons')
    expect(total.map((f) => [f.verdict, f.mentions.map((m) => [m.articleId, m.value, m.parts])])).toEqual([
      [
        'conflict',
        [
          ['a', 499, [479, 20]],
          ['b', 509, undefined],
          ['c', 499, undefined],
        ],
      ],
    ])
    const contested = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia launched 206 drones and eight missiles overnight.'),
        article(
          'b',
          'B',
          'Russia used 215 aerial weapons overnight, including 206 drones and nine missiles.',
        ),
      ],
    })
    expect(factWith(contested.facts, 'aerial weapons').map((f) => [f.verdict, f.mentions.length])).toEqual([
      ['single', 1],
    ])
    expect(factWith(contested.facts, 'missiles').map((f) => [f.label, f.verdict])).toEqual([
      ['missiles launched', 'conflict'],
    ])
  })

  it('meets a stated total with kinds counted in a sentence that names the night, where the total’s does not', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'The assault, which began shortly after midnight on Tuesday, involved 440 drones and 32 missiles.',
          '2025-06-17',
        ),
        article('b', 'B', 'Moscow launched 472 aerial weapons in total, the air force said.', '2025-06-17'),
      ],
    })
    expect(
      factWith(facts, 'aerial weapons').map((f) => [
        f.verdict,
        f.mentions.map((m) => [m.articleId, m.value]),
      ]),
    ).toEqual([
      [
        'agree',
        [
          ['a', 472],
          ['b', 472],
        ],
      ],
    ])
  })

  it('sets the lengths outlets give one call against each other, however differently their sentences run', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'The call lasted more than two and a half hours, according to Kremlin aides.'),
        article(
          'b',
          'B',
          'Trump and Putin agreed to a pause in strikes after a two-hour phone call on Tuesday.',
        ),
        article('c', 'C', 'The call, which lasted about 90 minutes, ended with a Kremlin statement.'),
        article('d', 'D', 'Rescuers worked for 12 hours to reach survivors.'),
      ],
    })
    const lengths = facts.filter((f) => f.label.startsWith('length of'))
    expect(lengths.map((f) => [f.label, f.verdict, f.mentions.map((m) => m.articleId)])).toEqual([
      ['length of the call', 'conflict', ['a', 'b', 'c']],
    ])
  })

  it.each([
    [
      'names the day of the strike',
      'On 3 September, Russian missiles struck the military institute in Poltava.',
      1,
    ],
    ['names no day', 'Russian missiles struck the military institute in Poltava.', 2],
  ])(
    'groups a report of the toll filed five days on with its strike where its lead %s',
    (_, lead, events) => {
      const dated = (id: string, text: string, publishedAt: string): Article => ({
        id,
        outlet: id,
        text,
        publishedAt,
      })
      const analysis = analyzeCorpus({
        articles: [
          dated(
            'a',
            'Russian missiles struck a military institute in Poltava, killing 47 people and wounding 206.',
            '2024-09-03',
          ),
          dated(
            'b',
            'A Russian missile strike on a military institute in Poltava killed 51 people, officials said.',
            '2024-09-03',
          ),
          dated('c', `${lead} The death toll has risen to 58.`, '2024-09-08'),
        ],
      })
      expect(analysis.events).toHaveLength(events)
    },
  )

  it('reads the undated counts of a report filed days after its event as of the event’s day', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia launched 122 missiles overnight, the air force said.', '2023-12-29'),
        article('b', 'B', 'Russia launched about 110 missiles on December 29, Zelensky said.', '2023-12-29'),
        article('c', 'C', 'Ukrainian officials reported that Russia launched 122 missiles.', '2024-01-01'),
      ],
    })
    expect(
      factWith(facts, '110 missiles').map((f) => [f.verdict, f.mentions.map((m) => m.articleId)]),
    ).toEqual([['conflict', ['a', 'b', 'c']]])
  })

  it('keeps the weapons that struck one place apart from the night’s count, many times theirs', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Eight missiles struck Zaporizhzhia, the prosecutor said.'),
        article('b', 'B', 'Eight missiles struck Zaporizhzhia overnight.'),
        article('c', 'C', 'Russia fired almost 90 missiles and 60 drones overnight.'),
      ],
    })
    expect(
      factWith(facts, 'Eight missiles').map((f) => [f.verdict, f.mentions.map((m) => m.articleId)]),
    ).toEqual([['agree', ['a', 'b']]])
    expect(factWith(facts, 'almost 90 missiles').map((f) => f.verdict)).toEqual(['single'])
  })

  it('keeps a district’s toll apart from a larger toll that names no place, but not from one that fits it', () => {
    const district = 'Two people were killed in the Sviatoshynskyi district, the mayor said.'
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', district),
        article('b', 'B', 'The attack killed at least four people, officials said.'),
        article('c', 'C', 'The attack killed at least four people, officials said.'),
      ],
    })
    expect(factWith(facts, 'people').map((f) => [f.verdict, f.mentions.map((m) => m.articleId)])).toEqual([
      ['agree', ['b', 'c']],
      ['single', ['a']],
    ])
    const same = analyzeCorpus({
      articles: [article('a', 'A', district), article('b', 'B', 'The attack killed two people.')],
    })
    expect(factWith(same.facts, 'people').map((f) => [f.verdict, f.mentions.length])).toEqual([['agree', 2]])
  })

  it('sets an age against another outlet’s only where neither gives several ages of one description', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Seven were killed, among them children aged 9 and 14.'),
        article('b', 'B', 'Seven were killed. Among the dead were people aged 54 and 55.'),
      ],
    })
    const ages = facts.filter((f) => f.mentions.some((m) => m.role?.startsWith('age')))
    expect(ages.map((f) => f.verdict)).not.toContain('conflict')
    const single = analyzeCorpus({
      articles: [
        article('a', 'A', 'A man, 45, was killed in the strike.'),
        article('b', 'B', 'A man, 46, was killed in the strike.'),
      ],
    })
    expect(single.facts.filter((f) => f.label.startsWith('age')).map((f) => f.verdict)).toEqual(['conflict'])
  })

  it('holds an oblast, a region and a province of one name one place', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Four people were killed in the Brovarsky district of Kyiv Oblast.'),
        article('b', 'B', 'Four others were killed in the wider Kyiv region.'),
      ],
    })
    expect(facts.map((f) => [f.verdict, f.label])).toEqual([['agree', 'people killed in Kyiv Oblast']])
  })

  it('holds an institution one speaker whichever country an outlet says it is', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Ukraine’s air force reported 40 drones. “Kyiv was the main target,” the air force said.',
        ),
        article('b', 'B', '“Kyiv was the main target,” the Air Force said on Telegram.'),
      ],
    })
    expect(facts.filter((f) => f.kind === 'quote').map((f) => [f.verdict, f.mentions.length])).toEqual([
      ['agree', 2],
    ])
  })

  it('sets a larger toll that names no place against a national one, but not a smaller one, maybe a city’s', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Four people were killed across the country, officials said.'),
        article('b', 'B', 'At least 11 people were killed, officials said.'),
        article('c', 'C', 'Two people were killed, officials said.'),
      ],
    })
    expect(facts.map((f) => [f.verdict, f.mentions.map((m) => m.articleId)])).toEqual([
      ['conflict', ['a', 'b']],
      ['single', ['c']],
    ])
  })

  it('sets tolls that name no place against each other where a value some outlets place leads first', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'The attack killed at least four people. Two people were killed in Dnipro.'),
        article('d', 'D', 'The strikes killed at least two people.\n\nOne woman was killed.'),
        article(
          'b',
          'B',
          'The attacks killed at least three people. In Dnipro, a drone killed two residents. In the Kharkiv region, one person was killed.',
        ),
        article('c', 'C', 'One person died, officials said.'),
      ],
    })
    const whole = facts.find(
      (f) => f.kind === 'number' && f.mentions.some((m) => m.text === 'at least four people'),
    )
    expect([whole?.verdict, whole?.mentions.map((m) => m.text)]).toEqual([
      'conflict',
      ['at least four people', 'at least three people'],
    ])
  })

  it('never sets a count an outlet gives beside its toll of a city against another city’s toll', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Fourteen people were killed in Poltava. Officials also said three people were killed.',
        ),
        article('b', 'B', 'In Poltava, 14 people died. Two people died in the Sumy region.'),
      ],
    })
    expect(facts.map((f) => [f.verdict, f.mentions.map((m) => m.articleId)])).toEqual([
      ['agree', ['a', 'b']],
      ['single', ['a']],
      ['single', ['b']],
    ])
  })

  it('never sets the parts two outlets give beside their tolls of a city against each other', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'At least 15 people were killed in Kyiv. Five people were killed in one building.'),
        article(
          'b',
          'B',
          'Sixteen people were killed in Kyiv. At least 14 residents of a building were killed in Kyiv.',
        ),
      ],
    })
    const killed = facts.filter((f) => f.kind === 'number' && f.label.includes('killed'))
    expect(killed.map((f) => [f.verdict, f.mentions.map((m) => m.text)])).toEqual([
      ['agree', ['At least 15 people', 'Sixteen people']],
      ['single', ['Five people']],
      ['single', ['At least 14 residents']],
    ])
  })

  it('sets a city’s toll against the whole it differs from, where a district’s toll joined that whole', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'One person was killed and 24 were injured, officials said.'),
        article(
          'b',
          'B',
          'At least one person was killed. A fire in the Desnianskyi district killed one resident.',
        ),
        article('c', 'C', 'At least 5 people were killed in Kyiv, the mayor said.'),
      ],
    })
    const killed = facts.filter((f) => f.kind === 'number' && f.label.includes('killed'))
    expect(killed.map((f) => [f.verdict, [...new Set(f.mentions.map((m) => m.articleId))]])).toEqual([
      ['conflict', ['a', 'b', 'c']],
    ])
  })

  it('dates each count by its own night where a report tells of two, and totals each night apart', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia launched 315 drones and seven missiles at Ukraine overnight, the air force said on Tuesday, a day after a record attack of 479 drones. The previous night, Russia had launched 479 drones and 20 missiles.',
          '2025-06-10',
        ),
        article(
          'b',
          'B',
          'Russia attacked Ukraine overnight with 315 drones and seven missiles. On Monday, Russia fired 499 drones and missiles, including 479 drones.',
          '2025-06-10',
        ),
        article(
          'c',
          'C',
          'Russia launched 322 drones and missiles overnight, the air force said.',
          '2025-06-10',
        ),
      ],
    })
    const launched = facts.filter((f) => /^(?:drones|air weapons) launched$/.test(f.label))
    expect(
      launched.map((f) => [f.label, f.verdict, f.mentions.map((m) => `${m.articleId}:${m.value}`)]).sort(),
    ).toEqual([
      ['air weapons launched', 'agree', ['a:322', 'b:322', 'c:322']],
      ['air weapons launched', 'agree', ['a:499', 'b:499']],
      ['drones launched', 'agree', ['a:315', 'b:315']],
      ['drones launched', 'agree', ['a:479', 'a:479', 'b:479']],
    ])
  })

  it('dates a count by the night its sentence names, not by the day a source reported it', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'The Aug. 28 attack on Kyiv killed four children, officials said on Aug. 28.',
          '2025-08-28',
        ),
        article(
          'b',
          'B',
          'The toll from the Aug. 28 attack rose to four children, the city reported on Aug. 29.',
          '2025-08-29',
        ),
      ],
    })
    expect(factWith(facts, 'children').map((f) => [f.verdict, f.mentions.length])).toEqual([['agree', 2]])
  })

  it('sets a toll told as it rose, on the days sources gave it, against the others', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'A missile hit a block of flats in the city on Saturday. The city council reported on Sunday that at least 72 people were wounded.',
          '2023-01-15',
        ),
        article(
          'b',
          'B',
          'A missile hit a block of flats in the city on Saturday. As of Sunday afternoon, at least 73 had been injured.',
          '2023-01-15',
        ),
        article(
          'c',
          'C',
          'A missile hit a block of flats in the city on Saturday. The toll rose to 35, officials said Monday, with at least 75 people wounded.',
          '2023-01-16',
        ),
      ],
    })
    expect(factWith(facts, '7').map((f) => [f.verdict, f.mentions.map((m) => m.articleId)])).toEqual([
      ['conflict', ['a', 'b', 'c']],
    ])
  })

  it.each([
    'On Tuesday, the mayor reported that 80 people were wounded in the strike.',
    'As of the evening of Tuesday, 80 people were wounded in the strike.',
    'As of 4 p.m. on Tuesday, 80 people were wounded in the strike.',
  ])('does not date a toll by the day it was counted at: “%s”', (text) => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'A missile hit the city on Saturday. 72 people were wounded in the strike.',
          '2023-01-15',
        ),
        article('b', 'B', `A missile hit the city on Saturday. ${text}`, '2023-01-18'),
      ],
    })
    expect(factWith(facts, 'people').map((f) => [f.verdict, f.mentions.map((m) => m.articleId)])).toEqual([
      ['conflict', ['a', 'b']],
    ])
  })

  it('sets the tolls outlets give of one place against each other, beside a toll that names none', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'More than 160 people were injured. In Samarske, two people were killed, and nine injured.',
        ),
        article(
          'b',
          'B',
          'More than 160 people were injured. In Samarske, two people were killed, and 14 injured.',
        ),
        article(
          'c',
          'C',
          'Over 20 were injured. In Samarske, two people died and three others were injured.',
        ),
      ],
    })
    const injured = facts.filter((f) => f.mentions.some((m) => m.role === 'injured'))
    expect(injured.map((f) => [f.verdict, f.mentions.map((m) => m.value)])).toEqual([
      ['conflict', [160, 160, 20]],
      ['conflict', [9, 14, 3]],
    ])
  })

  it('sets a toll dated by its strike against one that a report filed days later leaves undated', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'On Saturday, a missile strike on the city killed 12 people.', '2023-01-16'),
        article('b', 'B', 'The missile strike on the city has killed 16 people.', '2023-01-17'),
      ],
    })
    expect(factWith(facts, 'people').map((f) => [f.verdict, f.mentions.map((m) => m.articleId)])).toEqual([
      ['conflict', ['a', 'b']],
    ])
  })

  it('counts an outlet that gives its whole toll again as a district’s by the whole, not the district', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russian strikes killed at least 12 people overnight. Officials said the death toll in Kyiv’s Sviatoshynskyi district stood at 12.',
        ),
        article('b', 'B', 'Twelve people were killed in Kyiv.'),
        article('c', 'C', 'Nine people were killed in Kyiv.'),
      ],
    })
    const killed = facts.filter((f) => f.mentions.some((m) => m.role === 'killed'))
    expect(killed.map((f) => [f.verdict, [...new Set(f.mentions.map((m) => m.articleId))]])).toEqual([
      ['conflict', ['a', 'b', 'c']],
    ])
  })

  it('holds a place spelt two ways one place', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Four people were killed in Kyiv. Two people were killed in Khmelnytskyi.'),
        article('b', 'B', 'Four people were killed in Kyiv. Three people were killed in Khmelnytsky.'),
      ],
    })
    const killed = facts.filter((f) => f.mentions.some((m) => m.role === 'killed'))
    expect(killed.map((f) => [f.verdict, f.mentions.map((m) => m.value)])).toEqual([
      ['conflict', [2, 3]],
      ['agree', [4, 4]],
    ])
  })

  it('holds an outlet’s earlier figure of a toll to the toll as it stands, not to another outlet’s figure', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'The death toll from the strike on the city rose to 40. An official said earlier that 21 people had died.',
        ),
        article('b', 'B', 'The death toll from the strike on the city climbed to 21.'),
        article('c', 'C', 'Officials said 29 people were killed in the strike on the city.'),
      ],
    })
    const tolls = facts.filter((f) => f.mentions.some((m) => m.role === 'killed'))
    expect(tolls.map((f) => [f.verdict, f.mentions.map((m) => [m.articleId, m.value, !!m.earlier])])).toEqual(
      [
        [
          'conflict',
          [
            ['a', 40, false],
            ['a', 21, true],
            ['b', 21, false],
            ['c', 29, false],
          ],
        ],
      ],
    )
  })

  it.each([
    'Earlier, the regional administration reported 14 dead.',
    'The death toll previously stood at 14.',
    'Officials initially put the toll at 14 people killed.',
    'Earlier, officials reported 14 dead in Chernihiv.',
    'Fourteen people were initially reported killed.',
  ])('holds a figure its sentence tells as past to the outlet’s own toll: “%s”', (told) => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', `Sixteen people were killed in the missile strike on the city. ${told}`),
        article('b', 'B', 'The missile strike on the city killed 20 people.'),
      ],
    })
    const tolls = facts.filter((f) => f.mentions.some((m) => m.role === 'killed'))
    expect(tolls.map((f) => [f.verdict, f.mentions.map((m) => [m.articleId, m.value, !!m.earlier])])).toEqual(
      [
        [
          'conflict',
          [
            ['a', 16, false],
            ['a', 14, true],
            ['b', 20, false],
          ],
        ],
      ],
    )
  })

  it.each([
    ['The interior minister later revised the death toll down to eight.', 9, 8],
    ['Later in the day, the toll was updated to 12.', 9, 12],
  ])('holds the figures before a revised toll to it: “%s”', (revised, before, after) => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', `Officials said nine people were killed in the strike on the city. ${revised}`),
        article('b', 'B', 'The strike on the city killed 20 people.'),
      ],
    })
    const tolls = facts.filter((f) => f.mentions.some((m) => m.role === 'killed'))
    expect(tolls.map((f) => [f.verdict, f.mentions.map((m) => [m.articleId, m.value, !!m.earlier])])).toEqual(
      [
        [
          'conflict',
          [
            ['a', before, true],
            ['a', after, false],
            ['b', 20, false],
          ],
        ],
      ],
    )
  })

  it('counts an outlet by the toll it tells as risen, not by a hospital’s part of it', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('b', 'B', 'The missile strike on Chernihiv injured 60 people.'),
        article('c', 'C', 'Sixty people were injured in the missile strike on Chernihiv.'),
        article(
          'a',
          'A',
          'The number of dead rose to 14, and injured to 61. A hospital director said that five people were injured in the missile strike on Chernihiv.',
        ),
      ],
    })
    const injured = facts.filter((f) => f.mentions.some((m) => m.role === 'injured'))
    expect(injured.map((f) => [f.verdict, f.mentions.map((m) => [m.articleId, m.value])])).toEqual([
      [
        'conflict',
        [
          ['b', 60],
          ['c', 60],
          ['a', 61],
        ],
      ],
      ['single', [['a', 5]]],
    ])
  })

  it('names a place in a label as most outlets spell it', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'A missile strike on Odessa killed 20 people.'),
        article('b', 'B', 'A missile strike on Odesa killed 20 people.'),
        article('c', 'C', 'A missile strike on Odesa killed 19 people.'),
      ],
    })
    expect(facts.filter((f) => f.kind === 'number').map((f) => f.label)).toEqual(['people killed in Odesa'])
  })

  it('does not date a toll by its report’s dateline', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'A missile struck the port city on Friday, killing 20 people.', '2024-03-15'),
        article(
          'b',
          'B',
          'Kyiv, March 16 (Agency) The death toll of the missile strike on the port city rose to 21. The missile struck on Friday.',
          '2024-03-16',
        ),
      ],
    })
    expect(factWith(facts, 'people').map((f) => [f.verdict, f.mentions.map((m) => m.value)])).toEqual([
      ['conflict', [20, 21]],
    ])
  })

  it('sets a count of missiles against the sum of another outlet’s kinds, never against one kind', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia launched 728 drones and 13 missiles at Ukraine overnight.'),
        article(
          'b',
          'B',
          'The barrage included 728 drones, seven Kh-101 cruise missiles and six Kinzhal ballistic missiles.',
        ),
        article('c', 'C', 'Russia launched 728 drones and 15 missiles at Ukraine overnight.'),
      ],
    })
    const missiles = factWith(facts, 'missiles').filter((f) => f.label.includes('missiles launched'))
    expect(missiles.map((f) => [f.label, f.verdict, f.mentions.map((m) => [m.articleId, m.value])])).toEqual([
      [
        'missiles launched',
        'conflict',
        [
          ['a', 13],
          ['b', 13],
          ['c', 15],
        ],
      ],
      ['cruise missiles launched', 'single', [['b', 7]]],
      ['ballistic missiles launched', 'single', [['b', 6]]],
    ])
    expect(
      factWith(facts, 'Kinzhal').find((f) => f.label === 'missiles launched')?.mentions[1]?.parts,
    ).toEqual([7, 6])
  })

  it.each([
    'Russia launched 93 drones at Ukraine on the night of Monday to Tuesday.',
    'Russia launched 93 drones at Ukraine late Monday and early Tuesday.',
    'Russia launched 93 drones at Ukraine on Monday night.',
    'Russia launched 93 drones at Ukraine from Monday into early Tuesday.',
  ])('dates a night by its morning: “%s” meets a Tuesday report’s “overnight”', (text) => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', text, '2025-05-20'),
        article('b', 'B', 'Russia launched 93 drones at Ukraine overnight.', '2025-05-20'),
      ],
    })
    expect(factWith(facts, '93 drones').map((f) => [f.label, f.verdict, f.mentions.length])).toEqual([
      ['drones launched', 'agree', 2],
    ])
  })

  it('sets "343 downed" against "337 downed" though all agree on "91 of them over the Moscow region"', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russian air defences destroyed 337 Ukrainian drones overnight, including 91 over the Moscow region.',
        ),
        article('b', 'B', 'Russia said it had downed 337 drones, 91 of them over the Moscow region.'),
        article(
          'c',
          'C',
          'Russia said it shot down 343 Ukrainian drones overnight, 91 of them over the Moscow region.',
        ),
        article('d', 'D', 'Russia launched 126 drones at Ukraine overnight, and 79 drones were shot down.'),
      ],
    })
    expect(factWith(facts, '337').map((f) => [f.label, f.verdict, f.mentions.map((m) => m.value)])).toEqual([
      ['Ukrainian drones downed', 'conflict', [337, 337, 343]],
    ])
    expect(factWith(facts, '91').map((f) => [f.label, f.verdict])).toEqual([
      ['Ukrainian drones downed in Moscow region', 'agree'],
    ])
  })

  it('keeps "on Sunday night" apart from the night a Tuesday report calls "overnight"', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia launched 100 drones overnight. On Sunday night, Russia launched 200 drones.',
          '2025-05-20',
        ),
        article('b', 'B', 'Russia launched 100 drones at Ukraine overnight.', '2025-05-20'),
      ],
    })
    expect(factWith(facts, 'drones').map((f) => [f.verdict, f.mentions.map((m) => m.value)])).toEqual([
      ['agree', [100, 100]],
      ['single', [200]],
    ])
  })

  it('groups a report of totals with reports of kinds, and matches each night’s total with its own', () => {
    const dated = (id: string, text: string, hour: number): Article => ({
      id,
      outlet: id.toUpperCase(),
      text,
      publishedAt: `2025-06-11T0${hour}:00:00Z`,
    })
    const { events, facts } = analyzeCorpus({
      articles: [
        dated(
          'a',
          'Russia launched 315 drones and seven missiles at Ukraine overnight, the air force said. Air defences downed 277 drones. The previous night, Russia had launched 499 drones and missiles, and two people were killed.',
          8,
        ),
        dated(
          'b',
          "Ukraine's air force said Russia fired 315 drones and seven missiles overnight into Wednesday, of which 277 drones were shot down. On Tuesday, three people were killed in Kyiv.",
          9,
        ),
        dated(
          'c',
          'Russia attacked with 322 drones and missiles overnight. A day earlier, Russia launched 479 drones and 20 missiles.',
          9,
        ),
      ],
    })
    expect(events.map((e) => e.articleIds)).toEqual([['a', 'b', 'c']])
    const totals = facts.filter((f) => f.label === 'air weapons launched')
    expect(totals.map((f) => [f.verdict, f.mentions.map((m) => [m.articleId, m.value])])).toEqual([
      [
        'agree',
        [
          ['a', 322],
          ['b', 322],
          ['c', 322],
        ],
      ],
      [
        'agree',
        [
          ['a', 499],
          ['c', 499],
        ],
      ],
    ])
  })

  it.each([
    [
      'Air defences shot down 442 drones, the air force said.',
      [['agree', 'drones neutralised / downed', [442, 442]]],
    ],
    [
      'Air defences shot down 400 drones, and 42 were jammed.',
      [
        ['agree', 'drones neutralised', [442, 442]],
        ['single', 'drones downed', [400]],
        ['single', 'drones lost', [42]],
      ],
    ],
  ])('meets “442 shot down or suppressed” with “%s”', (text, expected) => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia launched 476 drones overnight; 442 were shot down or suppressed.'),
        article('b', 'B', `Russia launched 476 drones overnight. ${text}`),
      ],
    })
    const numbers = facts.filter((f) => f.kind === 'number' && !f.label.includes('launched'))
    expect(numbers.map((f) => [f.verdict, f.label, f.mentions.map((m) => m.value)])).toEqual(expected)
  })

  it('sets "128 shot down" against "128 lost", and meets "two neutralised" with "two shot down"', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia launched 300 drones and 11 missiles. Air defences shot down 128 drones and two missiles.',
        ),
        article(
          'b',
          'B',
          'Russia launched 300 drones and 11 missiles. Forces downed 128 drones and two missiles.',
        ),
        article(
          'c',
          'C',
          'Russia used 300 drones and 11 missiles. Another 128 drones were lost. Air defence neutralised two of the missiles.',
        ),
      ],
    })
    expect(factWith(facts, 'two').map((f) => [f.label, f.verdict, f.mentions.length])).toEqual([
      ['missiles neutralised / downed', 'agree', 3],
    ])
    expect(factWith(facts, '128').map((f) => [f.label, f.verdict])).toEqual([
      ['drones downed / lost', 'conflict'],
    ])
  })

  it('does not set a report’s "overnight", filed the day after, against the night’s date', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia attacked Ukraine with 215 aerial weapons overnight on June 7, including 206 drones and nine missiles, the Air Force reported.',
          '2025-06-07',
        ),
        article(
          'b',
          'B',
          "Ukraine's air force said Russia fired 215 drones and missiles overnight.",
          '2025-06-08',
        ),
      ],
    })
    expect(facts.filter((f) => f.kind === 'date' && f.verdict === 'conflict')).toEqual([])
  })

  it('dates a count recalled "a day after" by that day, to meet the same count dated by its weekday', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'The call came a day after Russia launched 273 drones at Ukraine.', '2025-05-19'),
        article('b', 'B', 'On Sunday, Russia had fired 273 drones at Ukraine.', '2025-05-20'),
      ],
    })
    expect(factWith(facts, '273 drones').map((f) => [f.label, f.verdict])).toEqual([
      ['drones launched', 'agree'],
    ])
  })

  it('sets "six European leaders" against "seven European leaders" however the sentences run', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Trump hosted the Ukrainian leader and seven European leaders at the White House.'),
        article(
          'b',
          'B',
          'The summit, which ended with a promise of direct talks, drew six European leaders.',
        ),
      ],
    })
    expect(factWith(facts, 'European leaders').map((f) => f.verdict)).toEqual(['conflict'])
  })

  it.each([
    [
      ['At least 16 people were killed in Ternopil.', 'At least 26 people were killed in Ternopil.'],
      'conflict',
    ],
    [['At least 8 people were killed in Kyiv.', 'Nine people were killed in Kyiv.'], 'agree'],
    [['At least 70 people were injured in Kyiv.', 'More than 70 people were injured in Kyiv.'], 'agree'],
  ])('judges tolls given as a least by the least each gives: %j', (texts, verdict) => {
    const { facts } = analyzeCorpus({ articles: texts.map((t, i) => article(`a${i}`, `O${i}`, t)) })
    expect(facts.filter((f) => f.kind === 'number').map((f) => f.verdict)).toEqual([verdict])
  })

  it('sets weapons launched across the country against weapons launched that name no place', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia launched 476 drones and 48 missiles across Ukraine overnight.'),
        article('b', 'B', 'Zelensky said Russia had fired over 470 drones and 47 missiles overnight.'),
      ],
    })
    expect(factWith(facts, 'missiles').map((f) => [f.verdict, f.mentions.map((m) => m.text)])).toEqual([
      ['conflict', ['48 missiles', '47 missiles']],
    ])
  })

  it('counts an outlet that gives "over 800" and "810 drones" by its exact figure, where others give 810', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia launched over 800 drones overnight. It deployed 810 drones, the air force said.',
        ),
        article('b', 'B', 'Russia launched 810 drones overnight.'),
        article('c', 'C', 'Russia launched 810 drones and decoys overnight.'),
        article('d', 'D', 'Russia launched more than 800 drones overnight.'),
        article('e', 'E', 'Russia fired more than 800 drones overnight.'),
      ],
    })
    const exact = facts.find((f) => f.mentions.some((m) => m.articleId === 'b'))
    expect(exact?.mentions.filter((m) => m.articleId === 'a').map((m) => m.text)).toContain('810 drones')
    // Its rounding is the same count: no fact of its own.
    expect(facts.filter((f) => f.kind === 'number').map((f) => f.verdict)).toEqual(['agree'])
  })

  it.each([
    ['Russia launches almost 200 drones. It launched 194 drones, the air force said.', 'almost 200 drones'],
    [
      'More than 30 missiles were fired. Russia fired 32 missiles, the air force said.',
      'More than 30 missiles',
    ],
  ])("puts an outlet's rounding of a count it gives exactly in that count's fact (%s)", (text, rounding) => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', text),
        article('b', 'B', text.replace(/^.*?\. /, '').replace(', the air force said', '')),
      ],
    })
    const numbers = facts.filter((f) => f.kind === 'number')
    expect(numbers).toHaveLength(1)
    expect(numbers[0]?.verdict).toBe('agree')
    expect(numbers[0]?.mentions.map((m) => m.text)).toContain(rounding)
  })

  it.each([
    // No rounding: a part, or a count of its own, stays apart.
    'Over 100 of them were Shaheds. Russia launched 194 drones, the air force said.',
    'Up to 1,000 drones a day could come. Russia launched 728 drones, the air force said.',
  ])(
    "keeps a count that only fits an outlet's exact count, far from it, out of that count's fact (%s)",
    (text) => {
      const { facts } = analyzeCorpus({
        articles: [
          article('a', 'A', text),
          article('b', 'B', text.replace(/^.*?\. /, '').replace(', the air force said', '')),
        ],
      })
      const shared = facts.find((f) => new Set(f.mentions.map((m) => m.articleId)).size === 2)
      expect(shared?.mentions.map((m) => m.text)).toHaveLength(2)
    },
  )

  it.each([
    [
      'Seven other regions were also attacked, Ukraine said.',
      'Russia fired 66 missiles at Kyiv and four other regions.',
    ],
    ['Drones also hit three more cities in the east.', 'Drones also hit five more cities in the east.'],
  ])('does not set "other" counts against each other: each is the rest of its own list (%s)', (a, b) => {
    const { facts } = analyzeCorpus({ articles: [article('a', 'A', a), article('b', 'B', b)] })
    expect(facts.filter((f) => f.kind === 'number' && f.verdict === 'conflict').map((f) => f.label)).toEqual(
      [],
    )
  })

  it('agrees on the length of talks that two outlets date to different days, and sets the days against each other', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          "On Friday, Trump's envoy Steve Witkoff met Putin in Moscow for three hours.",
          '2025-04-26',
        ),
        article(
          'b',
          'B',
          'Witkoff held three hours of talks with Putin in Moscow on Thursday.',
          '2025-04-26',
        ),
      ],
    })
    expect(factWith(facts, 'three hours').map((f) => f.verdict)).toEqual(['agree'])
    expect(facts.filter((f) => f.kind === 'date').map((f) => f.verdict)).toEqual(['conflict'])
  })

  it("reads one speaker in “Ukraine’s Air Force” and “Ukraine's air force”", () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Source: Ukraine’s Air Force on Telegram\nQuote: "Most of the drones were shot down."',
        ),
        article('b', 'B', '"Most of the drones were shot down," Ukraine\'s air force said.'),
      ],
    })
    expect(facts.filter((f) => f.kind === 'quote').map((f) => [f.verdict, f.mentions.length])).toEqual([
      ['agree', 2],
    ])
  })

  it('takes a count that names no side to be of the side most of the event’s weapons are', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia launched 48 missiles at Ukraine overnight, and 41 missiles were shot down.',
        ),
        article(
          'b',
          'B',
          'Russia launched 48 missiles at Ukraine overnight. Russia claimed all four missiles fired at Voronezh were intercepted.',
        ),
        article('c', 'C', 'Air defences shot down four missiles overnight.'),
      ],
    })
    const withB = facts.find((f) => f.mentions.some((m) => m.articleId === 'b' && m.role === 'downed'))
    expect(withB?.mentions.map((m) => [m.articleId, m.text])).toEqual([['b', 'four missiles']])
  })

  it('does not set a small toll that names no place against a city’s where the night has tolls of other places', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'A drone attack injured six people in Mykolaiv overnight. One person was injured in Kyiv.',
        ),
        article('b', 'B', 'Six people were injured in Mykolaiv overnight.'),
        article('c', 'C', 'One person was hospitalized overnight, the mayor said.'),
      ],
    })
    const mykolaiv = facts.find((f) => f.label.includes('Mykolaiv'))
    expect(mykolaiv?.mentions.map((m) => m.articleId)).toEqual(['a', 'b'])
    expect(mykolaiv?.verdict).toBe('agree')
  })

  it('still sets a toll that names no place against the one place a night has tolls of', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Three people were killed in Kharkiv overnight.'),
        article('b', 'B', 'One person was killed overnight.'),
      ],
    })
    expect(
      facts.filter((f) => f.kind === 'number' && f.label.includes('killed')).map((f) => f.verdict),
    ).toEqual(['conflict'])
  })

  it('sets a city’s toll and its region’s together where every count agrees', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'One person was killed in Lviv overnight.'),
        article('b', 'B', 'One person was killed in Lviv overnight.'),
        article('c', 'C', 'One person was killed in the Lviv region overnight.'),
      ],
    })
    const tolls = facts.filter((f) => f.kind === 'number' && f.label.includes('killed'))
    expect(tolls.map((f) => [f.label, f.verdict, f.mentions.length])).toEqual([
      ['people killed in Lviv region', 'agree', 3],
    ])
  })

  it('keeps a city’s own dispute apart from its region’s toll', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Two people were injured in Lviv overnight.'),
        article('b', 'B', 'Three people were injured in Lviv overnight.'),
        article('c', 'C', 'Two people were injured in the Lviv region overnight.'),
      ],
    })
    const tolls = facts.filter((f) => f.kind === 'number' && f.label.includes('injured'))
    expect(tolls.map((f) => [f.label, f.verdict, f.mentions.length])).toEqual([
      ['people injured in Lviv', 'conflict', 2],
      ['people injured in Lviv region', 'single', 1],
    ])
  })

  it('reads an editor’s words in brackets inside a quote as no part of it', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'President Volodymyr Zelensky spoke. "(Russian President Vladimir) Putin deliberately chose Christmas for an attack," Zelensky said.',
        ),
        article(
          'b',
          'B',
          'President Volodymyr Zelensky spoke. "Today, Putin deliberately chose Christmas for an attack," Zelensky said.',
        ),
      ],
    })
    expect(facts.filter((f) => f.kind === 'quote').map((f) => [f.verdict, f.mentions.length])).toEqual([
      ['agree', 2],
    ])
  })

  it('does not set two short, different sayings of one speaker against each other', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'President Volodymyr Zelensky spoke. "We need more weapons," Zelensky said.'),
        article('b', 'B', 'President Volodymyr Zelensky spoke. "We need more air defence," Zelensky said.'),
      ],
    })
    expect(facts.filter((f) => f.kind === 'quote').map((f) => f.verdict)).toEqual(['single', 'single'])
  })

  it('does not set two sentences of one speech against each other for the small words they share', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'President Vladimir Putin spoke. "First of all, I welcomed the offer of the President of the United States for a meeting of the two sides on a possible peace deal," Putin said.',
        ),
        article(
          'b',
          'B',
          'President Vladimir Putin spoke. "We have agreed with the President of the United States that Russia will work with the Ukrainian side on a memorandum on a possible future peace deal, with the terms of a settlement and the timing of a deal," Putin said.',
        ),
      ],
    })
    expect(facts.filter((f) => f.kind === 'quote').map((f) => f.verdict)).toEqual(['single', 'single'])
  })

  it('sets quotes against each other only on their meaning, not on pronouns, nor on a word or two an unnamed one shares', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Mayor Ihor Terekhov wrote on Telegram: "We have a large number of missing people."',
        ),
        article(
          'b',
          'B',
          'The mayor spoke. "A large number of people are missing," Mayor Ihor Terekhov said.',
        ),
        article(
          'c',
          'C',
          'A police officer wrote on Facebook: "A total of seventeen people are currently missing."',
        ),
        article(
          'd',
          'D',
          '"As of this morning, we have an update that as a result of a Russian airstrike, 12 people were killed," Ihor Terekhov wrote.',
        ),
      ],
    })
    const quotes = facts.filter((f) => f.kind === 'quote')
    expect(quotes.map((f) => [f.verdict, f.mentions.map((m) => [m.articleId, m.speaker ?? null])])).toEqual([
      [
        'conflict',
        [
          ['a', 'Ihor Terekhov'],
          ['b', 'Ihor Terekhov'],
        ],
      ],
      ['single', [['c', null]]],
      ['single', [['d', 'Ihor Terekhov']]],
    ])
  })

  it('holds a name transliterated from Ukrainian or from Russian one speaker', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', '"Russia continues its energy terror," Energy Minister Herman Halushchenko said.'),
        article('b', 'B', '"Russia continues its energy terror," Energy Minister German Galuschenko said.'),
        article('c', 'C', '"We are working on other modalities of the exchange," Rustem Umierov said.'),
        article('d', 'D', '"We are also working on other modalities of this exchange," Rustem Umerov said.'),
      ],
    })
    const quotes = facts.filter((f) => f.kind === 'quote')
    expect(quotes.map((f) => [f.verdict, f.mentions.map((m) => m.articleId)])).toEqual([
      ['conflict', ['c', 'd']],
      ['agree', ['a', 'b']],
    ])
  })

  it('does not take an outlet that names itself for the speaker of what it passes on', () => {
    const { facts } = analyzeCorpus({
      articles: [
        {
          ...article(
            'a',
            'UNN',
            'The parties agreed to an exchange in the format of "1000 for 1000", writes UNN.',
          ),
        },
      ],
    })
    const quotes = facts.filter((f) => f.kind === 'quote')
    expect(quotes.map((f) => f.mentions.map((m) => [m.text, m.speaker ?? null]))).toEqual([
      [['1000 for 1000', null]],
    ])
  })

  it('makes one fact of a quote an article gives twice, with the outlet that gives it once', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Trump said talks were “very close” to a deal. Later, Trump said again that they were “very close”.',
        ),
        article('b', 'B', 'Trump told reporters the two sides were “very close”.'),
      ],
    })
    const quotes = facts.filter((f) => f.kind === 'quote')
    expect(quotes.map((f) => [f.verdict, f.mentions.map((m) => m.articleId)])).toEqual([
      ['agree', ['a', 'a', 'b']],
    ])
  })

  it('compares a quote split by its attribution with the same quote given whole', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'President Donald Trump spoke. "The conditions will be negotiated by the two parties," Trump said, "as it can only be."',
        ),
        article(
          'b',
          'B',
          'Trump wrote on Truth Social: "The conditions will be negotiated by the two parties, as it can only ever be."',
        ),
      ],
    })
    const quotes = facts.filter((f) => f.kind === 'quote')
    expect(quotes.map((f) => f.verdict)).toEqual(['conflict'])
    const changed = quotes[0]?.diffs?.flatMap((d) =>
      d.parts.filter((p) => p.added || p.removed).map((p) => p.value),
    )
    expect(changed?.map((w) => w.trim())).toEqual(['ever'])
  })

  it('reads "none of the four missiles was intercepted" as four launched, none downed', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia fired four ballistic missiles at Odesa overnight.'),
        article('b', 'B', 'The air force said none of the four ballistic missiles was intercepted.'),
      ],
    })
    const missiles = facts.filter((f) => f.kind === 'number')
    expect(missiles.map((f) => [f.label, f.verdict, f.mentions.length])).toEqual([
      ['missiles launched', 'agree', 2],
    ])
  })

  it('does not set the day a report names for itself against a year its sentence recalls', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia launched 728 drones at Ukraine overnight, the air force said on Thursday, in the biggest aerial attack of the war so far.',
          '2025-07-10',
        ),
        article(
          'b',
          'B',
          'Russia fired 728 drones at Ukraine, the air force said, in what officials called the largest aerial attack since the full-scale invasion began more than three years ago.',
          '2025-07-10',
        ),
      ],
    })
    const dates = facts.filter((f) => f.kind === 'date')
    expect(dates.filter((f) => f.verdict === 'conflict')).toEqual([])
    expect(factWith(dates, 'three years ago').map((f) => [f.verdict, f.mentions.length])).toEqual([
      ['single', 1],
    ])
  })

  it('folds a report’s repeated “overnight” into one fact, but not two happenings of one named day', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia attacked Kyiv overnight. The barrage of drones overnight was the largest yet. Reuters published the plan on Friday. Trump acknowledged on Friday that talks were hard.',
        ),
      ],
    })
    const dates = facts.filter((f) => f.kind === 'date')
    expect(dates.map((f) => f.mentions.map((m) => m.text))).toEqual([
      ['overnight', 'overnight'],
      ['Friday'],
      ['Friday'],
    ])
  })

  it('sets two camps of outlets against each other where they tell one happening in like words', () => {
    const text = (id: string, sentence: string) => article(id, id.toUpperCase(), sentence, '2025-04-26')
    const { facts } = analyzeCorpus({
      articles: [
        text(
          'a',
          'Trump and Zelenskyy met in the Vatican, their first meeting since the tense Oval Office meeting last month.',
        ),
        text(
          'b',
          'They met for the first time since the two had a massive argument at the White House in March.',
        ),
        text(
          'c',
          'This was the first face-to-face encounter between Trump and Zelenskyy since their heated meeting in the Oval Office in February that ended with Zelenskyy being asked to leave.',
        ),
        text(
          'd',
          'It is the first time the two leaders have spoken since a tense February encounter at the White House.',
        ),
      ],
    })
    const dates = facts.filter((f) => f.kind === 'date')
    expect(dates.map((f) => [f.verdict, f.mentions.map((m) => m.date)])).toEqual([
      ['conflict', ['2025-03', '2025-03', '2025-02', '2025-02']],
    ])
  })

  it('does not set a call on Monday against a truce proposed in March that its sentence recalls', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          "Donald Trump announced that Russia and Ukraine would begin peace talks following a phone call with Vladimir Putin on Monday, though the Russian president rejected Trump's appeal for an unconditional ceasefire.",
          '2025-05-20',
        ),
        article(
          'b',
          'B',
          "Trump's conversation with Vladimir Putin on Monday ended without a ceasefire. Trump had proposed an unconditional 30-day ceasefire in March, which Ukraine accepted and Russia rejected.",
          '2025-05-20',
        ),
        article(
          'c',
          'C',
          'Vladimir Putin and Donald Trump spoke by phone on Monday. Trump proposed a 30-day ceasefire in March, which Kyiv backed.',
          '2025-05-20',
        ),
      ],
    })
    const dates = facts.filter((f) => f.kind === 'date')
    expect(dates.map((f) => [f.verdict, f.mentions.map((m) => m.date)])).toEqual([
      ['agree', ['2025-05-19', '2025-05-19', '2025-05-19']],
      ['agree', ['2025-03', '2025-03']],
    ])
  })

  it('pairs a day named outright in sentences that share no words, and sets another outlet’s month against it', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'The Kremlin said the two leaders had last spoken on March 18.', '2025-05-20'),
        article(
          'b',
          'B',
          'Their previous call, on March 18, produced a limited pause in strikes.',
          '2025-05-20',
        ),
        article('c', 'C', 'The two leaders had last spoken in February.', '2025-05-20'),
      ],
    })
    const dates = facts.filter((f) => f.kind === 'date')
    expect(dates.map((f) => [f.verdict, f.mentions.map((m) => `${m.articleId}:${m.date}`)])).toEqual([
      ['conflict', ['a:2025-03-18', 'b:2025-03-18', 'c:2025-02']],
    ])
  })

  it('pairs the same month told of in sentences that share few words', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          "Monday's meeting at the White House contrasted sharply with the clash in February, when Zelenskyy was told to leave.",
          '2025-08-19',
        ),
        article(
          'b',
          'B',
          "It was Zelensky's first visit since the disastrous encounter in February, when Trump and JD Vance berated him.",
          '2025-08-19',
        ),
      ],
    })
    const february = facts.filter((f) => f.kind === 'date' && f.mentions.some((m) => m.date === '2025-02'))
    expect(february.map((f) => [f.verdict, f.mentions.length])).toEqual([['agree', 2]])
  })

  it('pairs the same date in differently worded sentences, and a relative date with the month it names', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Trump said talks would begin after a phone call with Putin on Monday.',
          '2025-05-19',
        ),
        article(
          'b',
          'B',
          'Trump said on Monday that both sides would start negotiations after his call. Trump proposed a 30-day ceasefire in March.',
          '2025-05-20',
        ),
        article('c', 'C', 'Trump first floated a 30-day truce two months ago.', '2025-05-20'),
      ],
    })
    const dates = facts.filter((f) => f.kind === 'date')
    expect(factWith(dates, 'Monday').map((f) => [f.verdict, f.mentions.length])).toEqual([['agree', 2]])
    expect(factWith(dates, 'two months ago').map((f) => [f.verdict, f.mentions.map((m) => m.text)])).toEqual([
      ['agree', ['March', 'two months ago']],
    ])
  })

  it.each([
    ['two hours and five minutes', [['agree', 2]]],
    ['more than two hours', [['agree', 2]]],
    // Both name the call they measure: a length that does not fit the other is in dispute.
    ['2½ hours', [['conflict', 2]]],
    ['90 minutes', [['conflict', 2]]],
  ])('compares “a two-hour call” as a rounded length with “%s”', (length, expected) => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Trump and Putin held a two-hour call on Monday, the White House said.'),
        article('b', 'B', `Trump and Putin spoke by phone on Monday for ${length}, the Kremlin said.`),
      ],
    })
    const lengths = facts.filter(
      (f) => f.kind === 'number' && f.mentions.some((m) => m.unit === 'minute' || m.unit === 'hour'),
    )
    expect(lengths.map((f) => [f.verdict, f.mentions.length])).toEqual(expected)
  })

  it('compares "one-fifth" with "20 percent", and keeps role-less counts of unrelated things apart', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia controls roughly one-fifth of Ukraine. Guarantees will be ready within 10 days.',
        ),
        article(
          'b',
          'B',
          'Russia occupies about 20 percent of Ukraine. A 30-day ceasefire was proposed in March.',
        ),
      ],
    })
    const share = facts.filter((f) => f.kind === 'number' && f.mentions.some((m) => m.unit === 'percent'))
    expect(share.map((f) => [f.verdict, f.mentions.map((m) => m.value)])).toEqual([['agree', [20, 20]]])
    const days = facts.filter((f) => f.kind === 'number' && f.mentions.some((m) => m.unit === 'day'))
    expect(days.map((f) => f.verdict)).toEqual(['single', 'single'])
  })

  it('matches a claim told in other words and with the names a second outlet adds', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'A senior Russian general was killed by a car bomb near Moscow on Friday.'),
        article(
          'b',
          'B',
          'Lieutenant General Yaroslav Moskalik was assassinated when an explosive device detonated in a parked car outside Moscow.',
        ),
      ],
    })
    expect(facts.filter((f) => f.kind === 'claim').map((f) => f.mentions.map((m) => m.articleId))).toEqual([
      ['a', 'b'],
    ])
  })

  it('does not match two statements that share only two words', () => {
    // "Putin Signals Willingness for Talks Amid Fresh Tensions" / "… amid fresh hopes and old tensions …"
    const { facts } = analyzeCorpus(seeds as Corpus)
    const claims = facts.filter((f) => f.kind === 'claim')
    expect(claims.length).toBeGreaterThan(0)
    expect(claims.filter((f) => f.mentions.some((m) => /Fresh Tensions/.test(m.text)))).toEqual([])
  })

  it('matches a claim told in one clause of a longer sentence, without its dateline', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'MOSCOW (Wire A) — A senior Russian general was killed on Friday when a car bomb exploded just outside Moscow.',
        ),
        article(
          'b',
          'B',
          "Investigators said a Russian general was killed by a car bomb near Moscow on Friday, and Kremlin spokesman Dmitry Peskov blamed Ukraine's special services.",
        ),
      ],
    })
    const claims = facts.filter((f) => f.kind === 'claim')
    expect(claims.map((f) => f.mentions.map((m) => m.text))).toEqual([
      [
        'A senior Russian general was killed on Friday when a car bomb exploded just outside Moscow.',
        'Investigators said a Russian general was killed by a car bomb near Moscow on Friday',
      ],
    ])
  })

  it.each([
    [
      'a city toll and a national one',
      'Nine people were killed in Kyiv.',
      'Twelve people were killed across Ukraine overnight.',
      [
        ['single', 'people killed in Kyiv'],
        ['single', 'people killed nationwide'],
      ],
    ],
    [
      'a city toll and one "across the country"',
      'Four people were killed in Kyiv, the mayor said.',
      'The strikes killed 13 people across the country, officials said.',
      [
        ['single', 'people killed in Kyiv'],
        ['single', 'people killed nationwide'],
      ],
    ],
    [
      'a city toll, and a toll that names no place, from another outlet',
      'The attacks killed 13 people across the country. In Kyiv, four people were killed.',
      'The strikes killed at least 12.',
      [
        ['agree', 'people killed nationwide'],
        ['single', 'people killed in Kyiv'],
      ],
    ],
    [
      'two cities in one sentence',
      'Two people were killed in Kharkiv and three in Odesa.',
      'Three people were killed in Kharkov.',
      [
        ['conflict', 'people killed in Kharkiv'],
        ['single', 'people killed in Odesa'],
      ],
    ],
    [
      'a place that opens the sentence',
      'In Kyiv, 9 people died.',
      'In Kharkiv, two people died. In Kyiv, eight people were killed.',
      [
        ['conflict', 'people killed in Kyiv'],
        ['single', 'people killed in Kharkiv'],
      ],
    ],
    [
      'two towns of one region',
      'Six people were wounded in Smila in the Cherkasy region.',
      'Two people were wounded in Uman in the Cherkasy region.',
      [
        ['single', 'people injured in Smila, Cherkasy region'],
        ['single', 'people injured in Uman, Cherkasy region'],
      ],
    ],
    [
      'a town named with its region, and the region alone',
      'Six people were wounded in Smila in the Cherkasy region.',
      'Seven people were injured in the Cherkasy region, the governor said.',
      [['conflict', 'people injured in Smila, Cherkasy region']],
    ],
    [
      'a toll of two regions, and one of either',
      'Two people were killed in the Kharkiv and Sumy regions.',
      'Three people were killed in the Kharkiv region.',
      [
        ['single', 'people killed in Kharkiv and Sumy regions'],
        ['single', 'people killed in Kharkiv region'],
      ],
    ],
    [
      'a toll of an attack on a city, and a national one',
      'A Russian missile strike on Sumy killed 35 people.',
      'Russian attacks killed 40 people across Ukraine on Sunday.',
      [
        ['single', 'people killed in Sumy'],
        ['single', 'people killed nationwide'],
      ],
    ],
    [
      "a headline that restates the body's national toll, and a city's toll",
      'Three killed, 49 wounded in Russian attacks. Zelensky said 49 people nationwide had been injured.',
      'In Lutsk, five people were injured, the mayor said.',
      [
        ['single', 'people killed'],
        ['single', 'people injured nationwide'],
        ['single', 'people injured in Lutsk'],
      ],
    ],
    [
      'a toll where drones hit a region',
      'Ukrainian drones hit Russia’s Tula region, injuring three.',
      'Russian attacks injured 40 people across the country.',
      [
        ['single', 'people injured in Tula region'],
        ['single', 'people injured nationwide'],
      ],
    ],
  ])('compares tolls place by place: %s', (_, a, b, expected) => {
    const { facts } = analyzeCorpus({ articles: [article('a', 'A', a), article('b', 'B', b)] })
    expect(facts.filter((f) => f.kind === 'number').map((f) => [f.verdict, f.label])).toEqual(expected)
  })

  it.each([
    ['After today’s encounter, Zelenskyy took a train home.', 'After today’s encounter, Zelenskyy took'],
    ['He said: "Today, Putin rejected the ceasefire."', 'He said: "Today, Putin rejected the'],
    [
      'On the night of 24-25 May, Russia attacked Ukraine again.',
      'On the night of 24-25 May, Russia attacked Ukraine',
    ],
  ])('labels a date by the words around it as the text has them: “%s”', (text, label) => {
    const { facts } = analyzeCorpus({ articles: [article('a', 'A', text)] })
    expect(facts.filter((f) => f.kind === 'date').map((f) => f.label)).toEqual([label])
  })

  it("gives a toll that names no place to the outlet whose national toll it fits, not against a city's", () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'A man was killed in Pavlohrad, the governor said.'),
        article('b', 'B', 'One person was killed in Pavlohrad overnight.'),
        article('c', 'C', 'Russia attacked Ukraine overnight, killing at least four people.'),
        article('d', 'D', 'At least four people were killed across the country.'),
      ],
    })
    expect(facts.filter((f) => f.kind === 'number').map((f) => [f.verdict, f.label])).toEqual([
      ['agree', 'people killed in Pavlohrad'],
      ['agree', 'people killed nationwide'],
    ])
  })

  it("sets a toll that names no place against another like it, not against a city's a third its size", () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'In Kyiv, 16 people were injured.'),
        article('b', 'B', 'In Kyiv, 16 people were injured, the mayor said.'),
        article('c', 'C', 'Sixty more were injured, the minister said.'),
        article('d', 'D', 'More than 60 were injured, officials said.'),
      ],
    })
    expect(facts.filter((f) => f.kind === 'number').map((f) => [f.verdict, f.label])).toEqual([
      ['agree', 'people injured in Kyiv'],
      ['agree', 'people injured'],
    ])
  })

  it('does not set a region’s toll against a toll that names no place and is more than twice as large', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'The overnight attack killed one person and injured at least 18, officials said.'),
        article('b', 'B', 'Lviv Oblast Gov. Maksym Kozytskyi said an attack there injured two.'),
      ],
    })
    expect(
      facts.filter((f) => f.kind === 'number' && f.label.includes('injured')).map((f) => f.verdict),
    ).toEqual(['single', 'single'])
  })

  it('names the side of each count of downed drones where both sides’ are counted, wherever each was', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Ukrainian defenses managed to intercept 266 drones overnight.'),
        article('b', 'B', 'Ukrainian air defences shot down 266 drones overnight.'),
        article(
          'c',
          'C',
          'Russia destroyed 110 Ukrainian drones across various regions of the country overnight.',
        ),
        article('d', 'D', 'Russia said it downed 110 Ukrainian drones overnight.'),
      ],
    })
    expect(facts.filter((f) => f.kind === 'number').map((f) => [f.label, f.verdict])).toEqual([
      ['Russian drones downed', 'agree'],
      ['Ukrainian drones downed nationwide', 'agree'],
    ])
  })

  it('meets "15 missiles downed" with the sum of another outlet’s missiles listed one model after another', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Air defences downed 420 targets overnight. Among them were 405 drones, a Kinzhal aeroballistic missile, four Iskander-M ballistic missiles, nine Iskander-K cruise missiles, and one Kh-59/69 air-launched missile.',
        ),
        article('b', 'B', 'Ukrainian defenses intercepted 405 drones and 15 missiles overnight.'),
      ],
    })
    const missiles = facts.filter((f) => f.label === 'missiles downed')
    expect(missiles.map((f) => [f.verdict, f.mentions.map((m) => m.value)])).toEqual([['agree', [15, 15]]])
  })

  it('does not set a city’s count of downed drones against a count that names no place and is many times it', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Air defences shot down 99 drones overnight.'),
        article('b', 'B', 'Air defences shot down 99 drones overnight, the air force said.'),
        article('c', 'C', 'Air defences destroyed nearly 10 drones on the approaches to Kyiv overnight.'),
      ],
    })
    expect(facts.filter((f) => f.kind === 'number').map((f) => [f.label, f.verdict])).toEqual([
      ['drones downed', 'agree'],
      ['drones downed in Kyiv', 'single'],
    ])
  })

  it('keeps one outlet’s equal tolls of two places apart', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'A drone strike killed two people in Mykolaiv. In the Odesa region, two people were killed.',
        ),
      ],
    })
    expect(facts.filter((f) => f.kind === 'number').map((f) => [f.label, f.mentions.length])).toEqual([
      ['people killed in Mykolaiv', 1],
      ['people killed in Odesa region', 1],
    ])
  })

  it('sets an outlet’s exact count against the exact count two outlets agree on, not its rounded one', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia launched nearly 500 drones overnight, Zelensky said.'),
        article('b', 'B', 'Russia launched nearly 500 drones overnight.'),
        article('d', 'D', 'Russian forces fired approximately 595 drones overnight, officials said.'),
        article('e', 'E', 'The air force said Russia launched 595 drones overnight.'),
        article(
          'f',
          'F',
          'Zelensky said nearly 500 drones were used overnight. The air force said Russia launched 593 drones overnight.',
        ),
      ],
    })
    const [launched] = factWith(facts, '595 drones')
    expect(launched?.mentions.filter((m) => m.articleId === 'f').map((m) => m.text)).toEqual(['593 drones'])
  })

  it('lists the outlets of the event that leave a fact out', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia launched 273 drones overnight.'),
        article('b', 'B', 'Russia launched 273 drones overnight.'),
        article('c', 'C', 'A night of explosions in the capital.'),
      ],
    })
    expect(factWith(facts, '273')[0]?.missing).toEqual(['c'])
  })

  it('agrees on a quote that two outlets spell the British and the American way', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Trump said Zelensky “is doing his Country no favors by talking the way he does.”'),
        article(
          'b',
          'B',
          'Trump wrote that Zelensky was “doing his country no favours by talking the way he does”.',
        ),
      ],
    })
    expect(facts.filter((f) => f.kind === 'quote').map((f) => [f.verdict, f.mentions.length])).toEqual([
      ['agree', 2],
    ])
  })

  it('marks a reworded quote as a conflict and diffs it word by word', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'President Donald Trump wrote: “He is just tapping me along and has to be dealt with.”',
        ),
        article('b', 'B', '“He is just stringing me along and must be dealt with,” Trump wrote.'),
      ],
    })
    const [quote] = facts.filter((f) => f.kind === 'quote')
    expect(quote?.verdict).toBe('conflict')
    expect(quote?.mentions.map((m) => m.speaker)).toEqual(['Donald Trump', 'Donald Trump'])
    const changed = quote?.diffs?.[0]?.parts.filter((p) => p.added || p.removed).map((p) => p.value.trim())
    expect(changed).toEqual(['tapping', 'stringing', 'has to', 'must'])
    // The full stop the first outlet keeps inside its marks is no change of wording; the text still has it.
    expect(
      quote?.diffs?.[0]?.parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe('He is just stringing me along and must be dealt with')
  })

  it('meets “seven missiles, all of which were intercepted” with another outlet’s “shot down seven missiles”', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia launched seven missiles at Ukraine overnight, all of which were intercepted.',
        ),
        article(
          'b',
          'B',
          'Russia fired seven missiles overnight. Air defences shot down seven missiles, the air force said.',
        ),
      ],
    })
    const downed = facts.find((f) => f.mentions.some((m) => m.text === 'all of which were intercepted'))
    expect(downed?.verdict).toBe('agree')
    expect(downed?.mentions.map((m) => [m.articleId, m.value, m.role])).toEqual([
      ['a', 7, 'downed'],
      ['b', 7, 'downed'],
    ])
  })

  it('does not set “three years ago” against “on Thursday” in like sentences: a year and a day of another year', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia fired 741 drones and missiles at Ukraine, the largest aerial attack since the full-scale invasion began more than three years ago, the air force said.',
          '2025-07-11',
        ),
        article(
          'b',
          'B',
          'Russia fired 741 drones and missiles at Ukraine on Thursday, the largest aerial attack since the full-scale invasion began, the air force said.',
          '2025-07-11',
        ),
      ],
    })
    expect(facts.filter((f) => f.kind === 'date').map((f) => f.verdict)).toEqual(['single', 'single'])
  })

  it.each([
    [
      'It was the deadliest attack on the capital since July, officials said.',
      'It was one of the deadliest attacks on the capital this year, officials said.',
      '2025-04-26',
    ],
    [
      'Trump said the US would resume sending some weapons to Kyiv, a week after the Pentagon paused deliveries.',
      'Trump, who said on Tuesday the US would resume sending weapons to Kyiv, has grown frustrated.',
      '2025-07-10',
    ],
  ])(
    'disputes no date that only frames a ranking or counts from another happening: “%s”',
    (first, second, day) => {
      const { facts } = analyzeCorpus({
        articles: [article('a', 'A', first, day), article('b', 'B', second, day)],
      })
      expect(facts.filter((f) => f.kind === 'date').map((f) => f.verdict)).toEqual(['single', 'single'])
    },
  )

  it('disputes the day of a record attack: a superlative frames only “since …” and “this year”', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Russia launched its largest attack on Kyiv on Thursday, killing 12 people.',
          '2025-04-26',
        ),
        article(
          'b',
          'B',
          'Russia launched its largest attack on Kyiv on Wednesday, killing 12 people.',
          '2025-04-26',
        ),
      ],
    })
    expect(facts.filter((f) => f.kind === 'date').map((f) => f.verdict)).toEqual(['conflict'])
  })

  it('does not let “this year”, which agrees with any day of it, carry “today” into a dispute of last month', () => {
    const v = (id: string, text: string) => article(id, id.toUpperCase(), text, '2025-04-26', 'vatican')
    const { facts } = analyzeCorpus({
      articles: [
        v('a', 'It was their first meeting since the clash in the Oval Office last month.'),
        v('d', 'It was their first meeting since the clash in the Oval Office in February.'),
        v(
          'b',
          'The two presidents met in the Oval Office this year and had a very productive discussion, the White House said.',
        ),
        v(
          'c',
          'The two presidents met privately today and had a very productive discussion, the White House said.',
        ),
      ],
    })
    const dates = facts.filter((f) => f.kind === 'date')
    expect(dates.map((f) => [f.verdict, f.mentions.map((m) => m.text)])).toEqual([
      ['conflict', ['last month', 'February']],
      ['agree', ['this year', 'today']],
    ])
  })

  it('reads “5000” and “5,000” in a quote as one number: no conflict, and no change in a diff', () => {
    const quotesOf = (second: string) =>
      analyzeCorpus({
        articles: [
          article('a', 'A', 'Trump wrote: “Vladimir, STOP! 5000 soldiers a week are dying.”'),
          article('b', 'B', `“${second},” Trump wrote.`),
        ],
      }).facts.filter((f) => f.kind === 'quote')
    expect(quotesOf('Vladimir, stop! 5,000 soldiers a week are dying').map((q) => q.verdict)).toEqual([
      'agree',
    ])
    const [reworded] = quotesOf('Vladimir, stop! 5,000 soldiers a week are being killed')
    expect(reworded?.verdict).toBe('conflict')
    const changed = reworded?.diffs?.[0]?.parts.filter((p) => p.added || p.removed).map((p) => p.value.trim())
    expect(changed).toEqual(['dying.', 'being killed'])
  })

  it.each([
    ['We need a 30-day cease-fire now.', 'We need a 30-day ceasefire now.'],
    ['The U.S. will not be involved in any way.', 'The US will not be involved … in any way.'],
    ['We’re ready to talk about it.', 'We are ready to talk about it.'],
    ['It was 100 percent productive.', 'It was 100% productive.'],
    // An editor's words in brackets are not the speaker's.
    ['We [Ukraine] will never recognise the occupation.', 'We will never recognise the occupation.'],
    // Two cuts of one passage: one stops where the other goes on.
    [
      'Russia and Ukraine will immediately start negotiations toward a ceasefire.',
      'will immediately start negotiations toward a ceasefire and, more importantly, an end to the war.',
    ],
  ])('agrees on one quote in two house styles: “%s” and “%s”', (first, second) => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', `Ukrainian President Volodymyr Zelensky said: “${first}”`),
        article('b', 'B', `Ukrainian President Volodymyr Zelensky said: “${second}”`),
      ],
    })
    expect(facts.filter((f) => f.kind === 'quote').map((f) => f.verdict)).toEqual(['agree'])
  })

  it('sets two wordings against each other though a third outlet quotes a fragment of both', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Merz said he could not imagine the next meeting taking place “without a ceasefire.”',
        ),
        article(
          'b',
          'B',
          '“I can’t imagine that the next meeting would take place without a ceasefire,” Merz said.',
        ),
        article(
          'c',
          'C',
          '“I can’t imagine that the next meeting will take place without a ceasefire,” Merz told reporters.',
        ),
      ],
    })
    const quotes = facts.filter((f) => f.kind === 'quote')
    expect(quotes.map((f) => [f.verdict, f.label, f.mentions.map((m) => m.articleId)])).toEqual([
      ['conflict', "Merz: “I can't imagine that the next meeting would take place…”", ['a', 'b', 'c']],
    ])
  })

  it('gives every mention the exact text of its span', () => {
    const corpus = seeds as Corpus
    const texts = new Map(corpus.articles.map((a) => [a.id, a.text]))
    for (const fact of analyzeCorpus(corpus).facts) {
      for (const m of fact.mentions) expect(texts.get(m.articleId)?.slice(m.start, m.end)).toBe(m.text)
    }
  })

  it('finds the seeds’ conflicts: Trump’s post reworded, and “last month” against “February”', () => {
    const { facts } = analyzeCorpus(seeds as Corpus)
    const rome = facts.filter((f) => f.eventId === 'vatican-meeting-2025-04-26' && f.verdict === 'conflict')
    expect(rome.map((f) => f.kind).sort()).toEqual(['date', 'quote', 'quote', 'quote'])
    const [oval] = rome.filter((f) => f.kind === 'date')
    expect(oval?.mentions.map((m) => [m.text, m.date])).toEqual([
      ['last month', '2025-03'],
      ['February', '2025-02'],
      ['February', '2025-02'],
    ])
  })

  it('groups articles without event ids into events with a title and a date', () => {
    const corpus = seeds as Corpus
    const { events } = analyzeCorpus({ articles: corpus.articles.map(({ eventId: _, ...a }) => a) })
    expect(events.map((e) => [e.articleIds, e.date])).toEqual([
      [['seed-000', 'seed-001', 'seed-002'], '2025-04-26'],
      [['seed-004'], '2025-05-19'],
      [['seed-003'], '2025-08-19'],
    ])
    expect(events.every((e) => e.title.length > 10)).toBe(true)
  })

  it.each([
    [
      'By Andrea Shalal and Max Hunder\n\nU.S. President Donald Trump told Zelenskyy on Monday that the United States would help.',
      'U.S. President Donald Trump told Zelenskyy on Monday that the United States would help.',
    ],
    [
      'Photo: Reuters\nRussia launched a large-scale aerial strike overnight on Aug. 28, officials said.',
      'Russia launched a large-scale aerial strike overnight on Aug. 28, officials said.',
    ],
  ])('titles an event found by its report’s first line that tells something: “%s”', (text, title) => {
    const { events } = analyzeCorpus({
      articles: [{ id: 'a', outlet: 'A', text, publishedAt: '2025-08-19' }],
    })
    expect(events.map((e) => e.title)).toEqual([title])
  })

  describe('with reports of the Vatican meeting, short and long, and of the night after it', () => {
    const loose = (id: string, text: string, publishedAt: string): Article => ({
      id,
      outlet: id,
      text,
      publishedAt,
    })
    const vatican = (seeds as Corpus).articles
      .filter((a) => a.publishedAt === '2025-04-26')
      .map(({ eventId: _, ...a }) => a)
    const reports = [
      ...vatican,
      loose(
        'brief-a',
        'Donald Trump and Volodymyr Zelensky spoke inside St Peter’s Basilica before the funeral of Pope Francis on Saturday. It was their first meeting since the Oval Office row in February.',
        '2025-04-26',
      ),
      loose(
        'brief-b',
        'Trump and Zelensky held a 15-minute meeting at the Vatican on Saturday, their first talks since the Oval Office meeting went wrong in February, Zelensky’s office said.',
        '2025-04-26',
      ),
      loose(
        'brief-c',
        'Trump wrote on Truth Social that there was "no reason for Putin to be shooting missiles into civilian areas, cities and towns" after meeting Zelensky at the Vatican.',
        '2025-04-26',
      ),
      loose(
        'night',
        'Russia launched 149 drones at Ukraine overnight, the air force said on Sunday, hours after Donald Trump and Volodymyr Zelensky met in St Peter’s Basilica before the funeral of Pope Francis, their first meeting since February. Air defences shot down 57 drones.',
        '2025-04-27',
      ),
    ]
    const grouping = (articles: readonly Article[]) =>
      analyzeCorpus({ articles })
        .events.map((e) => [...e.articleIds].sort().join(' '))
        .sort()

    it('keeps the night’s strike report apart from the meeting it recalls', () => {
      const events = grouping(reports)
      expect(events.find((e) => e.includes('night'))).toBe('night')
    })

    it('finds the same events whatever order the corpus lists its articles in', () => {
      const forward = grouping(reports)
      expect(grouping([...reports].reverse())).toEqual(forward)
      const shorterFirst = [...reports].sort((a, b) => a.text.length - b.text.length)
      expect(grouping(shorterFirst)).toEqual(forward)
    })
  })

  describe('with a report of the night filed after midnight, dated the next day', () => {
    const report = (id: string, text: string, publishedAt: string, eventId?: string): Article => ({
      id,
      outlet: id.toUpperCase(),
      text,
      publishedAt,
      ...(eventId ? { eventId } : {}),
    })
    const night = [
      report(
        'a',
        'Russia launched 477 drones and 60 missiles at Ukraine overnight, the air force said. Air defences shot down 211 drones and 38 missiles.',
        '2025-06-29',
      ),
      report(
        'b',
        'Russia fired 477 drones and 60 missiles overnight in its largest combined attack, the air force said on Sunday. Two people were injured in Smila.',
        '2025-06-29',
      ),
      report(
        'late',
        'Russia attacked Ukraine overnight with 477 drones and 60 missiles, the air force said. It said 249 drones and 38 missiles were shot down.',
        '2025-06-30',
      ),
    ]

    it('groups it with the night it tells of, and dates its "overnight" to that night', () => {
      const { events, facts } = analyzeCorpus({ articles: night })
      expect(events.map((e) => e.articleIds)).toEqual([['a', 'b', 'late']])
      const launched = facts.find((f) => f.label === 'drones launched')
      expect(launched?.verdict).toBe('agree')
      expect(launched?.mentions.map((m) => m.articleId)).toEqual(['a', 'b', 'late'])
      const overnight = facts.find((f) =>
        f.mentions.some((m) => m.articleId === 'late' && m.text === 'overnight'),
      )
      expect(overnight?.mentions.map((m) => m.date)).toEqual(['2025-06-29', '2025-06-29', '2025-06-29'])
    })

    it('keeps the next night’s own report apart, though it recalls the night before', () => {
      const next = report(
        'next',
        'Russia launched 315 drones and seven missiles at Ukraine overnight, the air force said. The previous night, Russia had launched 477 drones and 60 missiles.',
        '2025-06-30',
      )
      const { events } = analyzeCorpus({ articles: [...night.slice(0, 2), next] })
      expect(events.map((e) => e.articleIds)).toEqual([['a', 'b'], ['next']])
    })

    it('leaves the night after a call its own, in the call’s event', () => {
      const call = [
        report(
          'c1',
          'Trump and Putin spoke by phone for two hours on Tuesday, the Kremlin said.',
          '2025-03-18',
          'call',
        ),
        report(
          'c2',
          'Donald Trump and Vladimir Putin held a two-hour call on Tuesday.',
          '2025-03-18',
          'call',
        ),
        report(
          'c3',
          'Hours after the call, Russia launched 145 drones against Ukraine overnight, the air force said.',
          '2025-03-19',
          'call',
        ),
      ]
      const { facts } = analyzeCorpus({ articles: call })
      const overnight = facts.find((f) =>
        f.mentions.some((m) => m.articleId === 'c3' && m.text === 'overnight'),
      )
      expect(overnight?.mentions.find((m) => m.articleId === 'c3')?.date).toBe('2025-03-19')
    })
  })

  it('keeps reports of a strike night apart from a call’s report that ends on the night’s counts', () => {
    const call = (seeds as Corpus).articles.find((a) => a.id === 'seed-004') as Article
    const night = (id: string, text: string): Article => ({ id, outlet: id, text, publishedAt: '2025-05-19' })
    const { events } = analyzeCorpus({
      articles: [
        { ...call, eventId: undefined },
        night(
          'n1',
          'Russia launched 112 Shahed drones and decoys at Ukraine overnight, the air force said on Monday. Air defences shot down 76 drones, while 30 were lost to electronic warfare. A woman was injured in the Kyiv region.',
        ),
        night(
          'n2',
          'Ukraine downed 76 of 112 Russian drones launched overnight, the military said. One person was hurt in the Kyiv region.',
        ),
      ],
    })
    expect(events.map((e) => e.articleIds)).toEqual([['seed-004'], ['n1', 'n2']])
  })

  it('keeps a strike’s reports apart from a meeting’s, though a meeting report ends on the strike’s toll', () => {
    const report = (id: string, text: string): Article => ({
      id,
      outlet: id,
      text,
      publishedAt: '2025-08-18',
    })
    const { events } = analyzeCorpus({
      articles: [
        report(
          'm1',
          'President Trump said on Monday that he had begun arranging a meeting between Vladimir Putin and Volodymyr Zelensky, after hosting Mr. Zelensky and seven European leaders at the White House. Mr. Trump interrupted the gathering to call Mr. Putin, a conversation that lasted about 40 minutes. Mr. Zelensky called the talks “the best” he had had with Mr. Trump. Chancellor Friedrich Merz said he could not imagine the next meeting taking place “without a ceasefire.” Mr. Trump said a trilateral meeting could follow within two weeks. Hours before the talks, a Russian drone strike on Kharkiv killed seven people, Ukrainian officials said.',
        ),
        report(
          'm2',
          'Trump hosted Zelensky and European leaders at the White House on Monday and said he had begun arranging a meeting between Putin and Zelensky. Trump called Putin during the talks; the conversation lasted 40 minutes, the Kremlin said. Merz said the next meeting should not take place without a ceasefire.',
        ),
        report(
          'k1',
          'A Russian drone attack on an apartment building in Kharkiv killed seven people, including a child, overnight, hours before Zelensky was due to meet Trump in Washington, officials said on Monday. Russia launched 140 drones and four ballistic missiles at Ukraine overnight, the air force said, adding that 88 drones had been shot down or jammed.',
        ),
        report(
          'k2',
          'Seven people, among them a 16-month-old girl, were killed when Russian drones hit an apartment block in Kharkiv overnight, the regional governor said. Ukraine’s air force said Russia had fired 140 Shahed drones and four missiles, and that air defences had downed or suppressed 88 drones. The strike came as Zelensky travelled to Washington for talks with Trump and European leaders.',
        ),
      ],
    })
    expect(events.map((e) => [...e.articleIds].sort())).toEqual([
      ['m1', 'm2'],
      ['k1', 'k2'],
    ])
  })

  it('keeps two nights’ reports apart, though the second recalls the first night’s counts', () => {
    const loose = (id: string, text: string, publishedAt: string): Article => ({
      id,
      outlet: id.toUpperCase(),
      text,
      publishedAt,
    })
    const { events } = analyzeCorpus({
      articles: [
        loose(
          'a',
          'Russia launched 479 drones and 20 missiles at Ukraine overnight, the largest aerial attack of the war, the air force said. Air defences shot down 277 drones.',
          '2025-06-09',
        ),
        loose(
          'b',
          'Russia fired 479 drones and 20 missiles at Ukraine overnight in its biggest air attack yet, the air force said. Most were shot down.',
          '2025-06-09',
        ),
        loose(
          'c',
          'Russia launched 315 drones and seven missiles at Ukraine overnight, the air force said, a day after a record attack. The previous night, Russia had launched 479 drones and 20 missiles, the largest aerial attack of the war.',
          '2025-06-10',
        ),
        loose(
          'd',
          'Russia attacked Ukraine overnight with 315 drones and seven missiles, the air force said. On Monday, Russia fired 479 drones and 20 missiles.',
          '2025-06-10',
        ),
      ],
    })
    expect(events.map((e) => e.articleIds)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  it('keeps a strike night apart from the meeting reported the day before, but not two reports that disagree', () => {
    const loose = (id: string, outlet: string, text: string, publishedAt: string): Article => ({
      id,
      outlet,
      text,
      publishedAt,
    })
    const { events } = analyzeCorpus({
      articles: [
        loose(
          'm1',
          'A',
          'Trump met Zelensky in Rome at the funeral of Pope Francis. Days earlier Russia launched 145 drones at Kyiv.',
          '2025-04-26',
        ),
        loose(
          'm2',
          'B',
          'Trump and Zelensky met briefly in Rome before the funeral of Pope Francis, the White House said.',
          '2025-04-26',
        ),
        loose(
          'n1',
          'C',
          'Hours after Trump met Zelensky in Rome, Russia launched 149 drones at Ukraine overnight; 57 were shot down.',
          '2025-04-27',
        ),
        loose(
          'n2',
          'D',
          'Russia sent 149 drones overnight after the Rome meeting of Trump and Zelensky. Air defences downed 57.',
          '2025-04-27',
        ),
        loose(
          'k1',
          'E',
          'Russia launched 273 drones at Kyiv overnight, the air force said, in the biggest attack since the war began.',
          '2025-05-18',
        ),
        loose(
          'k2',
          'F',
          "Russia fired 237 drones at Kyiv overnight in the biggest drone attack of the war, Ukraine's air force said.",
          '2025-05-18',
        ),
      ],
    })
    expect(events.map((e) => e.articleIds)).toEqual([
      ['m1', 'm2'],
      ['n1', 'n2'],
      ['k1', 'k2'],
    ])
  })

  it('takes in a follow-up two days on that repeats two of the event’s counts, not a report sharing one toll', () => {
    const loose = (id: string, text: string, publishedAt: string): Article => ({
      id,
      outlet: id,
      text,
      publishedAt,
    })
    const { events } = analyzeCorpus({
      articles: [
        loose(
          'a',
          'Russia launched 440 drones and 32 missiles at Kyiv overnight. One person was killed.',
          '2025-06-17',
        ),
        loose('b', 'Russia fired 440 drones and 32 missiles at Kyiv; one person was killed.', '2025-06-17'),
        loose(
          'd',
          'The toll from the attack on Kyiv, in which Russia fired 440 drones and 32 missiles, has risen to 28.',
          '2025-06-19',
        ),
        loose('e', 'Russia launched 90 drones at Kyiv overnight. One person was killed.', '2025-06-19'),
      ],
    })
    expect(events.map((e) => e.articleIds)).toEqual([['a', 'b', 'd'], ['e']])
  })

  it('groups a report whose toll differs with the night’s reports, where nothing but the toll is counted', () => {
    const loose = (id: string, text: string): Article => ({ id, outlet: id, text, publishedAt: '2025-08-28' })
    const { events } = analyzeCorpus({
      articles: [
        loose(
          'a',
          'KYIV, Ukraine (AP) — A massive Russian drone and missile attack on Kyiv killed at least 14 people, including three children, and injured 38 others, officials said Thursday.\nRussia fired 598 drones and 31 missiles overnight, Ukraine’s air force said. Air defenses shot down or neutralized 563 drones and 26 missiles.\nIn the Darnytskyi district, a five-story residential building was partly destroyed, Kyiv city military administration head Tymur Tkachenko said.\nThe strikes also damaged the offices of the European Union’s delegation and the British Council in central Kyiv.\nIn the Dnipropetrovsk region, one person was killed and three were wounded, the regional governor said.',
        ),
        loose(
          'b',
          'At least 18 people, including four children, have been killed in Kyiv after Russia launched one of its largest combined attacks on the Ukrainian capital, officials say.\nUkraine’s air force said Russia had launched 598 drones and 31 ballistic and cruise missiles in the overnight attack. It said 563 drones and 26 missiles had been shot down or suppressed.\nAt least 48 people were injured across the city, Tkachenko said.\nThe EU’s envoy to Ukraine said the bloc’s mission had been damaged by the blasts.',
        ),
        loose(
          'c',
          'Russia’s Defence Ministry said on Thursday its forces had carried out a massive strike overnight with long-range precision weapons on Ukrainian military-industrial enterprises and air bases.\nThe ministry said Russian air defence units had destroyed 102 Ukrainian drones over Russian regions overnight.\nUkraine said the attack on Kyiv killed at least 15 people.',
        ),
      ],
    })
    expect(events.map((e) => e.articleIds)).toEqual([['a', 'b', 'c']])
  })

  it('agrees on an age at death and counts no one killed', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Pope Francis died on Easter Monday at the age of 88.', '2025-04-26', 'pope'),
        article('b', 'B', 'Francis died on April 21 aged 88.', '2025-04-26', 'pope'),
      ],
    })
    const numbers = facts.filter((f) => f.kind === 'number')
    expect(numbers.map((f) => [f.label, f.verdict, f.mentions.map((m) => m.role)])).toEqual([
      ['age at death', 'agree', ['age (at death)', 'age (at death)']],
    ])
  })

  it('sets a role-less count against another outlet’s in a sentence that says nearly the same, and only there', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'More than 250,000 people attended the funeral Mass in St. Peter’s Square, according to the Vatican. The pope’s coffin was carried by 14 pallbearers.',
          '2025-04-26',
          'funeral',
        ),
        article(
          'b',
          'B',
          'About 200,000 people attended the funeral, the Vatican said. Police said 2,500 officers were on duty around Rome.',
          '2025-04-26',
          'funeral',
        ),
      ],
    })
    const crowd = factWith(facts, '250,000')
    expect(crowd.map((f) => [f.verdict, f.mentions.map((m) => m.value)])).toEqual([
      ['conflict', [250000, 200000]],
    ])
    expect(factWith(facts, '14 pallbearers').map((f) => f.verdict)).toEqual(['single'])
  })

  it('keeps the reports of a call apart from the night before, which they recall at their close', () => {
    const { events } = analyzeCorpus({
      articles: [
        {
          id: 'n1',
          outlet: 'N1',
          publishedAt: '2025-05-18',
          text: 'Russia launched 273 drones at Ukraine overnight, the largest drone attack of the war, Ukraine’s air force said on Sunday.\nAir defences shot down 88 drones and another 128 were lost, likely jammed.\nA woman was killed in the Kyiv region, officials said.',
        },
        {
          id: 'n2',
          outlet: 'N2',
          publishedAt: '2025-05-18',
          text: 'Russia attacked Ukraine with 273 drones overnight, the air force said. Of those, 88 were shot down and 128 were lost.\nOne woman was killed in the Obukhiv district of the Kyiv region.',
        },
        {
          id: 'p-ap',
          outlet: 'Wire A',
          publishedAt: '2025-05-19',
          text: 'WASHINGTON (AP) — President Donald Trump said Monday that Russia and Ukraine will "immediately start negotiations" toward a ceasefire after a more than two-hour call with Russian President Vladimir Putin.\n"The tone and spirit of the conversation were excellent," Trump wrote on his social media site.\nPutin, speaking to reporters after the call, called the conversation "very substantive and quite useful" and said Moscow was ready to work with Ukraine on a memorandum about a possible future peace accord.\nThe call came days after Russian and Ukrainian officials met in Istanbul on Friday for their first direct talks in more than three years, which produced an agreement to swap 1,000 prisoners of war each.\nOn Sunday, Russia launched 273 drones at Ukraine, the largest drone attack of the war, Ukrainian officials said.',
        },
        {
          id: 'p-dw',
          outlet: 'Euro Broadcaster',
          publishedAt: '2025-05-19',
          text: 'US President Donald Trump and Russian President Vladimir Putin spoke by phone on Monday for more than two hours, the Kremlin said.\nTrump said Russia and Ukraine would "immediately start negotiations toward a ceasefire and, more importantly, an end to the war."\nPutin called the talks "very informative and very frank" and said they were "very useful."\nThe call came a day after Russia launched 273 drones against Ukraine, according to Ukraine’s air force, in the largest drone attack since the start of the full-scale invasion in February 2022.\nUkraine and Russia held their first direct peace talks in more than three years in Istanbul on May 16.',
        },
      ],
    })
    expect(events.map((e) => e.articleIds)).toEqual([
      ['n1', 'n2'],
      ['p-ap', 'p-dw'],
    ])
  })

  it('sets like lengths of one summit against each other, but not a short chat against a long meeting', () => {
    const summit = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'The talks at Joint Base Elmendorf-Richardson lasted about three hours.',
          '2025-08-16',
          'ak',
        ),
        article(
          'b',
          'B',
          'Trump and Putin failed to reach a deal at their summit in Alaska, after talks lasting two and a half hours.',
          '2025-08-16',
          'ak',
        ),
        article(
          'c',
          'C',
          'The summit ended with no agreement after nearly three hours of talks. The two leaders spoke for 12 minutes at a news conference.',
          '2025-08-16',
          'ak',
        ),
      ],
    })
    expect(
      summit.facts
        .filter((f) => f.label.startsWith('length of'))
        .map((f) => [f.verdict, f.mentions.map((m) => m.value)]),
    ).toEqual([['conflict', [3, 2.5, 3]]])
    const rome = analyzeCorpus({
      articles: [
        article('a', 'A', 'Their 15-minute discussion took place in the basilica.', '2025-04-26', 'rome'),
        article('b', 'B', 'Witkoff met Putin for three hours in Moscow on Friday.', '2025-04-26', 'rome'),
      ],
    })
    expect(rome.facts.filter((f) => f.kind === 'number').map((f) => f.verdict)).toEqual(['single', 'single'])
  })

  it('agrees on a month and a day within it where the sentences tell of one happening', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'US President Donald Trump and Ukrainian President Volodymyr Zelenskyy have met in St Peter’s Basilica in the Vatican ahead of the funeral of Pope Francis, in their first face-to-face encounter since a heated exchange in the Oval Office in February.',
          '2025-04-26',
          'rome',
        ),
        article(
          'b',
          'B',
          'Donald Trump and Volodymyr Zelensky held a brief meeting inside St Peter’s Basilica on Saturday, their first since the Oval Office row on February 28, a Ukrainian official said.',
          '2025-04-26',
          'rome',
        ),
      ],
    })
    const dates = factWith(facts, 'February').filter((f) => f.kind === 'date')
    expect(dates.map((f) => [f.verdict, f.mentions.map((m) => m.date)])).toEqual([
      ['agree', ['2025-02', '2025-02-28']],
    ])
  })

  it('agrees on a Thursday and a weekend report’s “last week” of it, and sets an earlier day against both', () => {
    const barrage = (when: string) =>
      `Russian drones and missiles struck Kyiv ${when}, killing 12 people and wounding 90 in the capital, officials said.`
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', barrage('on Thursday'), '2025-04-26', 'rome'),
        article('b', 'B', barrage('last week'), '2025-04-27', 'rome'),
      ],
    })
    const dates = facts.filter((f) => f.kind === 'date')
    expect(dates.map((f) => [f.verdict, f.mentions.map((m) => [m.text, m.date, m.days])])).toEqual([
      [
        'agree',
        [
          ['Thursday', '2025-04-24', undefined],
          ['last week', '2025-04-14', 14],
        ],
      ],
    ])
    const { facts: apart } = analyzeCorpus({
      articles: [
        article('a', 'A', barrage('on April 10'), '2025-04-26', 'rome'),
        article('b', 'B', barrage('last week'), '2025-04-27', 'rome'),
      ],
    })
    expect(apart.filter((f) => f.kind === 'date').map((f) => f.verdict)).toEqual(['conflict'])
  })

  it('does not set drones astray against the night’s count of drones launched', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'Russia launched 140 drones at Ukraine overnight, the air force said.'),
        article('b', 'B', 'Moldova said two Russian drones had entered its airspace overnight.'),
      ],
    })
    expect(facts.filter((f) => f.kind === 'number').map((f) => [f.label, f.verdict])).toEqual([
      ['drones launched', 'single'],
      ['drones strayed', 'single'],
    ])
  })

  it('meets the defence ministry’s “over the past night” with another outlet’s “overnight”', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'On-duty air defence systems destroyed 524 Ukrainian drones over the past night, the Russian Defence Ministry said.',
        ),
        article('b', 'B', 'Russia said its air defences shot down 542 Ukrainian drones overnight.'),
      ],
    })
    expect(
      facts.filter((f) => f.kind === 'number').map((f) => [f.verdict, f.mentions.map((m) => m.value)]),
    ).toEqual([['conflict', [524, 542]]])
  })

  it('does not set a toll that names no place against the country’s, unless the two agree', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article('a', 'A', 'More than 70 people were injured across the country, Zelensky said.'),
        article('b', 'B', 'A total of 15 people were injured in the capital, officials said.'),
        article('c', 'C', 'Officials said more than 70 people were injured.'),
      ],
    })
    expect(
      facts
        .filter((f) => f.kind === 'number')
        .map((f) => [f.verdict, f.mentions.map((m) => [m.articleId, m.value])]),
    ).toEqual([
      [
        'agree',
        [
          ['a', 70],
          ['c', 70],
        ],
      ],
      ['single', [['b', 15]]],
    ])
  })

  it('meets “over the past 24 hours” with “in 24 hours”, and keeps the day’s count apart from the night’s', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Air defence systems destroyed 524 Ukrainian drones over the past 24 hours, the ministry said. Between 8 p.m. and 7 a.m., 105 drones were destroyed.',
        ),
        article('b', 'B', 'The ministry said 105 Ukrainian drones had been destroyed overnight.'),
        article('c', 'C', 'Russia said its air defences had destroyed 524 Ukrainian drones in 24 hours.'),
      ],
    })
    const counts = facts.filter((f) => f.kind === 'number' && f.label.startsWith('drones'))
    expect(counts.map((f) => [f.verdict, f.mentions.map((m) => [m.articleId, m.value])])).toEqual([
      [
        'agree',
        [
          ['a', 524],
          ['c', 524],
        ],
      ],
      [
        'agree',
        [
          ['a', 105],
          ['b', 105],
        ],
      ],
    ])
  })

  it('sets a call’s length against another outlet’s, and a summit’s against the summit’s, in one report', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Trump broke off his talks with the Europeans to call Putin, a conversation that lasted about 40 minutes. The Alaska summit on Friday lasted about three hours.',
          '2025-08-18',
          'wh',
        ),
        article(
          'b',
          'B',
          'Trump interrupted the meeting to phone Putin for around half an hour. Friday’s summit in Anchorage lasted nearly three hours.',
          '2025-08-18',
          'wh',
        ),
      ],
    })
    const lengths = facts.filter((f) => f.kind === 'number' && f.label.startsWith('length'))
    expect(lengths.map((f) => [f.label, f.verdict, f.mentions.map((m) => m.text)])).toEqual([
      ['length of the call', 'conflict', ['about 40 minutes', 'around half an hour']],
      ['length of the meeting', 'agree', ['about three hours', 'nearly three hours']],
    ])
  })

  it('sets one sum of money against another outlet’s in a sentence that says nearly the same', () => {
    const { facts } = analyzeCorpus({
      articles: [
        article(
          'a',
          'A',
          'Zelensky said Ukraine had offered to buy about $90 billion worth of American weapons, financed by Europe.',
          '2025-08-19',
          'wh',
        ),
        article(
          'b',
          'B',
          'Zelensky said Kyiv proposed a $100 billion weapons purchase from the US, paid for by Europe, and a $50 billion drone deal.',
          '2025-08-19',
          'wh',
        ),
      ],
    })
    const money = facts.filter((f) => f.kind === 'number' && f.mentions.some((m) => m.unit === 'dollar'))
    expect(money.map((f) => [f.verdict, f.mentions.map((m) => m.value)])).toEqual([
      ['conflict', [90e9, 100e9]],
      ['single', [50e9]],
    ])
  })
})
