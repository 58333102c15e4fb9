/** What a number counts, by the noun the text uses: "civilians" → person, "UAVs" → drone. */
const UNIT_CLASSES: Record<string, string> = {}
const add = (unit: string, nouns: string) => {
  for (const noun of nouns.split(' ')) UNIT_CLASSES[noun] = unit
}
// Models outlets count by name: "all six Kalibrs", "two Kinzhals", "40 Gerans".
// The air force's "imitators" and "simulators" are decoy drones.
add('drone', 'drone uav shahed shaheds decoy geran gerans gerbera gerberas lancet lancets imitator simulator')
add(
  'missile',
  'missile kalibr kalibrs kinzhal kinzhals iskander iskanders zircon tsirkon atacms tomahawk tomahawks',
)
add('rocket', 'rocket')
add('aircraft', 'aircraft warplane plane bomber jet helicopter airplane')
add('bomb', 'bomb shell')
// The air force's totals of everything sent at once: "537 air attack assets", "means of air attack".
add('air weapon', 'asset weapon projectile')
add(
  'person',
  'person people persons civilian resident others individual woman women man men victim death fatality casualty injury citizen passenger worker life lives body bodies officer journalist volunteer driver mourner pilgrim worshipper protester protestor demonstrator spectator attendee evacuee refugee patient',
)
add('child', 'child children kid minor son daughter boy girl baby infant teenager')
// "One rescuer is among the 16 dead", "three firefighters killed while responding": those who came to help,
// a part of a toll that outlets count apart, as they count children.
add('emergency worker', 'rescuer firefighter medic paramedic')
// "the 11 children and nine adults killed": the grown-ups of a toll, beside its children.
add('adult', 'adult')
add('soldier', 'soldier troop serviceman servicemen fighter pilot personnel')
add('prisoner', 'prisoner captive pow pows detainee hostage')
for (const span of ['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade'])
  add(span, span)
// Wire and agency shorthand: "15 min", "2 hrs".
add('minute', 'min mins')
add('hour', 'hr hrs')
add('time', 'time')
add('region', 'region oblast province')
add('city', 'city town village settlement')
add('building', 'building home house apartment block')
add('percent', 'percent %')
// "eight km (five miles) from the front line": a distance, never a bare count of people.
add('kilometre', 'km kms kilometre kilometer')
add('mile', 'mile')

/** Units that are fired at a country and then shot down, jammed or lost. */
export const MUNITIONS = new Set(['drone', 'missile', 'rocket', 'bomb', 'air weapon'])
/** Units that are killed or injured. */
export const PEOPLE = new Set(['person', 'child', 'adult', 'woman', 'man', 'emergency worker', 'soldier'])
/** Those some of a toll may be, counted apart from it: children, adults, women and men, rescuers. */
export const isSubgroup = (unit: string | null) =>
  unit === 'child' || unit === 'adult' || unit === 'woman' || unit === 'man' || unit === 'emergency worker'
const TOLL_ROLES = new Set(['killed', 'injured', 'missing', 'casualties'])
/** A count of people killed, hurt or missing: a toll, which rises as it is recounted over days. */
export const isPeopleToll = (q: { readonly unit: string | null; readonly role: string | null }) =>
  !!q.unit && PEOPLE.has(q.unit) && TOLL_ROLES.has(q.role ?? '')
export const DURATIONS = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'month',
  'year',
  'decade',
])

const IRREGULAR: Record<string, string> = {
  people: 'people',
  children: 'child',
  women: 'woman',
  men: 'man',
  others: 'others',
  series: 'series',
  news: 'news',
}

export function singular(word: string): string {
  const w = word.toLowerCase()
  if (IRREGULAR[w]) return IRREGULAR[w]
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`
  if (/(?:sh|ch|x|ss)es$/.test(w)) return w.slice(0, -2)
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1)
  return w
}

export function unitClass(noun: string): string | null {
  const w = noun.toLowerCase()
  return UNIT_CLASSES[w] ?? UNIT_CLASSES[singular(w)] ?? (MISSILE_MODEL.test(w) ? 'missile' : null)
}

/**
 * Russia's air-launched missiles, counted by their "Kh-" designation: "seven Kh-101s", "two Kh-59/69s". A
 * designation before a noun ("Kh-101 cruise missiles") leaves the noun to name what is counted.
 */
const MISSILE_MODEL = /^kh-\d+(?:\/\d+)*[a-z\d]*s$/

/** Nouns whose meaning carries the role: "one civilian death", "three injuries". */
export function roleOfNoun(noun: string): string | null {
  const w = singular(noun)
  // "The attack claimed 14 lives", "cost 14 lives": lives counted are lives lost.
  // "Rescuers pulled 15 bodies from the rubble": the dead found so far.
  if (w === 'death' || w === 'fatality' || w === 'life' || w === 'body' || /^(?:lives|bodies)$/i.test(noun))
    return 'killed'
  if (w === 'injury') return 'injured'
  if (w === 'casualty') return 'casualties'
  return null
}

/** Who an age belongs to, as a class: "her 4-year-old son" → child. */
export function subjectClass(noun: string): string {
  const w = singular(noun)
  if (UNIT_CLASSES[w] === 'child') return 'child'
  if (/^(woman|mother|grandmother|wife|sister|lady)$/.test(w)) return 'woman'
  if (/^(man|father|grandfather|husband|brother|gentleman)$/.test(w)) return 'man'
  return w
}
