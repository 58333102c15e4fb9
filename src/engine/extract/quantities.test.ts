import { describe, expect, it } from 'vitest'
import { extractQuantities } from './quantities'

const facts = (text: string) => extractQuantities(text).map((q) => [q.value, q.unit, q.role])

describe(extractQuantities.name, () => {
  it.each([
    [
      'the air force said it shot down 76 of the 112 drones',
      [
        [76, 'drone', 'downed'],
        [112, 'drone', 'launched'],
      ],
    ],
    [
      'Russia launched 112 drones overnight; 76 were downed.',
      [
        [112, 'drone', 'launched'],
        [76, 'drone', 'downed'],
      ],
    ],
    [
      'Russia launched 112 drones overnight. Of those, 76 were downed.',
      [
        [112, 'drone', 'launched'],
        [76, 'drone', 'downed'],
      ],
    ],
    ['more than 100 drones hit the city', [[100, 'drone', 'launched']]],
    [
      'nine people were killed, including two children',
      [
        [9, 'person', 'killed'],
        [2, 'child', 'killed'],
      ],
    ],
    [
      'launching 70 missiles and 145 drones',
      [
        [70, 'missile', 'launched'],
        [145, 'drone', 'launched'],
      ],
    ],
    [
      'Of these, 711 targets were neutralised: 296 drones were shot down and 415 went missing from radar.',
      [
        [711, 'drone', 'neutralised'],
        [296, 'drone', 'downed'],
        [415, 'drone', 'lost'],
      ],
    ],
    [
      'As of 09:00, 718 air attack assets have been shot down/suppressed: 296 enemy UAVs shot down by fire, 415 locationally lost / suppressed by EW, 7 Kh-101 cruise missiles shot down.',
      [
        [718, 'air weapon', 'neutralised'],
        [296, 'drone', 'downed'],
        [415, 'drone', 'lost'],
        [7, 'missile', 'downed'],
      ],
    ],
    [
      'Air defences neutralised 718 aerial targets: 296 drones and seven missiles were shot down, and 415 drones were lost.',
      [
        [718, 'air weapon', 'neutralised'],
        [296, 'drone', 'downed'],
        [7, 'missile', 'downed'],
        [415, 'drone', 'lost'],
      ],
    ],
    [
      'Of the 273 drones launched, 128 disappeared and 88 were shot down.',
      [
        [273, 'drone', 'launched'],
        [128, 'drone', 'lost'],
        [88, 'drone', 'downed'],
      ],
    ],
    [
      'The assault involved 440 drones and 32 missiles. It said 428 of the targets had been shot down or jammed.',
      [
        [440, 'drone', 'launched'],
        [32, 'missile', 'launched'],
        [428, 'air weapon', 'neutralised'],
      ],
    ],
    [
      'Moscow launched 472 aerial weapons in total, including 440 drones and 32 missiles, adding that 428 were intercepted.',
      [
        [472, 'air weapon', 'launched'],
        [440, 'drone', 'launched'],
        [32, 'missile', 'launched'],
        [428, 'air weapon', 'downed'],
      ],
    ],
    [
      "The death toll from Russia's Aug. 28 attack has risen to 23, the administration reported on Sept. 1.",
      [[23, 'person', 'killed']],
    ],
    ['Officials said the attack claimed 14 lives.', [[14, 'person', 'killed']]],
    ['Rescuers pulled 15 bodies from the rubble of the building.', [[15, 'person', 'killed']]],
    ['The bodies of 12 people were recovered.', [[12, 'person', 'killed']]],
    ['A man was also wounded in the city of Kharkiv, its mayor said.', [[1, 'person', 'injured']]],
    ['A child was killed in Odesa.', [[1, 'child', 'killed']]],
    // "A" is one only where a toll's verb follows its person.
    ['A drone hit a building, and a man said he ran.', []],
    ['The drones hit more than 40 Russian military aircraft.', [[40, 'aircraft', null]]],
    ['Poland scrambled two fighter jets.', [[2, 'aircraft', null]]],
    ['They agreed a major prisoner exchange of 1,000 captives each.', [[1000, 'prisoner', null]]],
    // "a 28-point peace plan" counts its points, as "a 30-day truce" counts days.
    ['Washington presented a 28-point peace plan.', [[28, 'point', null]]],
    // An aside on the first count ("of which 51 were downed") does not give the next its verb.
    [
      'Russia fired 62 drones, of which 51 were downed, and two ballistic missiles.',
      [
        [62, 'drone', 'launched'],
        [51, 'drone', 'downed'],
        [2, 'missile', 'launched'],
      ],
    ],
    // Weapons made, sold or delivered are not fired.
    ['The US will send 10 more Patriot missiles to Ukraine.', [[10, 'missile', 'supplied']]],
    ['Ukraine has received 100 ATACMS missiles.', [[100, 'missile', 'supplied']]],
    ['Russia launched 100 Iran-supplied Shahed drones.', [[100, 'drone', 'launched']]],
    // Drones astray are not the night's count: "entered its airspace", "crashed in Poland".
    ['Moldova said two drones had entered its airspace.', [[2, 'drone', 'strayed']]],
    ['Two drones crashed in Poland.', [[2, 'drone', 'strayed']]],
    ['Two drones crashed on Monday in Kyiv.', [[2, 'drone', 'launched']]],
    // The air force's own phrasing: "shot down/suppressed" is both fates; "locationally lost" is the count's own.
    ['As of 09:00, 71 drones were shot down/suppressed in the north.', [[71, 'drone', 'neutralised']]],
    [
      'Air defense neutralized 71 enemy UAVs, 56 of them shot down and 15 locationally lost.',
      [
        [71, 'drone', 'neutralised'],
        [56, 'drone', 'downed'],
        [15, 'drone', 'lost'],
      ],
    ],
    // "all six missiles launched" after a verb that downs them: all that were launched were downed.
    [
      'Ukrainian air defenses downed 56 of 90 drones and all six missiles launched by Russia overnight.',
      [
        [56, 'drone', 'downed'],
        [90, 'drone', 'launched'],
        [6, 'missile', 'launched'],
        [6, 'missile', 'downed'],
      ],
    ],
    [
      'Air defenses downed 40 drones; Russia also launched all six missiles it had.',
      [
        [40, 'drone', 'downed'],
        [6, 'missile', 'launched'],
      ],
    ],
    // A possessive is no noun: "12 of its missiles" counts missiles, not "its".
    ['Russia launched all 12 of its missiles.', [[12, 'missile', 'launched']]],
    [
      'Russia fired 15 missiles and 50-plus drones.',
      [
        [15, 'missile', 'launched'],
        [50, 'drone', 'launched'],
      ],
    ],
    // The dead and the hurt told together are casualties, neither toll alone.
    ['Russia has lost about 1 million soldiers killed or wounded.', [[1000000, 'soldier', 'casualties']]],
    // A name's number is no count: "Mirage 2000 jets", "Shahed 136 drones"; a count after a place is.
    ['French-supplied Mirage 2000 jets were used for the first time.', []],
    ['Russia fired Shahed 136 drones and 12 missiles.', [[12, 'missile', 'launched']]],
    ['Over Kyiv 40 drones were shot down.', [[40, 'drone', 'downed']]],
    ['He told Reuters 15 people died.', [[15, 'person', 'killed']]],
    // How many of the hurt are in hospital, or were treated and let go, is no toll of its own.
    [
      'Eight out of the 12 people injured in the capital have been hospitalized.',
      [[12, 'person', 'injured']],
    ],
    ['Klitschko said 12 people were wounded, including eight hospitalized.', [[12, 'person', 'injured']]],
    [
      'At least 124 people were injured, with 68 of them transported to local hospital.',
      [[124, 'person', 'injured']],
    ],
    [
      'The strikes injured at least 12 people — eight were hospitalized, and four received outpatient care.',
      [[12, 'person', 'injured']],
    ],
    ['Five people were hospitalized after the attack.', [[5, 'person', 'injured']]],
    [
      'At least 12 people perished in the attack and 60 more were injured.',
      [
        [12, 'person', 'killed'],
        [60, 'person', 'injured'],
      ],
    ],
    ['The base houses 500 personnel.', [[500, 'soldier', null]]],
    [
      'Its defences shot down or disabled 568 drones and 43 missiles.',
      [
        [568, 'drone', 'neutralised'],
        [43, 'missile', 'neutralised'],
      ],
    ],
    [
      'Of those, 718 drones and seven missiles were shot down or neutralised by electronic warfare.',
      [
        [718, 'drone', 'neutralised'],
        [7, 'missile', 'neutralised'],
      ],
    ],
    // Weapons recorded hitting places are hits, as the air force counts them.
    [
      'Air defenses were active all night, intercepting 420 targets. Among them were 405 Shahed drones and four Iskander-M ballistic missiles.',
      [
        [420, 'air weapon', 'downed'],
        [405, 'drone', 'downed'],
        [4, 'missile', 'downed'],
      ],
    ],
    [
      'Russia launched 497 weapons overnight. Among them were 465 drones and 32 missiles.',
      [
        [497, 'air weapon', 'launched'],
        [465, 'drone', 'launched'],
        [32, 'missile', 'launched'],
      ],
    ],
    [
      'The assault involved 574 drones, of which 546 drones, one ballistic missile and 30 cruise missiles were shot down.',
      [
        [574, 'drone', 'launched'],
        [546, 'drone', 'downed'],
        [1, 'missile', 'downed'],
        [30, 'missile', 'downed'],
      ],
    ],
    [
      'Russia launched 574 drones, 6 ballistic missiles and 33 cruise missiles, and 30 cruise missiles were shot down.',
      [
        [574, 'drone', 'launched'],
        [6, 'missile', 'launched'],
        [33, 'missile', 'launched'],
        [30, 'missile', 'downed'],
      ],
    ],
    [
      'Sybiha said that one of the missiles hit a major American electronics manufacturer.',
      [[1, 'missile', 'hit']],
    ],
    [
      'Russia launched 40 drones and a Kinzhal missile, the air force said.',
      [
        [40, 'drone', 'launched'],
        [1, 'missile', 'launched'],
      ],
    ],
    ['The strike used a Russian drone, officials said.', []],
    [
      'However, five missiles and 31 drones still impacted 16 locations.',
      [
        [5, 'missile', 'hit'],
        [31, 'drone', 'hit'],
        [16, 'location', null],
      ],
    ],
    [
      '12 UAVs were recorded hitting 5 locations, and debris fell in 2 locations.',
      [
        [12, 'drone', 'hit'],
        [5, 'location', null],
        [2, 'location', null],
      ],
    ],
    [
      'Russia launched 50 drones, with 12 hitting targets in Kyiv.',
      [
        [50, 'drone', 'launched'],
        [12, 'drone', 'hit'],
      ],
    ],
    // A noun that describes the plural after it: the plural is what is counted.
    [
      'Russia hit 10 energy facilities in five regions.',
      [
        [10, 'facility', null],
        [5, 'region', null],
      ],
    ],
    ['The funeral was attended by 10 reigning monarchs.', [[10, 'monarch', null]]],
    ['Ukraine shot down 40 overnight, officials said.', []],
    // Times and lengths after a name are counts: no model's name goes on so.
    ['Russia attacked Kharkiv 24 times overnight.', [[24, 'time', null]]],
    ['Russian forces shelled Kherson 12 hours straight.', [[12, 'hour', null]]],
    // A crowd is people: "250,000 mourners" and "about 250,000 people" are one count.
    ['The funeral Mass was attended by some 250,000 mourners.', [[250000, 'person', null]]],
    ['Police said 3,000 protesters marched in the capital.', [[3000, 'person', null]]],
    ['Hamas released three hostages on Saturday.', [[3, 'prisoner', null]]],
    ['Officials reported 45 soldier deaths.', [[45, 'soldier', 'killed']]],
    ['The toll from the attack has risen to 23.', [[23, 'person', 'killed']]],
    ['Of the 50 injured, 20 were hospitalised.', [[50, 'person', 'injured']]],
    [
      'Of the 50 injured, 20 were children.',
      [
        [50, 'person', 'injured'],
        [20, 'child', 'injured'],
      ],
    ],
    ['Of those killed, three were children.', [[3, 'child', 'killed']]],
    ['Another 45 drones did not reach their targets.', [[45, 'drone', 'lost']]],
    [
      'The air force said 270 drones and 10 missiles were neutralised out of 298 drones and 15 missiles launched.',
      [
        [270, 'drone', 'neutralised'],
        [10, 'missile', 'neutralised'],
        [298, 'drone', 'launched'],
        [15, 'missile', 'launched'],
      ],
    ],
    ['41 were shot down, and another 35 were lost', []],
    [
      'Moscow fired 90 drones, 41 of which were shot down, and another 35 were lost',
      [
        [90, 'drone', 'launched'],
        [41, 'drone', 'downed'],
        [35, 'drone', 'lost'],
      ],
    ],
    [
      'Air defences neutralised 76 UAVs over six regions',
      [
        [76, 'drone', 'neutralised'],
        [6, 'region', null],
      ],
    ],
    [
      'the strike left 12 dead and 40 wounded',
      [
        [12, 'person', 'killed'],
        [40, 'person', 'injured'],
      ],
    ],
    ['Sixty-eight drones disappeared from radars', [[68, 'drone', 'lost']]],
    [
      'The strike killed at least 25 people, including three children, and wounded 73 others.',
      [
        [25, 'person', 'killed'],
        [3, 'child', 'killed'],
        [73, 'person', 'injured'],
      ],
    ],
    [
      '93 people were injured, and 22 people remain missing.',
      [
        [93, 'person', 'injured'],
        [22, 'person', 'missing'],
      ],
    ],
    [
      'Twelve people were killed and three are unaccounted for.',
      [
        [12, 'person', 'killed'],
        [3, 'person', 'missing'],
      ],
    ],
    ['Missiles hit two residential buildings.', [[2, 'building', null]]],
    ['Russia struck three major cities.', [[3, 'city', null]]],
    [
      'Air defences intercepted 26 missiles out of 40.',
      [
        [26, 'missile', 'downed'],
        [40, 'missile', 'launched'],
      ],
    ],
    [
      'The air force said 20 of the 25 cruise missiles and all six Kalibrs were downed.',
      [
        [20, 'missile', 'downed'],
        [25, 'missile', 'launched'],
        [6, 'missile', 'downed'],
      ],
    ],
    ['Russia launched 40 Gerans overnight.', [[40, 'drone', 'launched']]],
    [
      'The air force said 9 missiles and 25 drones struck targets in 13 locations.',
      [
        [9, 'missile', 'hit'],
        [25, 'drone', 'hit'],
        [13, 'location', null],
      ],
    ],
    ['Russia struck targets in Kyiv with 40 missiles overnight.', [[40, 'missile', 'launched']]],
    [
      'Five of the missiles and 21 drones struck 27 locations.',
      [
        [5, 'missile', 'hit'],
        [21, 'drone', 'hit'],
        [27, 'location', null],
      ],
    ],
    ['Russian forces hit targets across Ukraine with more than 300 drones.', [[300, 'drone', 'launched']]],
    ['At least 12 medical workers were hurt.', [[12, 'person', 'injured']]],
    ['a dozen soldiers', [[12, 'soldier', null]]],
    ['5,000 soldiers a week are dying', [[5000, 'soldier', null]]],
    ['the two-hour conversation', [[2, 'hour', null]]],
    ['a 30-day unconditional ceasefire', [[30, 'day', null]]],
    ['Their previous 15-minute discussion', [[15, 'minute', null]]],
    ['in almost a year and a half', [[1.5, 'year', null]]],
    ['at least three injuries, among them a teenager', [[3, 'person', 'injured']]],
    [
      'One person was killed and five were wounded in Dnipro',
      [
        [1, 'person', 'killed'],
        [5, 'person', 'injured'],
      ],
    ],
    [
      '93 drones, of which 41 were shot down and 35 were "lost"',
      [
        [93, 'drone', 'launched'],
        [41, 'drone', 'downed'],
        [35, 'drone', 'lost'],
      ],
    ],
    ['Ukrainian drones: the ministry said it had shot down eight Ukrainian drones', [[8, 'drone', 'downed']]],
    [
      'At least 14 people, including three children, were killed.',
      [
        [14, 'person', 'killed'],
        [3, 'child', 'killed'],
      ],
    ],
    ['Five people, among them a child, were injured in Kharkiv.', [[5, 'person', 'injured']]],
    ['Two men, both in their 60s, were injured.', [[2, 'person', 'injured']]],
    // A count after "and" opens its own clause: its verb comes after the aside, not before "and".
    [
      'A man was killed and three people, including a child, were injured in Kharkiv.',
      [
        [1, 'person', 'killed'],
        [3, 'person', 'injured'],
      ],
    ],
    [
      'One woman was killed and two men, both in their 60s, were wounded.',
      [
        [1, 'person', 'killed'],
        [2, 'person', 'injured'],
      ],
    ],
    [
      'The strike killed two people and injured 15, including three children, officials said.',
      [
        [2, 'person', 'killed'],
        [15, 'person', 'injured'],
        [3, 'child', 'injured'],
      ],
    ],
    [
      'Air defence forces shot down or suppressed 277 drones and 19 missiles.',
      [
        [277, 'drone', 'neutralised'],
        [19, 'missile', 'neutralised'],
      ],
    ],
    [
      'Air defences intercepted 288 drones and 32 missiles out of 479 launched.',
      [
        [288, 'drone', 'downed'],
        [32, 'missile', 'downed'],
        [479, 'air weapon', 'launched'],
      ],
    ],
    [
      'The air force said 266 of the drones were shot down, while 19 were "locationally lost".',
      [
        [266, 'drone', 'downed'],
        [19, 'drone', 'lost'],
      ],
    ],
    [
      'In total, 479 air attack assets were used: 405 drones and 74 missiles.',
      [
        [479, 'air weapon', 'launched'],
        [405, 'drone', 'launched'],
        [74, 'missile', 'launched'],
      ],
    ],
    ['Russia used 120 means of air attack overnight.', [[120, 'air weapon', 'launched']]],
    [
      'killing at least 12 people and injuring more than 90',
      [
        [12, 'person', 'killed'],
        [90, 'person', 'injured'],
      ],
    ],
    [
      'Moscow sent 472 drones and 48 missiles at Ukraine.',
      [
        [472, 'drone', 'launched'],
        [48, 'missile', 'launched'],
      ],
    ],
    [
      'Russia fired 215 drones and missiles overnight. Of those, 94 were shot down and another 80 were jammed or lost.',
      [
        [215, 'air weapon', 'launched'],
        [94, 'air weapon', 'downed'],
        [80, 'air weapon', 'lost'],
      ],
    ],
    ['It launched 479 drones and cruise missiles at Ukraine.', [[479, 'air weapon', 'launched']]],
    [
      'More than 20 people, among them four children, were injured.',
      [
        [20, 'person', 'injured'],
        [4, 'child', 'injured'],
      ],
    ],
    [
      'Russia launched 206 drones and eight missiles.',
      [
        [206, 'drone', 'launched'],
        [8, 'missile', 'launched'],
      ],
    ],
    [
      'Three people were killed. Two of the dead were found under the rubble of a five-storey building.',
      [[3, 'person', 'killed']],
    ],
    ['Air defence forces shot down or suppressed 277 drones.', [[277, 'drone', 'neutralised']]],
    [
      'Air defences downed 50 drones, while six drones had hit their targets.',
      [
        [50, 'drone', 'downed'],
        [6, 'drone', 'hit'],
      ],
    ],
    [
      'Hits by six drones were recorded at four locations.',
      [
        [6, 'drone', 'hit'],
        [4, 'location', null],
      ],
    ],
    [
      'The air force said 52 of the 58 drones Russia launched overnight were shot down or jammed, and that one of two ballistic missiles was intercepted.',
      [
        [52, 'drone', 'neutralised'],
        [58, 'drone', 'launched'],
        [1, 'missile', 'downed'],
        [2, 'missile', 'launched'],
      ],
    ],
    [
      'Ukrainian air defences intercepted all but four of the 140 drones.',
      [
        [136, 'drone', 'downed'],
        [140, 'drone', 'launched'],
      ],
    ],
    [
      'Two people died in hospital overnight, bringing the death toll to 14.',
      [
        [2, 'person', null],
        [14, 'person', 'killed'],
      ],
    ],
    ['The governor said 17 people had been wounded, three of them seriously.', [[17, 'person', 'injured']]],
    ['In Kyiv, 23 people were injured, 14 of them hospitalised.', [[23, 'person', 'injured']]],
    ['Twenty people were wounded, eight of whom were taken to hospital.', [[20, 'person', 'injured']]],
    [
      'The number of injured rose to 30, five of them children.',
      [
        [30, 'person', 'injured'],
        [5, 'child', 'injured'],
      ],
    ],
    // The state after a count is its own, reported or still so.
    [
      'The city said at least 72 people were wounded and 43 people were reported missing.',
      [
        [72, 'person', 'injured'],
        [43, 'person', 'missing'],
      ],
    ],
    [
      'The toll rose to 35, with at least 75 people wounded and 35 others still missing.',
      [
        [35, 'person', 'killed'],
        [75, 'person', 'injured'],
        [35, 'person', 'missing'],
      ],
    ],
    // A part of a toll that says its own fate keeps it.
    [
      'There are currently 153 casualties including nine killed.',
      [
        [153, 'person', 'casualties'],
        [9, 'person', 'killed'],
      ],
    ],
    // Who of the dead are yet to be named is no toll.
    [
      'As of this morning, 12 people were killed, 10 of whom remain unidentified.',
      [[12, 'person', 'killed']],
    ],
    ['Ten bodies are currently unidentified. 43 people were injured.', [[43, 'person', 'injured']]],
    // Those whose fate is unknown are missing.
    ['The fate of another 35 residents of the building is unknown.', [[35, 'person', 'missing']]],
    [
      'Two people were killed; the fate of three others is not yet known.',
      [
        [2, 'person', 'killed'],
        [3, 'person', 'missing'],
      ],
    ],
    ['The fate of 35 residents was sealed when the block collapsed.', [[35, 'person', null]]],
    [
      'Three people were killed, one of them a small child, the governor said.',
      [
        [3, 'person', 'killed'],
        [1, 'child', 'killed'],
      ],
    ],
    [
      'Two were killed, one of them a 12-year-old girl.',
      [
        [2, 'person', 'killed'],
        [1, 'child', 'killed'],
        [12, 'year', 'age'],
      ],
    ],
    [
      'Russia launched 80 drones at Odesa, a dozen of which struck port infrastructure.',
      [
        [80, 'drone', 'launched'],
        [12, 'drone', 'hit'],
      ],
    ],
    [
      'Russia launched 28 drones overnight. Air defense downed 18, while seven others were locationally lost.',
      [
        [28, 'drone', 'launched'],
        [18, 'drone', 'downed'],
        [7, 'drone', 'lost'],
      ],
    ],
    [
      'The strike killed two people and wounded 13 others.',
      [
        [2, 'person', 'killed'],
        [13, 'person', 'injured'],
      ],
    ],
    [
      'Russia attacked with 6 Iskander-M ballistic missiles and 2 Kh-59/69 guided missiles.',
      [
        [6, 'missile', 'launched'],
        [2, 'missile', 'launched'],
      ],
    ],
    [
      'Of the 47 missiles, 30 were cruise missiles.',
      [
        [47, 'missile', 'launched'],
        [30, 'missile', null],
      ],
    ],
    [
      'Russia launched 15 missiles, three of which were ballistic.',
      [
        [15, 'missile', 'launched'],
        [3, 'missile', null],
      ],
    ],
    // The fate of what was not downed: "vanished", after an adverb or a dashed aside, and never the hours'.
    [
      'Air defences managed to intercept 88 drones, while another 128 mysteriously vanished from radar.',
      [
        [88, 'drone', 'downed'],
        [128, 'drone', 'lost'],
      ],
    ],
    [
      'Forces managed to destroy 88 drones while 128 others—likely decoys with jamming gear—vanished from radar.',
      [
        [88, 'drone', 'downed'],
        [128, 'drone', 'lost'],
      ],
    ],
    [
      'Russia launched 90 drones, and 60 were confirmed to have been shot down while 20 were lost.',
      [
        [90, 'drone', 'launched'],
        [60, 'drone', 'downed'],
        [20, 'drone', 'lost'],
      ],
    ],
    [
      'Of the 215 projectiles, 112 were “confirmed to have been shot down”, it wrote on Telegram.',
      [
        [215, 'air weapon', 'launched'],
        [112, 'air weapon', 'downed'],
      ],
    ],
    [
      'Four of six Iskander-M ballistic missiles and two Iskander-K cruise missiles were also downed.',
      [
        [4, 'missile', 'downed'],
        [6, 'missile', 'launched'],
        [2, 'missile', 'downed'],
      ],
    ],
    // The air force's own wording, as Ukrainian outlets give it.
    [
      'The Defense Forces shot down 57 drones used by Russian troops to attack Ukraine, and another 67 enemy imitators were lost.',
      [
        [57, 'drone', 'downed'],
        [67, 'drone', 'lost'],
      ],
    ],
    [
      'Forces shot down 199 combat drones and electronically disabled or forced down another 169 drones used as decoys.',
      [
        [199, 'drone', 'downed'],
        [169, 'drone', 'neutralised'],
      ],
    ],
    [
      'As of 09:00 on Sunday, 57 Shahed-type attack drones (and other types of UAVs) were confirmed downed in the east.',
      [[57, 'drone', 'downed']],
    ],
    [
      'Air defences were partially successful, downing 57 drones, while another 67 went off-radar.',
      [
        [57, 'drone', 'downed'],
        [67, 'drone', 'lost'],
      ],
    ],
    [
      'Russia attacks Ukraine with 149 drones overnight, kills one, injures two civilians',
      [
        [149, 'drone', 'launched'],
        [1, 'person', 'killed'],
        [2, 'person', 'injured'],
      ],
    ],
    // Headlines and bullet points in the present tense, and a loss named by a noun.
    [
      'Ukraine shoots down 296 drones and 7 missiles',
      [
        [296, 'drone', 'downed'],
        [7, 'missile', 'downed'],
      ],
    ],
    ['Kyiv downs 296 drones, while the rest vanish or are jammed.', [[296, 'drone', 'downed']]],
    // Headlines in title case: the verb is capitalised, and is no name before the number.
    ['At Least 26 Killed In Russian Missile Strike On Ternopil', [[26, 'person', 'killed']]],
    [
      'Russia Launches 400 Drones At Ukraine, Kills 3',
      [
        [400, 'drone', 'launched'],
        [3, 'person', 'killed'],
      ],
    ],
    // The hurt told by their injuries, after a verb that is no adjective.
    [
      'At least 25 people, including three children, lost their lives and 73 others sustained injuries when a strike hit.',
      [
        [25, 'person', 'killed'],
        [3, 'child', 'killed'],
        [73, 'person', 'injured'],
      ],
    ],
    [
      'Two died and five suffered serious wounds in Kyiv.',
      [
        [2, 'person', 'killed'],
        [5, 'person', 'injured'],
      ],
    ],
    // "Airborne threats" are the air weapons; a list after "including" is of the whole it adds up to.
    ['Air defences shot down 40 aerial threats.', [[40, 'air weapon', 'downed']]],
    // Threats that air defence downs are the air weapons too, "incoming" or not.
    ['Ukrainian forces shot down 140 of the incoming threats.', [[140, 'air weapon', 'downed']]],
    ['Air defences shot down 140 threats.', [[140, 'air weapon', 'downed']]],
    ['The country faces 12 threats.', [[12, 'threat', null]]],
    // A weapon that names what is counted is none: "missile carriers", "drone attacks".
    ['Russia had deployed four Kalibr missile carriers to the sea.', [[4, 'carrier', null]]],
    ['Russia carried out 12 drone attacks on Sumy.', [[12, 'attack', null]]],
    [
      'Air defences neutralised 483 of the 524 detected airborne threats, including 442 drones, 34 cruise missiles, and seven Kalibr missiles.',
      [
        [483, 'air weapon', 'neutralised'],
        [524, 'air weapon', 'launched'],
        [442, 'drone', 'neutralised'],
        [34, 'missile', 'neutralised'],
        [7, 'missile', 'neutralised'],
      ],
    ],
    [
      'Russia struck Sumy with two ballistic missiles, killing 34 people, including two children, and injuring 117 others.',
      [
        [2, 'missile', 'launched'],
        [34, 'person', 'killed'],
        [2, 'child', 'killed'],
        [117, 'person', 'injured'],
      ],
    ],
    // A part of a whole the text counts too: the part takes the whole's noun; a role-less whole is no fact.
    ['Damage was reported in six of the city’s ten districts.', [[6, 'district', null]]],
    ['Damage extended over six of the city’s ten districts.', [[6, 'district', null]]],
    ['Damage was reported in six out of ten districts of the city.', [[6, 'district', null]]],
    ['Kyiv authorities confirmed 14 of the 23 injured had been hospitalized.', [[23, 'person', 'injured']]],
    // What got through, told after the whole or after "of the drones", is no count of what was sent.
    [
      'The air force said so, with 72 of the 550 drones penetrating air defences.',
      [
        [72, 'drone', 'hit'],
        [550, 'drone', 'launched'],
      ],
    ],
    // "that Russia launched" tells of the weapons the verb before them downed.
    [
      'Air defence shot down two ballistic missiles, two cruise missiles and 15 attack drones that Russia launched overnight.',
      [
        [2, 'missile', 'downed'],
        [2, 'missile', 'downed'],
        [15, 'drone', 'downed'],
      ],
    ],
    // Thousands grouped by a plain space too; not a day of a month and the count after it.
    ['On May 5 100 drones were launched.', [[100, 'drone', 'launched']]],
    // A fate denied is none.
    [
      'Russia launched 30 drones; 10 drones were not intercepted.',
      [
        [30, 'drone', 'launched'],
        [10, 'drone', null],
      ],
    ],
    [
      'Only two of the 40 drones reached their targets.',
      [
        [2, 'drone', 'hit'],
        [40, 'drone', 'launched'],
      ],
    ],
    [
      'Russia launched 550 drones, with 72 of the drones hitting targets.',
      [
        [550, 'drone', 'launched'],
        [72, 'drone', 'hit'],
      ],
    ],
    // "83 more injured"; "two children were killed and 15 injured" are children too.
    [
      'At least 32 civilians have been killed and 83 more injured in the attack.',
      [
        [32, 'person', 'killed'],
        [83, 'person', 'injured'],
      ],
    ],
    [
      'At least two children were killed and 15 injured in the strike.',
      [
        [2, 'child', 'killed'],
        [15, 'child', 'injured'],
      ],
    ],
    // How many of the hurt are in hospital is no second toll.
    [
      'Tkachenko said that 82 people were injured, with 44 requiring hospitalization.',
      [[82, 'person', 'injured']],
    ],
    // "but" opens a clause of its own: the verb before it is not the parts'.
    [
      'The military said Russia had launched 477 drones and 60 missiles but that 211 of the drones and 38 of the missiles had been intercepted.',
      [
        [477, 'drone', 'launched'],
        [60, 'missile', 'launched'],
        [211, 'drone', 'downed'],
        [38, 'missile', 'downed'],
      ],
    ],
    // "Others" who are hurt are people, whatever was counted before.
    [
      'Air defences shot down 747 drones. The mayor said 20 others were injured in the attack.',
      [
        [747, 'drone', 'downed'],
        [20, 'person', 'injured'],
      ],
    ],
    [
      'Electronic warfare systems caused the loss of an additional 415 drones from radar.',
      [[415, 'drone', 'lost']],
    ],
    [
      'The attack involved 273 drones, with Ukrainian forces managing to intercept 88, while 128 were disrupted by jamming.',
      [
        [273, 'drone', 'launched'],
        [88, 'drone', 'downed'],
        [128, 'drone', 'lost'],
      ],
    ],
    [
      'Air defences intercepted 88 drones over a nine-hour period, while another 128 disappeared from radar.',
      [
        [88, 'drone', 'downed'],
        [9, 'hour', null],
        [128, 'drone', 'lost'],
      ],
    ],
    [
      'Russia launched 112 drones and decoys overnight. Air defences downed or suppressed 76.',
      [
        [112, 'drone', 'launched'],
        [76, 'drone', 'neutralised'],
      ],
    ],
    [
      'Russia fired 60 missiles overnight, 10 of them ballistic.',
      [
        [60, 'missile', 'launched'],
        [10, 'missile', null],
      ],
    ],
    [
      'In total 741 aerial weapons were fired overnight - 728 of them drones and decoys, along with seven cruise missiles.',
      [
        [741, 'air weapon', 'launched'],
        [728, 'drone', 'launched'],
        [7, 'missile', 'launched'],
      ],
    ],
    [
      'Russian air defences destroyed 337 Ukrainian drones overnight, including 91 over the Moscow region.',
      [
        [337, 'drone', 'downed'],
        [91, 'drone', 'downed'],
      ],
    ],
    [
      'Ukraine launched its largest drone attack on Moscow, with Russia saying it had downed 337 drones, 91 of them over the Moscow region.',
      [
        [337, 'drone', 'downed'],
        [91, 'drone', 'downed'],
      ],
    ],
    [
      "Russia launched an attack, and air defences shot down, by the air force's count, 45 drones.",
      [[45, 'drone', 'downed']],
    ],
    ['Nine ballistic missiles got through.', [[9, 'missile', 'hit']]],
    [
      'Ukraine said it shot down 40 drones, but three broke through air defences.',
      [
        [40, 'drone', 'downed'],
        [3, 'drone', 'hit'],
      ],
    ],
    [
      'The attack killed a 17-year-old girl and wounded 19 others.',
      [
        [1, 'child', 'killed'],
        [17, 'year', 'age'],
        [19, 'person', 'injured'],
      ],
    ],
    [
      'Russia used 47 drones; air defence took out 35.',
      [
        [47, 'drone', 'launched'],
        [35, 'drone', 'downed'],
      ],
    ],
    ['Air defences knocked out 35 drones.', [[35, 'drone', 'downed']]],
    [
      'The drone attack killed a woman and injured 12 people.',
      [
        [1, 'person', 'killed'],
        [12, 'person', 'injured'],
      ],
    ],
    [
      'Russian shelling killed a civilian, wounding a child.',
      [
        [1, 'person', 'killed'],
        [1, 'child', 'injured'],
      ],
    ],
    ['They killed a lot of people.', []],
    [
      'Russia launched seven missiles, all of which were intercepted.',
      [
        [7, 'missile', 'launched'],
        [7, 'missile', 'downed'],
      ],
    ],
    [
      'Russia fired 12 drones at Kyiv overnight; all were shot down.',
      [
        [12, 'drone', 'launched'],
        [12, 'drone', 'downed'],
      ],
    ],
    // Which of two counts "all" were is left open.
    [
      'Russia launched seven missiles and 40 drones; all were shot down.',
      [
        [7, 'missile', 'launched'],
        [40, 'drone', 'launched'],
      ],
    ],
    ['Russia launched 5\u00a0000 drones overnight.', [[5000, 'drone', 'launched']]],
    ['Russia launched 5 000 drones overnight.', [[5000, 'drone', 'launched']]],
    // A change over time is two counts, not a range.
    [
      'The toll rose from 9 to 12 killed.',
      [
        [9, 'person', 'killed'],
        [12, 'person', 'killed'],
      ],
    ],
    ['An F-16 pilot was killed while repelling the attack.', [[1, 'soldier', 'killed']]],
    // One person, with an age between the article and the noun: the toll of one, and the age.
    [
      'A 28-year-old woman was killed in the Kyiv region.',
      [
        [1, 'person', 'killed'],
        [28, 'year', 'age'],
      ],
    ],
    // Who the toll was, in commas, stands between the count and its verb.
    [
      'The governor reported that two people, a man and a woman, were killed in the village.',
      [[2, 'person', 'killed']],
    ],
    // "the demise of one individual" is a death.
    ['The attack led to the demise of one individual and injury of a teenager.', [[1, 'person', 'killed']]],
    [
      'The attack killed an F-16 pilot and injured three rescuers.',
      [
        [1, 'soldier', 'killed'],
        [3, 'emergency worker', 'injured'],
      ],
    ],
    // The finite verb after a participle of sending is the weapons' fate.
    ['Russia claimed all four missiles fired at Voronezh were intercepted.', [[4, 'missile', 'downed']]],
    ['Twelve drones launched at Odesa hit a port.', [[12, 'drone', 'launched']]],
    // Weapons "recorded" at places are hits, as the air force counts them.
    [
      'Nine missiles and 63 drones were recorded in eight areas.',
      [
        [9, 'missile', 'hit'],
        [63, 'drone', 'hit'],
        [8, 'area', null],
      ],
    ],
    // What ships carry is no count of what they fired; a salvo fired is.
    [
      'Russia deployed four Kalibr missile carriers, with a total volley of up to 28 missiles, to the sea.',
      [
        [4, 'carrier', null],
        [28, 'missile', null],
      ],
    ],
    [
      'Two ships with a salvo of 16 Kalibr missiles are on duty in the Black Sea.',
      [
        [2, 'ship', null],
        [16, 'missile', null],
      ],
    ],
    ['Russia fired a salvo of 40 missiles at Kyiv.', [[40, 'missile', 'launched']]],
    // Weapons counted by where their pieces fell are no count of the night's.
    ['Offices in Kharkiv were damaged by debris from three drones.', [[3, 'drone', null]]],
    ['Wreckage of two missiles fell on a field near the village.', [[2, 'missile', null]]],
    // A distance is no count of people, however short its unit.
    [
      'Six people were wounded in the town of Kupiansk, eight km (five miles) from the front line.',
      [
        [6, 'person', 'injured'],
        [8, 'kilometre', null],
        [5, 'mile', null],
      ],
    ],
    [
      '"A total of 40 means of enemy air attack were recorded," the air force said.',
      [[40, 'air weapon', 'launched']],
    ],
    // A model's name in quote marks, and the weapons in all in them.
    ['As of 08:00, 88 "Shahed" drones have been confirmed downed.', [[88, 'drone', 'downed']]],
    ['Air defence shot down 88 “shaheds”.', [[88, 'drone', 'downed']]],
    ['Russia launched 322 “air attack vehicles” overnight.', [[322, 'air weapon', 'launched']]],
    // "To down" is to shoot down; a count after a part's aside shares its whole's fate, not the part's.
    [
      'Air defences were able to down 48 of the missiles and 64 of the drones.',
      [
        [48, 'missile', 'downed'],
        [64, 'drone', 'downed'],
      ],
    ],
    [
      'Kyiv was hit with 70 missiles, 48 of which were shot down, and 140 drones.',
      [
        [70, 'missile', 'launched'],
        [48, 'missile', 'downed'],
        [140, 'drone', 'launched'],
      ],
    ],
    [
      'Russia launched 140 drones, with 64 being shot down.',
      [
        [140, 'drone', 'launched'],
        [64, 'drone', 'downed'],
      ],
    ],
    // A verb right after a bare count is its fate, not an adjective of a noun; "taking out" is downing.
    [
      'Of the 27 drones, 23 were neutralised and four hit targets.',
      [
        [27, 'drone', 'launched'],
        [23, 'drone', 'neutralised'],
        [4, 'drone', 'hit'],
      ],
    ],
    [
      'Russia fired 27 attack drones overnight, with air defences taking out 23.',
      [
        [27, 'drone', 'launched'],
        [23, 'drone', 'downed'],
      ],
    ],
    ['Eleven people sought medical help after the strike.', [[11, 'person', 'injured']]],
    [
      '66 attack drones and four guided aviation missiles were shot down.',
      [
        [66, 'drone', 'downed'],
        [4, 'missile', 'downed'],
      ],
    ],
    // A fate told after a dash.
    ['128 imitator drones – locally lost without negative consequences.', [[128, 'drone', 'lost']]],
    ['Russia launched 50 drones – the most this month.', [[50, 'drone', 'launched']]],
    // What flies with no crew is a drone, however the text names it.
    ['Air defences shot down 45 unmanned aircraft overnight.', [[45, 'drone', 'downed']]],
    ['Defence units had downed 41 of the unmanned aerial vehicles.', [[41, 'drone', 'downed']]],
    ['Overnight, 99 unmanned aerial vehicles of aircraft type were destroyed.', [[99, 'drone', 'downed']]],
    [
      'Two aircraft and five vehicles were damaged at the airfield.',
      [
        [2, 'aircraft', null],
        [5, 'vehicle', null],
      ],
    ],
    // Weapons that crossed a neighbour's airspace went astray; "the interception of" is their downing.
    [
      'The foreign minister said one Russian missile passed Moldovan and Romanian airspace.',
      [[1, 'missile', 'strayed']],
    ],
    [
      'The air force reported the interception of 59 missiles and 54 drones.',
      [
        [59, 'missile', 'downed'],
        [54, 'drone', 'downed'],
      ],
    ],
    // "Three of them were children": some of the toll before, of its fate; "One of them was a doctor" is none.
    [
      'As of 10 p.m., 28 people were known to have died. Three of them were children.',
      [
        [28, 'person', 'killed'],
        [3, 'child', 'killed'],
      ],
    ],
    ['Two people were killed. One of them was a doctor.', [[2, 'person', 'killed']]],
    // How many of a toll were taken to hospital, told after it, is no toll.
    [
      'In all, 95 people were injured. 52 of them, including 17 children, were hospitalized.',
      [
        [95, 'person', 'injured'],
        [17, 'child', null],
      ],
    ],
    // Those once missing and since found are no toll of the missing.
    [
      'Six people who were reported missing have been contacted and are safe. Currently, 16 people are reported missing.',
      [
        [6, 'person', null],
        [16, 'person', 'missing'],
      ],
    ],
    // Those in serious condition are some of a toll, not a toll of their own.
    [
      'The governor reported 16 injured, among them a child; 5 people are in serious condition.',
      [
        [16, 'person', 'injured'],
        [5, 'person', null],
      ],
    ],
    // People left without power are no toll; people "left injured" are.
    [
      'In Zaporizhzhia, one person was killed, and over 73,000 residents were left without electricity.',
      [
        [1, 'person', 'killed'],
        [73000, 'person', null],
      ],
    ],
    [
      'Two people were killed and five were left injured.',
      [
        [2, 'person', 'killed'],
        [5, 'person', 'injured'],
      ],
    ],
    // "remains missing" is the count's own verb; weapons that "managed to strike 25 targets" hit them;
    // "thwarted" is downed.
    [
      'Three people were killed and one person remains missing.',
      [
        [3, 'person', 'killed'],
        [1, 'person', 'missing'],
      ],
    ],
    [
      'However, 52 drones and 26 missiles managed to strike 25 targets.',
      [
        [52, 'drone', 'hit'],
        [26, 'missile', 'hit'],
        [25, 'target', null],
      ],
    ],
    [
      'Russia unleashed 45 missiles, with nine of these missiles being thwarted in mid-air.',
      [
        [45, 'missile', 'launched'],
        [9, 'missile', 'downed'],
      ],
    ],
    // Ages in a list may run in months and years; none is a toll.
    [
      'Seventeen were injured, among them children aged three months, 2, 8, and 12 years.',
      [
        [17, 'person', 'injured'],
        [3, 'month', 'age'],
        [2, 'year', 'age'],
        [8, 'year', 'age'],
        [12, 'year', 'age'],
      ],
    ],
    // "Among them" counts of the toll before it, where it gives one fate; whom rescuers saved is unharmed.
    [
      'Currently, 14 people are known to have been injured. Among them are three children.',
      [
        [14, 'person', 'injured'],
        [3, 'child', 'injured'],
      ],
    ],
    [
      'Two were killed and 14 injured. Among them are three children.',
      [
        [2, 'person', 'killed'],
        [14, 'person', 'injured'],
        [3, 'child', null],
      ],
    ],
    [
      'Seventeen people were injured, while rescuers saved 22 people from the rubble.',
      [
        [17, 'person', 'injured'],
        [22, 'person', null],
      ],
    ],
    // Who some of a toll were, by sex or age, is no toll; a toll of men alone is one.
    ['Seven people were killed, including two men.', [[7, 'person', 'killed']]],
    ['The victims included a woman and two men.', [[2, 'man', null]]],
    ['Two men were killed in Kharkiv.', [[2, 'person', 'killed']]],
    // How many of a toll are in critical condition is no toll, the whole before it or after.
    [
      'Some 47 people have been hospitalized, of whom seven are in critical condition.',
      [[47, 'person', 'injured']],
    ],
    // "N more" dead is an increment to a toll, no toll; more of another fate, or of another place, is a toll.
    ['Three more people died in hospital.', []],
    [
      'A missile killed 19 people in Kryvyi Rih. Later, drones hit Kryvyi Rih, killing one more person.',
      [[19, 'person', 'killed']],
    ],
    [
      'The strike killed two people and injured 60 more.',
      [
        [2, 'person', 'killed'],
        [60, 'person', 'injured'],
      ],
    ],
    [
      'Three children were killed in the Zhytomyr region. Four more people were killed in Khmelnytskyi region.',
      [
        [3, 'child', 'killed'],
        [4, 'person', 'killed'],
      ],
    ],
    // A count the text only supposes is no toll.
    ['Two more victims may also have been killed, the mayor said.', [[2, 'person', null]]],
    // How many of a toll told before are in hospital is no toll of its own; a count in hospital alone is.
    ['More than 25 people were wounded. Nine victims have been hospitalized.', [[25, 'person', 'injured']]],
    ['Nine victims have been hospitalized.', [[9, 'person', 'injured']]],
    // "2 dozen" is 24, as "two dozen" is.
    [
      'At least 5 killed and more than 2 dozen injured in attacks on Kyiv',
      [
        [5, 'person', 'killed'],
        [24, 'person', 'injured'],
      ],
    ],
    // "Fatally wounded" is killed; "claiming the lives of" counts the dead after it.
    ['Two people were mortally wounded.', [[2, 'person', 'killed']]],
    ['The strikes hit the west, claiming the lives of two civilians.', [[2, 'person', 'killed']]],
    // Those who came to help are a part of the toll, counted apart from it as children are.
    [
      'One rescuer is among the 16 dead.',
      [
        [1, 'emergency worker', 'killed'],
        [16, 'person', 'killed'],
      ],
    ],
    [
      'Three firefighters were killed and 12 others injured.',
      [
        [3, 'emergency worker', 'killed'],
        [12, 'person', 'injured'],
      ],
    ],
    // A fate the noun phrase tells: "two dead civilians", "three missing persons".
    ['Police found two dead civilians.', [[2, 'person', 'killed']]],
    ['Medics treated 12 wounded soldiers.', [[12, 'soldier', 'injured']]],
    ['Officials have reports of at least three missing persons.', [[3, 'person', 'missing']]],
    // "listed as missing" after a count, with no verb before it, is the count's own state.
    [
      'Eleven people were killed, 22 injured and at least three people listed as missing.',
      [
        [11, 'person', 'killed'],
        [22, 'person', 'injured'],
        [3, 'person', 'missing'],
      ],
    ],
    // A toll told by sex is its parts: "12 women and 6 men", "two women and a man" (not "two women" alone).
    [
      'Officials said 12 women and 6 men had been injured in the strike.',
      [
        [12, 'woman', 'injured'],
        [6, 'man', 'injured'],
      ],
    ],
    ['Two women and a man were killed.', [[2, 'woman', 'killed']]],
    ['Two women were killed.', [[2, 'person', 'killed']]],
    // So are the grown-ups of a toll, beside its children.
    [
      'The city mourned the 11 children and nine adults killed.',
      [
        [11, 'child', 'killed'],
        [9, 'adult', 'killed'],
      ],
    ],
    // "12 after rescuers": a preposition is no noun's modifier.
    ['The toll rose to 12 after rescuers found more bodies.', [[12, 'person', 'killed']]],
    // The figure a toll rose to is of the dead, however near the verb of the hurt after it.
    [
      'The death toll from the strike that hit homes in the port city on Friday has risen to at least 20 people and at least 75 others wounded.',
      [
        [20, 'person', 'killed'],
        [75, 'person', 'injured'],
      ],
    ],
    [
      'The death toll has risen to 20 people and 75 were wounded.',
      [
        [20, 'person', 'killed'],
        [75, 'person', 'injured'],
      ],
    ],
    // So do "cost the lives of" and "took the lives of".
    ['The overnight raid cost the lives of at least eight residents.', [[8, 'person', 'killed']]],
    ['The blast took the lives of four passengers.', [[4, 'person', 'killed']]],
    // What weapons were sent to do is not what befell them.
    [
      'Russia attacked Ukraine Friday with dozens of missiles and more than a hundred drones on a mission to destroy infrastructure.',
      [[100, 'drone', 'launched']],
    ],
    ['Russia sent 50 drones to destroy power plants.', [[50, 'drone', 'launched']]],
    [
      'Of 50 drones, air defence managed to destroy 40.',
      [
        [50, 'drone', 'launched'],
        [40, 'drone', 'downed'],
      ],
    ],
    // Weapons that "missed their targets" never reached them; "as did 86 drones" tells the drones the same.
    [
      'Ukraine shot down 134 targets, while 10 missiles missed their targets, as did 86 drones.',
      [
        [134, 'air weapon', 'downed'],
        [10, 'missile', 'lost'],
        [86, 'drone', 'lost'],
      ],
    ],
    // The rescued are unharmed, as far as the count says.
    [
      'The mayor reported seven injured, with six people rescued from the debris.',
      [
        [7, 'person', 'injured'],
        [6, 'person', null],
      ],
    ],
  ])('finds the counts in “%s”', (sentence, expected) => {
    expect(facts(sentence)).toEqual(expected)
  })

  it.each([
    ['Russia unleashed more than 79 missiles and 100 drones.', ['more than', 'more than']],
    ['Zelensky said Russia fired over 470 drones and 47 missiles.', ['over', null]],
    ['At least 12 people were killed and 30 people were injured.', ['at least', null]],
  ])('lends a count’s approximation to a round count paired with it: “%s”', (sentence, approx) => {
    expect(extractQuantities(sentence).map((q) => q.approx)).toEqual(approx)
  })

  it.each([
    [
      'Russia launched 126 drones at Ukraine overnight, and 79 drones were shot down.',
      ['russian', 'russian'],
    ],
    ['Russia said it had downed 337 drones, 91 of them over the Moscow region.', ['ukrainian', 'ukrainian']],
    ['Russian air defences destroyed 30 drones.', ['ukrainian']],
    ['Ukrainian defenses managed to intercept 266 drones and 45 missiles.', ['russian', 'russian']],
    ["Ukraine's air force said it shot down 40 drones.", ['russian']],
    ['Air defences shot down 40 drones.', [null]],
    ['Kyiv hit by 40 missiles overnight.', [null]],
    ['Russian forces launched 100 drones overnight, of which 80 were shot down.', ['russian', 'russian']],
    ["Russia's military said it had shot down 40 drones over the Bryansk region.", ['ukrainian']],
    ['Moscow Mayor Sergei Sobyanin said ten drones targeting the capital were intercepted.', ['ukrainian']],
    ['Russia claimed all four missiles fired at Voronezh were intercepted.', ['ukrainian']],
    ['The air force intercepted 41 of 48 missiles launched by Russia.', ['russian', 'russian']],
  ])('tells whose weapons “%s” counts from who sends or downs them', (sentence, sides) => {
    expect(extractQuantities(sentence).map((q) => q.side)).toEqual(sides)
  })

  it.each([
    ['annexed by Russia in 2014'],
    ['The air raid alert was announced at 00:36'],
    ['on 24 April the attack began'],
    ['Kh-101 cruise missiles and Tu-95MS bombers'],
    ['one of the largest attacks'],
    ['Trump first floated a truce two months ago'],
    ['The war, now in its fourth year, goes on'],
    ['It was the third attack on the city this week'],
    ['It was one of the deadliest attacks of the war'],
    ['The two leaders last spoke on March 18'],
    ['One of the buildings of the institute was partially destroyed'],
    ['Both sides agreed to meet again'],
    ['Russia and Ukraine, the two countries at war, exchanged prisoners'],
  ])('reads no count in “%s”', (sentence) => {
    expect(facts(sentence)).toEqual([])
  })

  it.each([
    ['more than 70 injured', 70, Number.POSITIVE_INFINITY],
    ['at least 8 civilians were killed', 8, Number.POSITIVE_INFINITY],
    ['up to 30 drones were launched', 0, 30],
    ['nearly 100 drones were launched', 90, 100],
    ['roughly 200 missiles were fired', 180, 220],
    ['Over a dozen people were injured', 12, Number.POSITIVE_INFINITY],
    ['More than a hundred drones were launched', 100, Number.POSITIVE_INFINITY],
    ['Russia launched 40 to 50 drones', 40, 50],
    ['Russia fired 500-odd drones', 500, 600],
  ])('turns the approximation in “%s” into a range', (sentence, min, max) => {
    const [q] = extractQuantities(sentence)
    expect(q?.min).toBeCloseTo(min)
    expect(q?.max).toBeCloseTo(max)
  })

  it.each([
    ['Missiles slammed into two apartment buildings.', 'two apartment buildings'],
    ['Currently, 88 Shahed drones are in the air.', '88 Shahed drones'],
    ['Russia used 142 Shahed attack drones and decoys.', '142 Shahed attack drones'],
    ['Officials confirmed one civilian death.', 'one civilian death'],
  ])('spans a compound noun to its last word: “%s”', (text, span) => {
    const [q] = extractQuantities(text)
    expect(q && text.slice(q.span.start, q.span.end)).toBe(span)
  })

  it.each([
    ['A Russian missile strike on Sumy killed 35 people.', ['Sumy']],
    ['The attack on the city of Dnipro killed nine and wounded 30 in the region.', ['Dnipro', null]],
    ['Russia’s attack on Ukraine’s energy grid killed two.', [null]],
    ['After the strike on Kharkiv, officials said 5 people were hurt.', [null]],
    ['Two people were killed in the port city of Odesa.', ['Odesa']],
    [
      'Missiles slammed into two apartment buildings in the western city of Ternopil, killing at least 25 people and wounding 73.',
      [null, 'Ternopil', 'Ternopil'],
    ],
    ['Russia attacked Ukraine overnight, killing 12 across the country.', ['nationwide']],
    [
      'A drone hit a house in Kharkiv, killing two, while in Odesa three people were hurt.',
      ['Kharkiv', 'Odesa'],
    ],
    [
      'In Moscow, a drone hit an apartment building in the Domodedovo district, where one person was injured.',
      ['Domodedovo district'],
    ],
    [
      'Two people, including a mother and her infant, were killed in the Sviatoshynskyi district.',
      ['Sviatoshynskyi district'],
    ],
    ['14 people, including three children, were killed in Kharkiv.', ['Kharkiv', null]],
    // The aside's place is the aside's count's, not the whole's.
    [
      'Russia said it had shot down 337 Ukrainian drones, 91 of them over the Moscow region, in the largest attack.',
      [null, 'Moscow region'],
    ],
    ['Five people, including two in Kharkiv, were killed in the region.', [null, 'Kharkiv']],
    ['The attack left 3 dead and 14 injured in Zaporizhzhia.', ['Zaporizhzhia', 'Zaporizhzhia']],
    ['One person was killed and eight injured in the Kherson region.', ['Kherson region', 'Kherson region']],
    // An official of a region, "Oblast" in capitals.
    ['Lviv Oblast Gov. Maksym Kozytskyi said an attack there killed one person.', ['Lviv region']],
    [
      'In Zaporizhzhia, three people were killed and 12 injured; in Kharkiv, two died.',
      ['Zaporizhzhia', 'Zaporizhzhia', 'Kharkiv'],
    ],
    ['In Kyiv, 5 were hurt; two were killed.', ['Kyiv', 'Kyiv']],
    ['The death toll in Dnipro rose to 9.', ['Dnipro']],
    ['The toll in Kyiv stood at 23.', ['Kyiv']],
    [
      'Three people died and 14 were wounded in Zaporizhzhia, while in Kharkiv one person was killed.',
      ['Zaporizhzhia', 'Zaporizhzhia', 'Kharkiv'],
    ],
    ['Two people were killed in Ukraine’s southern Kherson region.', ['Kherson region']],
    ['Eight drones were downed over the southern region of Kherson.', ['Kherson region']],
    ['In the eastern Donetsk region, five people were injured.', ['Donetsk region']],
    ['Six people were wounded in a Russian attack on the eastern town of Kupiansk.', ['Kupiansk']],
    ['Two people were killed and 14 injured in a strike on Kharkiv.', ['Kharkiv', 'Kharkiv']],
    ['Russia launched 100 drones in an attack on Kyiv.', [null]],
    [
      'The attack also hit Kharkiv, in the country’s northeast, where officials reported at least two injuries.',
      ['Kharkiv'],
    ],
    // An official of a place, before a toll that names none, gives that place's toll.
    ['Kyiv Mayor Vitali Klitschko confirmed four deaths and 20 injuries.', ['Kyiv', 'Kyiv']],
    ['Kyiv’s military administration said that at least four people were killed.', ['Kyiv']],
    [
      'According to Kyiv regional Gov. Mykola Kalashnyk, one woman was killed and three other people were wounded.',
      ['Kyiv region', 'Kyiv region'],
    ],
    [
      'Kyiv Mayor Vitali Klitschko said two people were killed in the Darnytskyi district.',
      ['Darnytskyi district'],
    ],
    // A place in the subject, right before the verb of harm; "across Ukraine" is the whole country.
    ['A Russian strike in Kyiv killed 3 people.', ['Kyiv']],
    [
      'A record barrage on cities across Ukraine overnight killed at least five people and wounded 44.',
      ['nationwide', 'nationwide'],
    ],
    // A relative clause's places are its own; a city named "the city of X" without "in"; a part of a country.
    [
      'Missiles hit buildings in the western Ukrainian city of Ternopil, killing at least 26 people, amid a barrage that wounded scores across the country.',
      ['Ternopil'],
    ],
    [
      'Meanwhile, the northern city of Kharkiv experienced a drone attack, leaving more than 30 people wounded.',
      ['Kharkiv'],
    ],
    ['A Russian strike on residential buildings in western Ukraine killed at least 25 people.', [null]],
    ['At least 34 people were killed in the second large-scale attack in Ukraine.', [null]],
    // The capital of the country named.
    ['Two people were killed in the Ukrainian capital, officials said.', ['Kyiv']],
    // A clause of only its verb has the sentence's subject, and the place the subject fell on.
    [
      'A Russian attack on Ukraine’s capital, including a rare strike in the centre, early on Thursday, killed at least 12 people and wounded 48.',
      ['Kyiv', 'Kyiv'],
    ],
    ['A Russian strike on Sumy, the regional capital, on Sunday morning, killed 35 people.', ['Sumy']],
    // "In Kyiv and other cities": many places, as a national toll is.
    [
      'The attack killed a child in Zaporizhzhia, injuring at least 16 people in Kyiv and other cities.',
      ['Zaporizhzhia', 'nationwide'],
    ],
    // "11 of which were shot down over…": a part's own clause, not a relative clause of another count.
    [
      'The ministry said it downed 51 Ukrainian drones overnight, 11 of which were shot down over the Volgograd region.',
      [null, 'Volgograd region'],
    ],
    // "Resulted in", "claimed", "caused" are verbs of harm after a subject that names the place.
    ['Another attack in Kryvyi Rih in central Ukraine resulted in at least ten deaths.', ['Kryvyi Rih']],
    ['The attack on Odesa claimed 12 lives.', ['Odesa']],
    // "the capital" alone is the one capital the text names: Kyiv, or Moscow; neither where it names both.
    ['The mayor of Kyiv spoke.\n\nAs of noon, 17 people were killed in the capital.', ['Kyiv']],
    ['Drones flew at Moscow.\n\nIn the capital, two people were injured.', ['Moscow']],
    ['Moscow struck Kyiv.\n\nIn the capital, two people were injured.', [null]],
    // "the strike on Ukrainian city of Odesa", as some translations give it, without "the".
    ['The death toll of the missile strike on Ukrainian city of Odesa rose to 21.', ['Odesa']],
    // "On the approaches to" a place; a list of weapons of one fate shares its last's place. "Near" a place
    // is not in it: "a village near Kupiansk" is of the region.
    ['Two people were killed near Kharkiv.', [null]],
    [
      'Air defences destroyed about 15 Russian missiles and nearly 10 drones on the approaches to Kyiv.',
      ['Kyiv', 'Kyiv'],
    ],
    [
      'Russia launched 40 missiles and 50 drones; 30 drones were downed over Kharkiv.',
      [null, null, 'Kharkiv'],
    ],
    // The place after a count's ages is the count's; "the greater Kyiv region" is the Kyiv region.
    [
      'Three children aged 8, 12 and 17 were killed in the Zhytomyr region.',
      ['Zhytomyr region', null, null, null],
    ],
    ['Four fatalities occurred in the greater Kyiv region.', ['Kyiv region']],
    // An attack "on three districts of" a place, after an opener ("Additionally,") that is no clause.
    [
      'Additionally, a drone attack on three districts of Kharkiv, a city in northeastern Ukraine, left over 30 people injured.',
      [null, 'Kharkiv'],
    ],
    // "southeastern Ukraine's Zaporizhzhia" is Zaporizhzhia; "the western region of Lviv bordering Poland".
    [
      "In southeastern Ukraine's Zaporizhzhia, one person was killed and nine others wounded.",
      ['Zaporizhzhia', 'Zaporizhzhia'],
    ],
    ['Four deaths were reported in the western region of Lviv bordering Poland.', ['Lviv region']],
    // A toll that names no place, after a sentence of its paragraph about a place: that place's. Not a toll
    // given "in total", nor after a sentence about a person, nor across a paragraph.
    [
      'Four died in Lviv and one in Zaporizhzhia. Zaporizhzhia faced its own tragedy. A woman was killed and ten others injured.',
      ['Lviv', 'Zaporizhzhia', 'Zaporizhzhia', 'Zaporizhzhia'],
    ],
    [
      'The northeastern city of Kharkiv was among the hardest hit. At least six people were injured, the governor said.',
      ['Kharkiv'],
    ],
    ['Kyiv was hit hard in the attack. In total, 15 people were killed.', [null]],
    // A sentence that opens with its place ("In the Ivano-Frankivsk region, …") is about it too; "the attacks"
    // are all of them.
    [
      'In the Ivano-Frankivsk region, the occupiers hit a critical infrastructure facility. One person was injured.',
      ['Ivano-Frankivsk region'],
    ],
    [
      'In Kryvyi Rih, multiple hits were reported. The attacks have resulted in 10 deaths and 31 injuries.',
      [null, null],
    ],
    // …and one that opens with a district "of" its region is about the region.
    [
      'In the Myrhorod district of Poltava region, debris fell on a house. Two people were injured.',
      ['Poltava region'],
    ],
    // "the southern Ukrainian port city of Odesa": up to three words before "city", a nation's among them.
    [
      'Drone strikes also hit the southern Ukrainian port city of Odesa, killing one and wounding 17.',
      ['Odesa', 'Odesa'],
    ],
    // ", resulting in the deaths of" follows on as ", killing" does; the town, in its region.
    [
      'A missile struck Kryvyi Rih in Dnipropetrovsk Oblast, resulting in the deaths of at least 18 people.',
      ['Kryvyi Rih, Dnipropetrovsk Oblast'],
    ],
    // Weapons whose own verb names the city they went for are that city's; an attack "on" a city that frames
    // the night's count is not.
    ['Up to 10 of these drones (similar to Shahed) approached Kyiv from different directions.', ['Kyiv']],
    ['Five missiles struck Kharkiv overnight, and 40 drones targeted Odesa.', ['Kharkiv', 'Odesa']],
    ['Russia fired 539 drones and 11 missiles in an overnight attack on Kyiv.', [null, null]],
    ['Russia launched 40 missiles, which struck Kyiv.', [null]],
    // A headline's capitalised words: an attack is no place, the place it was "on" is; a part of a country is
    // none; an institution is in the place its name begins with; "’s" is no part of a name.
    ['Deadliest Attack in Ukraine: 47 Killed in Missile Strike on Poltava Military Institute', ['Poltava']],
    ['Three Killed in Drone Attack', [null]],
    ['Deadly Russian Strike on Western Ukraine Claims 26 Lives', [null]],
    ["A missile hit Kryvyi Rih's city centre, killing two.", ['Kryvyi Rih']],
    ["A missile hit Kyiv Children's Hospital, killing two.", ['Kyiv']],
    ['Donald Trump was furious. Three people were killed.', [null]],
    // A toll an official gives is of the place the text said they govern; one the text did not place, none.
    ["Kyiv's Mayor, Vitali Klitschko, spoke. Mayor Vitali Klitschko confirmed two injuries.", ['Kyiv']],
    ['The mayor of Kharkiv, Ihor Terekhov, spoke. Terekhov said five were hurt.', ['Kharkiv']],
    ['Mayor Vitali Klitschko confirmed two injuries.', [null]],
    ['Regional Governor Oleh Syniehubov spoke. Syniehubov said two were injured.', [null]],
    // A sentence about a place may describe it in commas: "The city of Dnipro, Ukraine's fourth-largest, bore…".
    [
      "The city of Dnipro, Ukraine's fourth-largest, bore the brunt. A drone hit a building, killing three people.",
      ['Dnipro'],
    ],
    // A toll that follows on from an attack on a place ("attacked Kharkiv…, damaging a kindergarten and
    // killing one person") is that place's; "in the X district of Y Oblast" is the oblast's, and "the wider
    // Kyiv region" the region's.
    ['Russia attacked Kharkiv with drones, damaging a kindergarten and killing one person.', ['Kharkiv']],
    [
      'In Kyiv, two people were killed, while four were killed in the Brovarsky district of Kyiv Oblast.',
      ['Kyiv', 'Kyiv Oblast'],
    ],
    [
      'A couple died in the capital, while four others were killed in the wider Kyiv region.',
      ['Kyiv region'],
    ],
    // A toll right after a sentence of an attack on one place is that place's; not after one on many.
    ['Zaporizhzhia was also under attack. There were 13 injured.', ['Zaporizhzhia']],
    ['Earlier, drones hit a kindergarten in Kharkiv. A person was killed.', ['Kharkiv']],
    ['A missile struck Kryvyi Rih in Dnipropetrovsk Oblast. Over 60 people were injured.', ['Kryvyi Rih']],
    ['Drones targeted Kyiv and other parts of Ukraine. At least 12 people were killed.', [null]],
    ['Drones hit Kyiv and Odesa. Two people were killed.', [null]],
    // A place before "including" ends its phrase, and the part after it is of that place.
    ['There are currently 153 casualties in Dnipro including nine killed.', ['Dnipro', 'Dnipro']],
    ['Four people were injured in the Kharkiv suburb of Chuhuiv.', ['Chuhuiv']],
    // A city described with a hyphenated word.
    ['Two people were killed in the south-eastern city of Zaporizhzhia.', ['Zaporizhzhia']],
    [
      'Blasts were reported in the north-eastern city of Kharkiv, injuring two people, the mayor said.',
      ['Kharkiv'],
    ],
    // A region ends its phrase whatever follows it.
    ['During the day in Donetsk region occupants killed a civilian.', ['Donetsk region']],
    ['In Kharkiv region shelling killed two people.', ['Kharkiv region']],
    // A region attacked is a place too, and a sentence of the attack that names none goes on from it.
    ['Russian forces attacked the Sumy region with drones. Three people were killed.', ['Sumy region']],
    [
      'Two were killed and six injured in a drone attack on the Odesa region.',
      ['Odesa region', 'Odesa region'],
    ],
    [
      'Russian forces attacked the Sumy region with drones. A village came under fire. Three people were killed.',
      ['Sumy region'],
    ],
    [
      'Russian forces attacked the Sumy region with drones. The village was calm. Three people were killed.',
      [null],
    ],
    ['The second strike fell on Vilniansk. Two people were injured there.', ['Vilniansk']],
    // A toll of "others" goes on from the toll before it, in its paragraph.
    [
      'Three children were killed in the Zhytomyr region. Twelve others were injured.',
      ['Zhytomyr region', 'Zhytomyr region'],
    ],
    [
      'Three children were killed in the Zhytomyr region.\n\nTwelve others were injured.',
      ['Zhytomyr region', null],
    ],
    // "The governor said": a sentence's first word before a title is no place.
    ['The governor said drone attacks injured one person.', [null]],
    ['The southern city of Odesa was hit.\n\nThree people were killed.', [null]],
  ])('places a toll where its clause says it fell: “%s”', (text, places) => {
    expect(extractQuantities(text).map((q) => q.place)).toEqual(places)
  })

  it.each([
    [
      'Russia said it had destroyed 49 Ukrainian drones over the Bryansk, Kursk and Belgorod regions.',
      [[49, 'drone', 'downed', 'Bryansk, Kursk and Belgorod regions']],
    ],
    [
      'Air defences destroyed 30 drones over Moscow and 12 over the Tula region.',
      [
        [30, 'drone', 'downed', 'Moscow'],
        [12, 'drone', 'downed', 'Tula region'],
      ],
    ],
    [
      'The air force said 40 drones were shot down over the Kyiv region, 20 over Odesa and 10 over Kharkiv.',
      [
        [40, 'drone', 'downed', 'Kyiv region'],
        [20, 'drone', 'downed', 'Odesa'],
        [10, 'drone', 'downed', 'Kharkiv'],
      ],
    ],
    [
      'Air defences destroyed 337 drones over 10 regions, including 91 over the Moscow region and 126 over the Kursk region.',
      [
        [337, 'drone', 'downed', null],
        [10, 'region', null, null],
        [91, 'drone', 'downed', 'Moscow region'],
        [126, 'drone', 'downed', 'Kursk region'],
      ],
    ],
    [
      'Air defences destroyed 337 drones. Of those, 126 were destroyed over the Kursk region, 91 over the Moscow region, and 38 over the Bryansk region.',
      [
        [337, 'drone', 'downed', null],
        [126, 'drone', 'downed', 'Kursk region'],
        [91, 'drone', 'downed', 'Moscow region'],
        [38, 'drone', 'downed', 'Bryansk region'],
      ],
    ],
    [
      'The attack killed three people and forced the closure of all four of the capital’s airports.',
      [
        [3, 'person', 'killed', null],
        [4, 'airport', null, null],
      ],
    ],
  ])('reads counts by place, and places that are lists: “%s”', (text, expected) => {
    expect(extractQuantities(text).map((q) => [q.value, q.unit, q.role, q.place])).toEqual(expected)
  })

  it.each([
    ['Russia launched between 400 and 500 drones.', 'between 400 and 500 drones'],
    ['Russia launched 400-500 drones.', '400-500 drones'],
    ['Russia launched 400–500 drones overnight.', '400–500 drones'],
  ])('reads a range as one count: “%s”', (text, span) => {
    const counts = extractQuantities(text)
    expect(
      counts.map((q) => [q.min, q.max, q.unit, q.role, q.approx, text.slice(q.span.start, q.span.end)]),
    ).toEqual([[400, 500, 'drone', 'launched', 'between 400 and', span]])
  })

  it.each([
    ['It could take "two weeks" to decide.', 'two weeks'],
    ['Air defence shot down 88 "shaheds".', '88 "shaheds"'],
    ['As of 08:00, 88 “Shahed” drones were downed.', '88 “Shahed” drones'],
  ])('keeps a count’s quote marks balanced in its span: “%s”', (text, span) => {
    const [q] = extractQuantities(text)
    expect(q && text.slice(q.span.start, q.span.end)).toBe(span)
  })

  it('keeps each number’s exact span in the text', () => {
    const text = 'Ukraine reported downing 76 of 112 Russian drones launched overnight.'
    expect(extractQuantities(text).map((q) => text.slice(q.span.start, q.span.end))).toEqual([
      '76',
      '112 Russian drones',
    ])
  })

  it.each([
    ['a two-and-a-half-hour conversation', 2.5],
    ['They spoke for two and a half hours.', 2.5],
    ['They talked for about an hour and a half.', 1.5],
    ['a 90-minute call', 90],
    ['They met for roughly a quarter of an hour.', 15],
    ['They met for half an hour.', 30],
    ['They spoke for 2½ hours.', 2.5],
    ['They spoke for an hour.', 1],
    ['The phone call, which lasted over an hour, was described as productive.', 1],
  ])('reads the length in “%s”', (text, value) => {
    expect(extractQuantities(text)[0]?.value).toBe(value)
  })

  it.each([
    ['The meeting lasted about 15 min.', 15, 'minute'],
    ['They talked for 2 hrs.', 2, 'hour'],
    ['The call lasted 40 mins, the Kremlin said.', 40, 'minute'],
  ])('reads the shorthand length in “%s”', (text, value, unit) => {
    expect(extractQuantities(text).map((q) => [q.value, q.unit])).toEqual([[value, unit]])
  })

  it('reads no length in a page’s reading time: “3 min read”', () => {
    expect(extractQuantities('World news 3 min read Trump and Putin spoke on Monday.')).toEqual([])
  })

  it.each(['An hour later, sirens sounded.', 'He waited for an hour before the call.'])(
    'reads no length where “an hour” dates something: “%s”',
    (text) => {
      expect(extractQuantities(text)).toEqual([])
    },
  )

  it.each([
    ['The conversation lasted two hours and five minutes.', 125, 125, 'two hours and five minutes'],
    ['They talked for 1 hour, 40 minutes.', 100, 100, '1 hour, 40 minutes'],
    [
      'The call lasted more than two hours and 10 minutes.',
      130,
      Number.POSITIVE_INFINITY,
      'more than two hours and 10 minutes',
    ],
  ])('reads hours and minutes as one length, in minutes: “%s”', (text, min, max, span) => {
    const lengths = extractQuantities(text)
    expect(lengths.map((q) => [q.min, q.max, q.unit, text.slice(q.span.start, q.span.end)])).toEqual([
      [min, max, 'minute', span],
    ])
  })

  it('keeps a length in hours and a later one in minutes apart when words stand between them', () => {
    const text = 'The call took two hours, and the briefing after it 40 minutes.'
    expect(extractQuantities(text).map((q) => q.unit)).toEqual(['hour', 'minute'])
  })

  it.each([
    ['The minerals deal is worth $500 billion.', 500e9, 'dollar', '$500 billion'],
    ['Ukraine got more than €1.5 million in aid.', 1.5e6, 'euro', 'more than €1.5 million'],
    ['The fund holds US$300 for now.', 300, 'dollar', 'US$300'],
    ['The package is worth about $100bn.', 100e9, 'dollar', 'about $100bn'],
    ['The package is worth $100 bn.', 100e9, 'dollar', '$100 bn'],
    ['Britain pledged £2.5m, and Brussels €1.2tn.', 2.5e6, 'pound', '£2.5m'],
    ['Kyiv offered a $50-billion drone deal.', 50e9, 'dollar', '$50-billion'],
  ])('reads money in “%s”', (text, value, unit, span) => {
    const [money] = extractQuantities(text)
    expect([money?.value, money?.unit, money && text.slice(money.span.start, money.span.end)]).toEqual([
      value,
      unit,
      span,
    ])
  })

  it('reads an abbreviated scale only as money: “100m” after no currency sign is no count', () => {
    expect(extractQuantities('She ran the 100m in 11 seconds.').map((q) => q.value)).toEqual([11])
  })

  it.each([
    ['The attack left one in five homes without power.', 0.2, 'one in five'],
    ['Air defences shot down nine in ten drones.', 0.9, 'nine in ten'],
    ['Nine in every 10 drones were downed.', 0.9, 'Nine in every 10'],
  ])('reads “one in five” as a share, counting nothing: “%s”', (text, value, span) => {
    expect(
      extractQuantities(text).map((q) => [q.value, q.unit, text.slice(q.span.start, q.span.end)]),
    ).toEqual([[value, 'fraction', span]])
  })

  it('reads a share and the age of who it befell', () => {
    const [share] = extractQuantities('roughly one-fifth of which Russia currently controls')
    expect([share?.value, share?.unit, share?.approx]).toEqual([0.2, 'fraction', 'roughly'])
    const [age] = extractQuantities(
      'A 27-year-old woman died, while her 4-year-old son was rushed to hospital with injuries.',
    )
    expect([age?.value, age?.role, age?.subject, age?.fate]).toEqual([27, 'age', 'woman', 'killed'])
    const [unnamed] = extractQuantities(
      'Two people were injured, and a 9-year-old was among the injured.',
    ).filter((q) => q.role === 'age')
    expect([unnamed?.value, unnamed?.subject]).toEqual([9, null])
  })

  it.each([
    ['Damage extended over six of the city’s ten districts.', null],
    ['Debris was scattered over 12 districts.', null],
    ['Russia launched over 100 drones.', 'over'],
    ['The death toll in the city climbed up to 21 on Sunday.', null],
    ['The toll went up to 40.', null],
    ['Russia fired up to 30 missiles.', 'up to'],
    ['The prosecutor also spoke about 73 victims.', null],
    ['There is information about 12 dead.', null],
    ['Officials reported about 73 injured.', 'about'],
  ])(
    'reads "over" after a verb of extent, "up" after a verb of rise, and "about" after a word of telling, as no approximation: “%s”',
    (text, approx) => {
      expect(extractQuantities(text)[0]?.approx ?? null).toBe(approx)
    },
  )

  it.each([
    ['Pope Francis died on Easter Monday at the age of 88.', [[88, 'age', null]]],
    ['Francis died on April 21 aged 88.', [[88, 'age', null]]],
    [
      'Among the dead were three children ages 2, 14 and 17.',
      [
        [3, 'killed', null],
        [2, 'age', null],
        [14, 'age', null],
        [17, 'age', null],
      ],
    ],
    ['The pope, who died at 88, was buried on Saturday.', [[88, 'age', null]]],
    [
      'A man, 45, and a woman, 38, were killed.',
      [
        [45, 'age', 'man'],
        [38, 'age', 'woman'],
      ],
    ],
    ['“We ran,” Olena Kovalenko, 45, told reporters.', [[45, 'age', 'person']]],
    ['Moskalik, 59, was the second senior officer killed in a bombing.', [[59, 'age', 'person']]],
    // A verb after "the 79-year-old" says what they did, not who they are.
    ['The 79-year-old wrote that a meeting would follow.', [[79, 'age', null]]],
    ['The 45-year-old said he had been asleep.', [[45, 'age', null]]],
    [
      'Three children, aged 8, 12 and 17, were killed.',
      [
        [3, 'killed', null],
        [8, 'age', 'child'],
        [12, 'age', 'child'],
        [17, 'age', 'child'],
      ],
    ],
    [
      'The strike killed seven people, including a one-and-a-half-year-old girl.',
      [
        [7, 'killed', null],
        [1.5, 'age', 'child'],
      ],
    ],
    // Ages in words and digits, with no commas around them: the verb after them is the children's.
    [
      'Elsewhere, three children aged eight, 12, and 17 were killed.',
      [
        [3, 'killed', null],
        [8, 'age', 'child'],
        [12, 'age', 'child'],
        [17, 'age', 'child'],
      ],
    ],
    [
      'Two boys aged 5 and 7 and a woman were injured.',
      [
        [2, 'injured', null],
        [5, 'age', 'child'],
        [7, 'age', 'child'],
      ],
    ],
    // "who had recently turned 12" is an age, of the child before it.
    [
      'A Russian bomb killed a child who had recently turned 12.',
      [
        [1, 'killed', null],
        [12, 'age', 'child'],
      ],
    ],
    // "at half past four" is a time, no share.
    ['The bomb struck at half past four in the afternoon.', []],
    // A count after a place's comma is still a count.
    ['In Kharkiv, 12 people were injured.', [[12, 'injured', null]]],
    [
      'One person was killed, 12 were injured.',
      [
        [1, 'killed', null],
        [12, 'injured', null],
      ],
    ],
  ])('reads an age given bare, not as a toll: “%s”', (text, expected) => {
    expect(extractQuantities(text).map((q) => [q.value, q.role, q.subject])).toEqual(expected)
  })

  it.each([
    ['Russia had launched 48 missiles in the last seven days.', 'over the past seven days'],
    ['Air defences destroyed 524 Ukrainian drones in 24 hours.', 'over the past 24 hours'],
    ['Air defences destroyed 524 Ukrainian drones within 24 hours.', 'over the past 24 hours'],
    ['The attack came a week after Russia fired more than 100 drones at Kyiv.', 'a week after'],
    ['Over the past day, attacks killed 13 people.', 'over the past day'],
    ['Russia launched more than 6,000 drones in July alone.', 'in july alone'],
    ['Russia launched 93 drones overnight.', null],
    // "Over the past night" is overnight, as Russia's defence ministry puts it; three nights are a period.
    ['Air defence systems destroyed 524 Ukrainian drones over the past night.', null],
    ['Russia launched 1,200 drones over the past three nights.', 'over the past three nights'],
    ['A strike killed 12 people, one of the deadliest attacks on the capital this year.', null],
    [
      'Missiles hit Kyiv, killing at least eight people in the biggest air attack on the city this year.',
      null,
    ],
    [
      'Russia fired 728 drones in the largest aerial assault since the start of the full-scale invasion.',
      null,
    ],
    // A ranked attack "was in" a month of its own: the count is of that month, not of this night.
    [
      'The previous biggest assault was in November 2022 when Russia launched 96 missiles against Ukraine.',
      'in november 2022',
    ],
    ['Russia has launched 30,000 drones since the start of the year.', 'since the start of the year'],
    ['Earlier this week, a Russian attack on Kyiv killed 12 people.', 'this week'],
    ['At least 12,900 civilians have been killed since February 2022.', 'since the invasion'],
    [
      'More than 12,000 civilians have been killed since the full-scale invasion began.',
      'since the invasion',
    ],
  ])('sets a period apart from the night itself: “%s”', (sentence, scope) => {
    expect(extractQuantities(sentence).find((q) => q.role)?.scope).toBe(scope)
  })

  it.each([
    [
      'Russia launched over 1,000 drones and more than 1,400 glide bombs over the past week.',
      ['over the past week', 'over the past week'],
    ],
    [
      'Russia launched 100 drones, 20 missiles and 500 glide bombs in the past week.',
      ['in the past week', 'in the past week', 'in the past week'],
    ],
    // A count with a word of its own between it and the period is not of the list the period closes.
    [
      'Russia launched 100 drones overnight, and 500 glide bombs in the past week.',
      [null, 'in the past week'],
    ],
  ])('gives a period to every count of the list it closes: “%s”', (sentence, scopes) => {
    expect(extractQuantities(sentence).map((q) => q.scope)).toEqual(scopes)
  })

  it.each([
    [
      'The barrage included 728 drones, seven Kh-101 cruise missiles and six Kinzhal ballistic missiles.',
      [null, 'cruise', 'ballistic'],
    ],
    [
      'Russia launched 20 missiles, including 14 Kh-101 cruise missiles and six Iskander-M ballistic missiles.',
      [null, 'cruise', 'ballistic'],
    ],
    ['Russia attacked with two Kinzhals and four Iskanders.', ['Kinzhal', 'Iskander']],
    ['Russia used 11 missiles: 7 Kh-101s and 4 Iskanders.', [null, 'Kh-101', 'Iskander']],
    [
      'Russia struck with three Kh-47M2 Kinzhal aeroballistic missiles and 20 Kh-101 cruise missiles.',
      ['ballistic', 'cruise'],
    ],
    [
      'Air defences shot down 7 cruise missiles, 6 ballistic missiles and 200 drones.',
      ['cruise', 'ballistic', null],
    ],
    // "A Kinzhal missile" in a list of counts is one; where two of the list are of one sort, models sort it.
    [
      'Among them were 405 drones, a Kinzhal aeroballistic missile, four Iskander-M ballistic missiles, nine Iskander-K cruise missiles, and one Kh-59/69 air-launched missile.',
      [null, 'Kinzhal', 'Iskander-M', 'Iskander-K', 'Kh-59/69'],
    ],
    // Drones are counted whole: to other outlets these are 88 drones and 128 decoys.
    ['Currently, 88 Shahed drones and 128 decoys have been shot down.', [null, null]],
    // One kind alone is no breakdown, nor are two counts of one kind.
    ['Russia fired 40 cruise missiles at Kyiv.', [null]],
    ['Russia fired 12 missiles at Kyiv and 9 missiles at Lviv.', [null, null]],
    // Launched and shot down are no list of kinds.
    ['Russia launched 10 cruise missiles; 8 ballistic missiles were shot down.', [null, null]],
    // A part of a whole is sorted by its kind, and "ones" are what the whole counts.
    [
      'Russia launched 30 missiles, including 11 ballistic missiles, and 300 drones.',
      [null, 'ballistic', null],
    ],
    ['Russia launched 40 missiles, including 11 ballistic ones.', [null, 'ballistic']],
    // What aircraft or a unit of its own downed is a part of the night's downed, set against others' counts of it.
    ['The pilot used all of his weapons and shot down seven air targets.', ['by aircraft']],
    ['The crew of a Mi-8 helicopter shot down 12 drones.', ['by aircraft']],
    ['A mobile fire group shot down 12 drones.', ['by one unit']],
    [
      'Russia launched 81 missiles, including 11 shot down by Ukraine’s F-16 fighter jets.',
      [null, 'by aircraft'],
    ],
    [
      'A total of 81 missiles were shot down, 11 of which were intercepted by our F-16s.',
      [null, 'by aircraft'],
    ],
    ["Ukraine's air defence units shot down 211 drones.", [null]],
    // Missiles fired from one sea are that sea's, a part of the night's; a list of places fired from is none.
    ['“They fired almost two dozen missiles from the Black Sea,” the navy said.', ['Black Sea']],
    ['Russia fired 20 Kalibr missiles from ships in the Black Sea.', ['Black Sea']],
    ['Russia fired 20 missiles from the Black Sea and Crimea.', [null]],
    ['Russia fired 20 missiles from the Black Sea, and 30 drones.', ['Black Sea', null]],
    [
      'Russia launched 69 missiles, including nine Kh-101 cruise missiles and 45 Iskander-M/KN-23 ballistic missiles.',
      [null, 'cruise', 'ballistic'],
    ],
    // A model's code before its name ("3M22 Zircon") is part of the count's words; the Tsirkon is the Zircon.
    [
      'Russia deployed two 3M22 Zircon anti-ship missiles, six Iskander-M ballistic missiles and twelve Kh-22 cruise missiles.',
      ['anti-ship', 'ballistic', 'cruise'],
    ],
    ['Russia fired two Tsirkon missiles and three Kinzhal missiles.', ['Zircon', 'Kinzhal']],
    // An aside with no count of its own, inside the list, still lets it be one.
    [
      'Russia attacked with 13 ballistic missiles, including the Oreshnik, and 22 cruise missiles.',
      ['ballistic', 'cruise'],
    ],
    [
      'Russia launched 21 missiles, including two of its rarely deployed Tsirkon ballistic missiles.',
      [null, 'Zircon'],
    ],
  ])('sorts a list of missiles by kind: “%s”', (sentence, kinds) => {
    expect(extractQuantities(sentence).map((q) => q.kind ?? null)).toEqual(kinds)
  })

  it('sorts missiles counted by their kind, where the article counts more of them whole, and their part', () => {
    const text = 'Russia launched 30 missiles overnight. Air defences intercepted 19 of 23 cruise missiles.'
    expect(extractQuantities(text).map((q) => [q.value, q.role, q.kind ?? null])).toEqual([
      [30, 'launched', null],
      [19, 'downed', 'cruise'],
      [23, 'launched', 'cruise'],
    ])
    // Alone, "13 cruise missiles" are the night's missiles: no whole says otherwise.
    expect(extractQuantities('Russia launched 13 cruise missiles.')[0]?.kind ?? null).toBeNull()
  })

  it('counts “11 ballistic ones” as the missiles of the whole they are part of', () => {
    expect(facts('Russia launched 40 missiles, including 11 ballistic ones.')).toEqual([
      [40, 'missile', 'launched'],
      [11, 'missile', 'launched'],
    ])
  })

  it.each([
    ['The call lasted more than two and a half hours, according to Kremlin aides.', ['call']],
    ['They agreed to a pause after a two-hour phone call on Tuesday.', ['call']],
    ['The call, which lasted about 90 minutes, ended with a statement.', ['call']],
    ['Trump spoke with Putin for two hours on Monday.', ['talks']],
    ['Trump and Putin spoke by phone on Monday for 2½ hours.', ['call']],
    ['The meeting in Alaska lasted nearly three hours.', ['meeting']],
    ['Witkoff held three hours of talks with Putin in Moscow on Thursday.', ['talks']],
    [
      'Trump said he had spoken by phone with President Vladimir Putin of Russia for about half an hour.',
      ['call'],
    ],
    ['Speaking for 90 minutes, the two leaders agreed on a pause.', ['talks']],
    ['The talks in Istanbul broke up after less than two hours.', ['talks']],
    ['The meeting ended after 40 minutes.', ['meeting']],
    ['After a call of over two hours, Trump said talks would start.', ['call']],
    ['A meeting of about three hours ended without a deal.', ['meeting']],
    ['A period of two hours passed.', [null]],
    [
      'The telephone conversation between Russian President Vladimir Putin and US President Donald Trump lasted more than two hours.',
      ['call'],
    ],
    [
      'President Trump spoke with President Vladimir V. Putin of Russia for over two hours on Monday.',
      ['talks'],
    ],
    // Two lengths in one article: which talks each is of, the text does not say for a reader to compare.
    ['Trump spoke with Putin for two hours, and with Zelensky for 30 minutes.', [null, null]],
    ['Rescuers worked for 12 hours.', [null]],
    ['Trump interrupted the meeting to phone Putin for around half an hour.', ['call']],
    ['Trump interrupts White House meeting for 40 minutes to call Putin', ['call']],
    ['Trump called Putin for 40 minutes.', ['call']],
    ['He called it a good meeting, which lasted two hours.', ['meeting']],
    // A call's length and a meeting's say which talks each is of.
    [
      "Trump phoned Putin for around half an hour. Friday's summit in Anchorage lasted nearly three hours.",
      ['call', 'meeting'],
    ],
    ['Trump phoned Putin for half an hour, and then for 40 minutes.', [null, null]],
    ['The call lasted two hours. Earlier, they spoke for 90 minutes.', [null, null]],
    // "It lasted": the talks the sentence before names.
    [
      'The phone call between the two leaders has ended. According to the Kremlin, it lasted two hours.',
      ['call'],
    ],
    [
      'This was their third conversation. It began at 17:00 Moscow time and lasted more than two hours.',
      ['talks'],
    ],
    ['The strike hit a power plant. The fire lasted two hours.', [null]],
    ['The strike hit a power plant. It lasted two hours.', [null]],
    ["Trump and Putin's talk lasts more than two hours.", ['talks']],
  ])('names the talks a length is of: “%s”', (text, talks) => {
    expect(extractQuantities(text).map((q) => (q.subject === 'talks' ? (q.talk ?? 'talks') : null))).toEqual(
      talks,
    )
  })
})
