import { dayNumber } from '../extract/dates'
import type { Quantity, Role } from '../extract/quantities'
import { kindsOfWeapon, NATIONAL, sumOf, sumsOfKinds } from '../extract/quantities'
import { DURATIONS, isPeopleToll, MUNITIONS, PEOPLE } from '../extract/units'
import { foldName } from '../text/normalize'
import { NUMBER_WORDS } from '../text/numbers'
import { cosine } from '../text/similarity'
import type { Mention } from '../types'
import { type DraftFact, mentionAt, type PreparedArticle } from './prepared'

type Candidate = {
  readonly prepared: PreparedArticle
  readonly quantities: Quantity[]
  readonly order: number
}

/** A fact as alignment finds it: its outlets' counts and its verdict, before it is written out. */
type Aligned = { candidates: Candidate[]; verdict: 'agree' | 'conflict' | 'single' }

const PLURAL: Record<string, string> = {
  person: 'people',
  child: 'children',
  woman: 'women',
  man: 'men',
  percent: 'percent',
  fraction: 'share',
}
const plural = (unit: string) => PLURAL[unit] ?? (unit.endsWith('s') ? unit : `${unit}s`)

/** The quantity a number measures: drones launched and drones shot down are two, so are two nights. */
export function quantityKey(q: Quantity): string {
  const unit = q.unit === 'hour' ? 'minute' : q.kind ? `${q.unit}:${q.kind}` : q.unit
  return [unit, q.role ?? '-', q.subject ?? '-', q.fate ?? '-', q.scope ?? '-'].join('|')
}

export function isCompatible(a: Quantity, b: Quantity): boolean {
  if (a.unit !== 'hour' && b.unit !== 'hour') return a.min <= b.max && b.min <= a.max
  return lowest(a) <= highest(b) && lowest(b) <= highest(a)
}

/**
 * Whether two outlets' counts of one quantity agree: their ranges overlap, and where both are tolls given as
 * a least ("at least 16 killed", "at least 26 killed") they give the same least. Each is the toll its outlet
 * knew of, and a reader sees two tolls.
 */
function agrees(a: Quantity, b: Quantity): boolean {
  if (!isCompatible(a, b)) return false
  return !(isLeast(a) && isLeast(b) && a.value !== b.value)
}

/**
 * A count of a place, less than half of every count of the `members` that name none: a part of theirs
 * ("two injured in the Lviv region" of "at least 18 injured", "nearly 10 drones downed on the approaches to
 * Kyiv" of "99 drones downed").
 */
function isPartCount(c: Candidate, members: readonly Candidate[]): boolean {
  const q = head(c)
  return (
    !!q.place && q.place !== NATIONAL && members.every((m) => !head(m).place && isMoreThanTwice(head(m), q))
  )
}

/**
 * A count of weapons that names no place, more than twice every count of a place's: the night's whole ("almost
 * 90 missiles"), not that place's ("eight missiles hit the Dnipro dam").
 */
function isWholeOfWeapons(c: Candidate, members: readonly Candidate[]): boolean {
  const q = head(c)
  return !q.place && MUNITIONS.has(q.unit ?? '') && members.every((m) => isMoreThanTwice(q, head(m)))
}

/** Whether a count is more than twice another, as a country's toll is of a city's within it. */
function isMoreThanTwice(whole: Quantity, part: Quantity): boolean {
  return whole.min > 2 * part.max
}

/** Whether two counts are about one figure: their ranges overlap, or their values are within a tenth. */
function isNear(a: Quantity, b: Quantity): boolean {
  return isCompatible(a, b) || Math.abs(a.value - b.value) <= Math.max(1, 0.1 * Math.max(a.value, b.value))
}

/** A toll given as a least: "at least 16 killed", "more than 70 injured". */
function isLeast(q: Quantity): boolean {
  return !!q.unit && PEOPLE.has(q.unit) && q.max === Number.POSITIVE_INFINITY
}

/**
 * The range a length allows, to compare. "A two-hour call", "more than two hours", "two hours and five
 * minutes": lengths in hours and minutes are compared in minutes, and a whole number of hours stated plainly
 * is a rounded length that holds what rounds to it (two hours: 91 to 149 minutes), so "two hours and five
 * minutes" agrees with it and "two and a half hours" does not.
 */
const isRoundHours = (q: Quantity) => q.unit === 'hour' && !q.approx && Number.isInteger(q.value)
const lowest = (q: Quantity) => (isRoundHours(q) ? q.value * 60 - 29 : q.unit === 'hour' ? q.min * 60 : q.min)
const highest = (q: Quantity) =>
  isRoundHours(q) ? q.value * 60 + 29 : q.unit === 'hour' ? q.max * 60 : q.max

/**
 * Aligns the numbers of one event: the same quantity from different outlets becomes one fact, which
 * agrees when their stated ranges overlap. An outlet that states two values for one quantity (a
 * national toll and a city's) lends the one closest to the others; its other value stands alone.
 */
export function alignNumbers(articles: readonly PreparedArticle[]): DraftFact[] {
  const groups = new Map<string, Candidate[]>()
  let order = 0
  const sums = impliedSums(articles)
  const totals = impliedTotals(articles)
  const wholes = impliedWholes(articles)
  for (const prepared of articles) {
    const implied = [
      ...(sums.get(prepared) ?? []),
      ...(totals.get(prepared) ?? []),
      ...(wholes.get(prepared) ?? []),
    ]
    for (const stated of [...prepared.quantities, ...implied]) {
      const q = asPercent(stated)
      const key = quantityKey(q)
      const list = groups.get(key) ?? []
      // "Two deaths in Mykolaiv … two fatalities in the Odesa region": one value in two places is two counts.
      // (A count's first quantity holds its place where any of them names one.)
      const same = list.find((c) => {
        const first = c.quantities[0]
        return (
          c.prepared === prepared &&
          first?.value === q.value &&
          (!first.place || !q.place || samePlace(first.place, q.place))
        )
      })
      // "Three killed, 49 wounded" in a headline, "49 people nationwide" in the body: one count, whose
      // place is the one the article gives it.
      // (Not a district's: "12 killed" in the lead, then "the death toll in Kyiv's Sviatoshynskyi district has
      // risen to 12", is the outlet's whole toll, which the district's deaths are all of.)
      if (same && q.place && !same.quantities[0]?.place && !DISTRICT.test(q.place)) same.quantities.unshift(q)
      else if (same) same.quantities.push(q)
      else list.push({ prepared, quantities: [q], order: order++ })
      groups.set(key, list)
    }
  }
  const facts: Aligned[] = []
  const home = homeSide(groups.values())
  const earlier = new Set<Candidate>()
  for (const candidates of groups.values()) facts.push(...alignGroup(candidates, home, earlier))
  mergeSiblingRoles(facts)
  mergeDownedIntoNeutralised(facts, home)
  mergeCityIntoRegion(facts)
  const drafts = facts.map(({ candidates, verdict }) => toFact(candidates, verdict, earlier))
  // "Russia destroyed 48 Ukrainian drones" beside Ukraine's "50 drones downed": the side tells them apart.
  // So do "110 Ukrainian drones downed across the country" and "266 drones downed": what is counted, and how
  // it fared, is compared, wherever each was.
  const sides = facts.map(({ candidates }) => sideOf(candidates))
  const kinds = facts.map(({ candidates }) => {
    const q = head(candidates[0])
    return `${q?.unit}|${q?.role}|${q?.kind ?? ''}`
  })
  return drafts.map((draft, i) => {
    const side = sides[i]
    const rival = drafts.some((_, j) => j !== i && kinds[j] === kinds[i] && sides[j] !== side)
    const weapons = MUNITIONS.has(head(facts[i]?.candidates[0])?.unit ?? '')
    return side && rival && weapons && !draft.label.toLowerCase().includes(side)
      ? { ...draft, label: `${capitalised(side)} ${draft.label}` }
      : draft
  })
}

/** The side the outlets give a count ("Ukrainian drones"), if those that name one all name the same. */
function sideOf(candidates: readonly Candidate[]): string | null {
  const sides = new Set(candidates.map((c) => head(c).side).filter((side) => side !== null))
  return sides.size === 1 ? ([...sides][0] ?? null) : null
}

/**
 * The side most of an event's weapons are said to be: a count that names none is taken to be of it. In a
 * report of a Russian strike, "10 missiles destroyed" is of Russia's, not of the four Ukraine fired at Voronezh.
 * Where neither side leads, a count that names none may be of either.
 */
function homeSide(groups: Iterable<Candidate[]>): string | null {
  const counts = new Map<string, number>()
  for (const candidates of groups)
    for (const c of candidates) {
      const side = head(c).side
      if (side && MUNITIONS.has(head(c).unit ?? '')) counts.set(side, (counts.get(side) ?? 0) + 1)
    }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1])
  return first && (!second || first[1] > second[1]) ? first[0] : null
}

/** Aligns one quantity's counts; an outlet's earlier figures of a toll are added to `earlierOut`. */
function alignGroup(all: Candidate[], home: string | null, earlierOut: Set<Candidate>) {
  const earlier = earlierFigures(all)
  for (const figure of earlier.keys()) earlierOut.add(figure)
  const candidates = all.filter((c) => !earlier.has(c))
  // Same value, same night and place: "overnight" on 19 May and on 20 May are two nights, whatever the counts.
  const byValue: Candidate[][] = []
  for (const c of candidates) {
    const cluster = byValue.find(
      (members) =>
        head(members[0]).value === head(c).value &&
        members.every((m) => sameOccasion(m, c)) &&
        sidesMatch(c, members, home),
    )
    if (cluster) cluster.push(c)
    else byValue.push([c])
  }
  // Whether another outlet gives a national count this one fits.
  const nationalFits = (c: Candidate) =>
    candidates.some(
      (d) => d.prepared !== c.prepared && head(d).place === NATIONAL && isCompatible(head(d), head(c)),
    )
  // An exact count that outlets agree on leads before a range of about as many: "810 drones" in three outlets
  // takes in "over 800" from four, so that an outlet giving both is counted by its exact figure.
  const weights = new Map(
    byValue.map((members) => [
      members,
      members.length < 2 ? 1 : members.reduce((sum, c) => sum + (head(c).min === head(c).max ? 1 : 0.5), 0),
    ]),
  )
  // Of two as heavy, the one more outlets agree on exactly leads: the air force's "595 drones" in two outlets
  // before the president's "nearly 500", which three round alike.
  const exact = new Map(
    byValue.map((members) => [
      members,
      members.length < 2 ? 0 : members.filter((c) => head(c).min === head(c).max).length,
    ]),
  )
  const clusters = byValue.sort(
    (a, b) =>
      (weights.get(b) ?? 0) - (weights.get(a) ?? 0) ||
      (exact.get(b) ?? 0) - (exact.get(a) ?? 0) ||
      b.length - a.length ||
      (a[0]?.order ?? 0) - (b[0]?.order ?? 0),
  )
  const used = new Set<Candidate>()
  // Whether a toll that names no place is several times a city's, and another outlet gives about as many
  // without a place either, still to be placed: the whole toll, not the city's.
  const wholeToll = (c: Candidate, members: readonly Candidate[]) =>
    PEOPLE.has(head(c).unit ?? '') &&
    members.every((m) => isMoreThanTwice(head(c), head(m))) &&
    candidates.some(
      (d) => d.prepared !== c.prepared && !used.has(d) && !head(d).place && isNear(head(d), head(c)),
    )
  const facts: Aligned[] = []
  const ledPlaces = new Set<string>()
  for (const cluster of clusters) {
    const members = cluster.filter((c) => !used.has(c))
    if (members.length === 0) continue
    for (const c of members) used.add(c)
    // Only the leading value takes in other outlets' differing values, chaining leftovers makes false
    // conflicts: one leader for each place ("four killed in Kyiv", "13 killed nationwide"). A count that
    // names no place is the main leader's to take; the others take only counts of their own place.
    // (A leader of one value where some outlets name a place and others none is of that place, unless it is a
    // district's, which the toll of its city may hold.)
    const ofPlace = (m: Candidate) => !!head(m).place && !DISTRICT.test(head(m).place ?? '')
    const place = placeKey(head(members.find(ofPlace) ?? members[0]).place ?? '')
    // The first leader is the main one, unless its place is a breakdown of a count its outlets also give
    // whole ("337 downed, 91 of them over the Moscow region"); the first that names no place is main too,
    // for what the first left: "91 over the Moscow region" in three outlets leads, and "337 downed" still
    // takes "343 downed".
    const breakdown =
      place !== '' &&
      members.every((m) => candidates.some((c) => c.prepared === m.prepared && !head(c).place))
    // A call's length and a meeting's each lead their own: "a 40-minute call" takes no meeting's length.
    const talk = head(members[0]).talk
    const led = talk ? `${place}|${talk}` : place
    const main = (ledPlaces.size === 0 && !breakdown) || (place === '' && !ledPlaces.has(led))
    const placed = members.some((m) => !!head(m).place && head(m).place !== NATIONAL)
    // "six injured in Mykolaiv" where other tolls of the night are of Kyiv and of the country: a toll under
    // half of it that names no place may be any of those places'. It is not set against the city's.
    const elsewhere =
      place !== '' &&
      place !== placeKey(NATIONAL) &&
      candidates.some((d) => {
        const other = head(d).place
        return !!other && other !== NATIONAL && placeKey(other) !== place
      })
    const smallPart = (c: Candidate) =>
      elsewhere &&
      !head(c).place &&
      PEOPLE.has(head(c).unit ?? '') &&
      members.every((m) => isMoreThanTwice(head(m), head(c)))
    if (!ledPlaces.has(led)) {
      ledPlaces.add(led)
      const present = new Set(members.map((c) => c.prepared))
      // "Five lifeless bodies" in one outlet, "at least 14 residents" in another, each beside its toll of the
      // city in a fact already made: parts of it (a building's, a street's), never set against each other.
      // (A leader of a place the outlets name, "In Samarske, nine injured" beside a toll that names none, is
      // that place's toll, not a part.)
      const leftovers = place === '' && members.every((m) => isLeftOver(m, facts))
      // Each outlet's count is chosen by the leading value, not by the values of outlets that joined before:
      // one that gives "nearly 500" and "593" lends its 593 to the air force's 595.
      const leaders = [...members]
      for (const prepared of new Set(candidates.map((c) => c.prepared))) {
        if (present.has(prepared)) continue
        const own = candidates.filter(
          (c) =>
            c.prepared === prepared &&
            !used.has(c) &&
            (main || (!!head(c).place && samePlace(head(c).place ?? '', place))) &&
            // "At least four killed" is no differing value of this leader's toll where another outlet gives four
            // killed nationwide: it is that outlet's count. Nor is "60 injured" a differing value of a city's
            // "16 injured in Kyiv" where another outlet gives "more than 60 injured", naming no place either: the
            // two are one count, whether or not they agree.
            !(
              place !== placeKey(NATIONAL) &&
              !head(c).place &&
              !members.some((m) => isCompatible(head(m), head(c))) &&
              (nationalFits(c) || (placed && wholeToll(c, members)))
            ) &&
            // "More than 70 injured across the country" against "15 injured" where the other outlet names no
            // place: likely the city's toll, not a dispute of the country's. Only a like value joins. (Weapons
            // launched "across Ukraine" and weapons launched, placeless, are one count.)
            // A larger toll is no city's part of it: "at least 11 killed" against "four killed nationwide".
            (!!head(c).place ||
              head(members[0]).place !== NATIONAL ||
              MUNITIONS.has(head(c).unit ?? '') ||
              members.some((m) => isCompatible(head(m), head(c)) || head(c).min > head(m).max)) &&
            // "Two killed in the Sviatoshynskyi district" is a part of a city's toll: a count that names no
            // place and does not fit it may be the whole city's.
            (!DISTRICT.test(place) ||
              !!head(c).place ||
              members.some((m) => isCompatible(head(m), head(c)))) &&
            // …and the other way: a toll that names no place does not take in a district's that does not fit it,
            // nor does a count take in a city's or a region's less than half of it.
            (place !== '' ||
              !DISTRICT.test(head(c).place ?? '') ||
              members.some((m) => isCompatible(head(m), head(c)))) &&
            !(place === '' && isPartCount(c, members)) &&
            // "aged 9 and 14" in one outlet, "aged 7 and 14" in another: where an outlet gives several ages of
            // one description, which of them another's is of is unknown. Only the same age meets it.
            !(
              head(c).role === 'age' &&
              [c, ...members].some((m) => candidates.filter((d) => d.prepared === m.prepared).length > 1) &&
              !members.some((m) => isCompatible(head(m), head(c)))
            ) &&
            // (A leader left over from its outlets' tolls of a place takes no count of another place; a
            // national one may be what it was of.)
            !(
              leftovers &&
              (isLeftOver(c, facts) || (place === '' && !!head(c).place && head(c).place !== NATIONAL))
            ) &&
            !smallPart(c) &&
            !(placed && isWholeOfWeapons(c, members)) &&
            sidesMatch(c, members, home) &&
            talksMatch(c, members) &&
            members.every((m) => sameOccasion(m, c) || (place === '' && isDistrictOf(m, c))),
        )
        // (Of an outlet's tolls, none of which fits, the one it tells as risen to: the toll as it stands, not a
        // hospital's part of it.)
        const risen = isPeopleToll(head(members[0])) && !own.some((c) => fits(c, leaders))
        const best = own.sort(
          (a, b) =>
            (risen ? Number(isRisen(b)) - Number(isRisen(a)) : 0) ||
            affinity(b, leaders) - affinity(a, leaders),
        )[0]
        if (!best) continue
        // A count without a role ("30 days", "20 percent") says little of what it counts: a differing
        // value joins only from a sentence about the same thing.
        // The length of talks is named by them: enough where the lengths fit, or where both name the same
        // kind of talks ("a two-hour call", "the call lasted 90 minutes"). "Their 15-minute discussion" and
        // "Witkoff met Putin for three hours" may be two talks of one event.
        if (!head(best).role && isRestOfList(best) && !members.some((m) => isCompatible(head(m), head(best))))
          continue
        if (
          !head(best).role &&
          !talkJoins(best, members) &&
          affinity(best, members) < 1 + SAME_TOPIC &&
          !sameNounPhrase(best, members) &&
          !sameSaying(best, members)
        )
          continue
        members.push(best)
        used.add(best)
      }
    }
    const verdict =
      new Set(members.map((c) => c.prepared)).size < 2
        ? 'single'
        : members.every((a) => members.every((b) => agrees(head(a), head(b))))
          ? 'agree'
          : 'conflict'
    facts.push({ candidates: members, verdict })
  }
  return withEarlierFigures(withOwnRoundings(facts), earlier)
}

/**
 * "The death toll rose to 40", "has increased to 35 people", "bringing the toll to 14", "the number of dead rose
 * to 14, and injured to 61": a toll as it stands.
 */
const RISEN_TO =
  /\b(?:(?:rose|risen|rises|climbed|climbs|increased|increases|jumped|grew|grown|reached|went\s+up|(?:was|were|has\s+been|had\s+been)\s+(?:updated|revised|raised)|(?:bringing|brought|taking|took|raising|raised|updated|revised)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:toll|total|number|count|tally|casualties))\s+(?:up(?:wards?)?\s+)?to|(?:rose|risen|climbed|increased|jumped|grew|grown)\s+to\s+[\d,]+,?\s+(?:and|while|with)\s+(?:the\s+(?:number\s+of\s+)?)?(?:injured|wounded|dead|killed)\s+to)\s+$/i

/**
 * "revised the initial death toll down to eight", "the toll was lowered to 8": a toll as it stands, below the
 * figures told before it.
 */
const LOWERED_TO =
  /\b(?:(?:revised|adjusted|corrected|lowered|reduced|brought)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:toll|total|number|count|tally|figure)\s+down(?:wards?)?|(?:was|were|has\s+been|had\s+been)\s+(?:revised|adjusted|corrected)\s+down(?:wards?)?|(?:was|were|has\s+been|had\s+been)\s+(?:lowered|reduced)|(?:fell|dropped|decreased)|(?:lowering|reducing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:toll|total|number|count|tally))\s+to\s+$/i

/** A toll told as it stood before: "Earlier, …", "previously stood at", "initially". */
const TOLD_BEFORE =
  /\b(?:(?<!\b(?:an|the)\s)earlier(?!\s+(?:strikes?|attacks?|raids?|shelling|bombing|assaults?|barrages?)\b)|previously|initially|at\s+first|(?:had\s+)?stood\s+at)\b/i

const TOLD_AFTER = /^\s+(?:\p{L}+\s+){0,2}?(?:initially|previously|earlier|at\s+first)\b/u

const toldAs = (pattern: RegExp) => (c: Candidate) =>
  c.quantities.some((r) =>
    pattern.test(c.prepared.article.text.slice(Math.max(0, r.span.start - 80), r.span.start)),
  )
const isRisen = toldAs(RISEN_TO)
const isLowered = toldAs(LOWERED_TO)

/**
 * "The death toll rose to 40" and, further on, "Tymoshenko said 21 people had died": where an outlet tells a
 * toll as risen to a figure, its smaller figures of that toll, of its place or of none, are earlier ones (and
 * where it tells one as revised down, its larger ones). Each is held to the outlet's standing toll, never set
 * against other outlets' figures on its own.
 */
function earlierFigures(candidates: readonly Candidate[]): Map<Candidate, Candidate> {
  const earlier = new Map<Candidate, Candidate>()
  const q = head(candidates[0])
  if (!q || !isPeopleToll(q)) return earlier
  // "Earlier, the administration reported 14 dead", "The toll previously stood at 20", "seven people were
  // initially reported injured": a figure its own sentence tells as past, beside one that is not.
  const told = (c: Candidate) =>
    c.quantities.some((r) => {
      const sentence = c.prepared.sentences[r.sentence]
      const text = c.prepared.article.text
      return (
        !!sentence &&
        (TOLD_BEFORE.test(text.slice(sentence.start, r.span.start)) ||
          TOLD_AFTER.test(text.slice(r.span.end, Math.min(sentence.end, r.span.end + 40))))
      )
    })
  const past = new Set(candidates.filter(told))
  const retold = new Set([...past].map((c) => c.prepared))
  const standing = new Map<PreparedArticle, Candidate>()
  for (const c of candidates) {
    const best = standing.get(c.prepared)
    if (best && isLowered(best)) continue
    const current = isRisen(c) || (retold.has(c.prepared) && !past.has(c))
    if (isLowered(c) || (current && (!best || head(c).value > head(best).value))) standing.set(c.prepared, c)
  }
  for (const c of candidates) {
    const toll = standing.get(c.prepared)
    if (!toll || c === toll || !sameNight(c, toll)) continue
    // (A toll revised down stands below the figures told before it.)
    const lowered = isLowered(toll)
    if (lowered ? head(c).min <= head(toll).value : head(c).max >= head(toll).min) continue
    if (!isRisen(toll) && !lowered && !past.has(c)) continue
    const place = head(c).place
    const own = head(toll).place
    if (!place || (own ? samePlace(place, own) : past.has(c))) earlier.set(c, toll)
  }
  return earlier
}

function withEarlierFigures(facts: Aligned[], earlier: ReadonlyMap<Candidate, Candidate>): Aligned[] {
  for (const [figure, toll] of earlier) {
    const host = facts.find((f) => f.candidates.includes(toll))
    if (host) host.candidates.push(figure)
    else facts.push({ candidates: [figure], verdict: 'single' })
  }
  return facts
}

/**
 * "Almost 200 drones" in a headline over "194 drones" in the text: an outlet's rounding of a count it gives
 * exactly in a fact of several outlets is that count, not a fact of its own, where it fits every value there.
 * "Over 300 Shaheds" beside "728 drones" is no rounding, but a part or a count of its own.
 */
const isRounding = (rounded: Quantity, exact: Quantity) =>
  isCompatible(rounded, exact) &&
  Math.abs(rounded.value - exact.value) <= 0.15 * Math.max(rounded.value, exact.value)

function withOwnRoundings(facts: Aligned[]): Aligned[] {
  const rounded = (f: Aligned) => {
    const c = f.candidates[0]
    return f.verdict === 'single' && f.candidates.length === 1 && !!c && head(c).min !== head(c).max
  }
  const hostOf = (c: Candidate) =>
    facts.find(
      (f) =>
        f.verdict !== 'single' &&
        f.candidates.some(
          (m) => m.prepared === c.prepared && isRounding(head(c), head(m)) && sameOccasion(m, c),
        ) &&
        f.candidates.every((m) => agrees(head(m), head(c))),
    )
  return facts.filter((f) => {
    const c = f.candidates[0]
    const host = c && rounded(f) ? hostOf(c) : undefined
    if (!c || !host) return true
    host.candidates.push(c)
    return false
  })
}

/**
 * "128 decoys have been shot down" in one outlet and "128 lost" in two others: the same drones, told
 * two ways. A lone count joins a fact of a sibling role with the same value, as a conflict of roles.
 * Neutralised is no sibling: it holds both, so "two neutralised" where others say "two shot down" and none
 * lost tells the same.
 */
function mergeSiblingRoles(facts: Aligned[]) {
  const SIBLINGS = new Set(['downed', 'lost'])
  for (const lone of facts.filter((f) => f.verdict === 'single')) {
    const q = head(lone.candidates[0])
    if (!q.unit || !MUNITIONS.has(q.unit) || !q.role || !SIBLINGS.has(q.role)) continue
    const host = facts.find((f) => {
      if (f === lone || f.verdict === 'single' || f.candidates.length === 0) return false
      const h = head(f.candidates[0])
      return (
        h.unit === q.unit &&
        h.role !== q.role &&
        SIBLINGS.has(h.role ?? '') &&
        h.scope === q.scope &&
        f.candidates.every(
          (c) =>
            head(c).value === q.value &&
            c.prepared !== lone.candidates[0]?.prepared &&
            sameOccasion(c, lone.candidates[0] as Candidate),
        )
      )
    })
    if (!host) continue
    host.candidates.push(...lone.candidates)
    host.verdict = 'conflict'
    lone.candidates = []
  }
  for (let i = facts.length - 1; i >= 0; i--) if (facts[i]?.candidates.length === 0) facts.splice(i, 1)
}

/**
 * "Air defences shot down 442 drones" in one outlet, "442 drones were shot down or suppressed" in another:
 * one figure, which the second calls neutralised. Where outlets give the same count, one as downed and the
 * other as neutralised, and neither gives the other's role for it, the two agree.
 */
function mergeDownedIntoNeutralised(facts: Aligned[], home: string | null) {
  const onlyValue = (f: (typeof facts)[number]) => {
    const values = new Set(f.candidates.map((c) => head(c).value))
    return values.size === 1 ? [...values][0] : undefined
  }
  // An outlet that counts the neutralised as the downed and the lost together ("shot down 266, 208 lost,
  // 474 neutralised") keeps the two apart: its downed are fewer than its neutralised. One that writes
  // "111 destroyed", then "another 11 neutralised", uses the two words alike.
  const givesAsSum = (c: Candidate, role: Role, q: Quantity) =>
    c.prepared.quantities.some(
      (o) =>
        o.role === role &&
        o.unit === q.unit &&
        o.scope === q.scope &&
        (role === 'neutralised' ? o.value > q.value : o.value < q.value),
    )
  for (const neutralised of facts) {
    const q = head(neutralised.candidates[0])
    if (
      q?.role !== 'neutralised' ||
      neutralised.verdict === 'conflict' ||
      onlyValue(neutralised) === undefined
    )
      continue
    const downed = facts.find((f) => {
      const h = head(f.candidates[0])
      return (
        h?.role === 'downed' &&
        f.verdict !== 'conflict' &&
        h.unit === q.unit &&
        h.scope === q.scope &&
        onlyValue(f) === q.value &&
        f.candidates.every(
          (c) =>
            !givesAsSum(c, 'neutralised', q) &&
            neutralised.candidates.every(
              (n) => n.prepared !== c.prepared && !givesAsSum(n, 'downed', q) && sameOccasion(n, c),
            ),
        ) &&
        sidesMatch(neutralised.candidates[0] as Candidate, f.candidates, home)
      )
    })
    if (!downed) continue
    neutralised.candidates.push(...downed.candidates)
    neutralised.verdict = 'agree'
    downed.candidates = []
  }
  for (let i = facts.length - 1; i >= 0; i--) if (facts[i]?.candidates.length === 0) facts.splice(i, 1)
}

const head = (c: Candidate | undefined): Quantity => c?.quantities[0] as Quantity

const DISTRICT = /\bdistrict\b/i

/**
 * Whether an outlet already gives its count of this quantity in a fact of several outlets about the same place
 * (the one place its outlets name, or none), or one larger of a place where this names none: a part of it.
 */
function isLeftOver(c: Candidate, facts: readonly Aligned[]): boolean {
  const q = head(c)
  const place = q.place ?? ''
  return facts.some((f) => {
    if (f.verdict === 'single') return false
    const mine = f.candidates.find((m) => m.prepared === c.prepared && head(m).talk === q.talk)
    if (!mine) return false
    const places = f.candidates.map((m) => head(m).place ?? '').filter((p) => p !== '')
    const own = places[0] ?? ''
    if (!places.every((p) => samePlace(p, own))) return false
    if (place && own) return samePlace(place, own)
    return !own || (!place && q.value < head(mine).value)
  })
}

/**
 * Whether `m` is a district's count that joined a toll naming no place, and `c` a city's or a region's, which
 * the district may lie in: "killed one resident" in the Desnianskyi district, beside "one person was killed",
 * does not keep "at least 5 killed in Kyiv" from the toll it differs from.
 */
function isDistrictOf(m: Candidate, c: Candidate): boolean {
  const own = head(c).place
  return (
    sameNight(m, c) && DISTRICT.test(head(m).place ?? '') && !!own && own !== NATIONAL && !DISTRICT.test(own)
  )
}

/** A call's length never meets a meeting's: "a two-hour call" and "met for three hours" are two talks. */
function talksMatch(c: Candidate, members: readonly Candidate[]) {
  const talk = head(c).talk
  return !talk || members.every((m) => !head(m).talk || head(m).talk === talk)
}

function talkJoins(c: Candidate, members: readonly Candidate[]) {
  const q = head(c)
  if (!isTalkLength(q)) return false
  return (
    members.some((m) => isCompatible(q, head(m))) ||
    (!!q.talk && members.every((m) => head(m).talk === q.talk)) ||
    // "The talks lasted about three hours" and "their summit, after talks lasting two and a half hours": one
    // talk, in like sentences and of like length. A 15-minute chat and a three-hour meeting are two.
    (members.every((m) => (!q.talk || !head(m).talk) && closeLengths(q, head(m))) &&
      affinity(c, members) >= SAME_TOPIC)
  )
}

/** How far apart two outlets' lengths of one talk may be: "two and a half hours" and "about three hours". */
const CLOSE_LENGTHS = 1.5

function closeLengths(a: Quantity, b: Quantity): boolean {
  const minutes = (q: Quantity) => (q.unit === 'hour' ? q.value * 60 : q.value)
  const [x, y] = [minutes(a), minutes(b)]
  return Math.max(x, y) <= CLOSE_LENGTHS * Math.min(x, y)
}

/** "A two-hour call", "the meeting lasted three hours": a length that its talks name. */
const isTalkLength = (q: Quantity) => !q.role && !!q.subject && (q.unit === 'hour' || q.unit === 'minute')

/** How alike two sentences must be for their role-less counts of one unit to be one quantity in dispute. */
const SAME_TOPIC = 0.2

/** "One-fifth" and "20 percent" are one share: fractions are compared as percentages. */
function asPercent(q: Quantity): Quantity {
  if (q.unit !== 'fraction') return q
  return { ...q, unit: 'percent', value: q.value * 100, min: q.min * 100, max: q.max * 100 }
}

/**
 * Where one outlet says "76 neutralised" and another "41 shot down and another 35 lost", the second
 * implies the first's count: it gets a neutralised count of 41 + 35, placed on its last part, so the
 * two can be compared. Only then: a sum nobody states would be a fact of our own making.
 */
function impliedSums(articles: readonly PreparedArticle[]): Map<PreparedArticle, Quantity[]> {
  const key = (q: Quantity) => `${q.unit}|${q.scope ?? '-'}`
  const stated = new Map<string, Set<number>>()
  for (const a of articles)
    for (const q of a.quantities)
      if (q.role === 'neutralised') stated.set(key(q), (stated.get(key(q)) ?? new Set()).add(q.value))
  const sums = new Map<PreparedArticle, Quantity[]>()
  for (const prepared of articles) {
    for (const [k, values] of stated) {
      const mine = prepared.quantities.filter((q) => key(q) === k)
      if (mine.some((q) => q.role === 'neutralised')) continue
      const lost = mine.filter((q) => q.role === 'lost')
      const last = lost.at(-1)
      // The other side's count ("eight Ukrainian drones") is never part of the sum.
      const downedQs = mine.filter((q) => q.role === 'downed' && (!q.side || q.side === last?.side))
      const downed = [...new Set(downedQs.map((q) => q.value))]
      if (downed.length !== 1 || new Set(lost.map((q) => q.value)).size !== 1 || !last) continue
      // "Air defence neutralised 266 drones" where this outlet has "downed 266, another 208 jammed": the
      // other outlet's word covers the downed alone.
      if (values.has(downed[0] as number)) continue
      const first = downedQs[0] as Quantity
      sums.set(prepared, [...(sums.get(prepared) ?? []), sumOf([first, last], { role: 'neutralised' })])
    }
  }
  return sums
}

/**
 * Where one outlet says "509 drones and missiles" and another "479 drones and 20 missiles", the second
 * implies a total of the weapons in all: it gets one, the sum of its kinds, placed on its last part. As
 * with the sums above, only where another outlet states such a total, only from one value per kind, and
 * only from kinds no other outlet counts otherwise.
 */
function impliedTotals(articles: readonly PreparedArticle[]): Map<PreparedArticle, Quantity[]> {
  // A total and its kinds are of one role, period and night: "499 drones and missiles" the night before is
  // no total of tonight's "315 drones and seven missiles". A sentence that names no night fits any.
  const key = (q: Quantity) => `${q.role}|${q.scope ?? '-'}`
  const stated = new Map<string, Set<string | null>>()
  const statedValues = new Map<string, Set<number>>()
  for (const a of articles)
    for (const q of a.quantities)
      if (q.unit === 'air weapon') {
        stated.set(key(q), (stated.get(key(q)) ?? new Set()).add(q.when ?? null))
        statedValues.set(key(q), (statedValues.get(key(q)) ?? new Set()).add(q.value))
      }
  const totals = new Map<PreparedArticle, Quantity[]>()
  for (const prepared of articles) {
    const own = prepared.quantities.filter((q) => q.unit === 'air weapon')
    // "315 drones and seven missiles overnight … the previous night, 479 drones and 20 missiles": each
    // night's kinds make that night's total.
    const byNight = new Map<string, Quantity[]>()
    for (const q of prepared.quantities) {
      if (!q.unit || q.unit === 'air weapon' || !MUNITIONS.has(q.unit) || !stated.has(key(q))) continue
      const at = `${key(q)}|${q.when ?? '-'}`
      byNight.set(at, [...(byNight.get(at) ?? []), q])
    }
    for (const parts of byNight.values()) {
      const k = key(parts[0] as Quantity)
      const nights = stated.get(k) ?? new Set()
      const night = parts[0]?.when ?? null
      const fits = (when: string | null) => !when || !night || when === night
      if (own.some((q) => key(q) === k && fits(q.when ?? null)) || ![...nights].some(fits)) continue
      const one = kindsOfWeapon(parts)
      const first = parts[0]
      const last = parts.at(-1)
      if (
        !one ||
        !first ||
        !last ||
        parts.some((q) => q.side !== first.side || q.when !== first.when || q.place !== first.place)
      )
        continue
      // Where another outlet gives one of the kinds otherwise ("nine missiles" against "eight"), that
      // difference is already shown: a total built on it would only repeat it.
      const contested = one.some((q) =>
        articles.some(
          (other) =>
            other !== prepared &&
            other.quantities.some(
              (o) =>
                o.unit === q.unit &&
                !o.kind &&
                o.role === q.role &&
                o.scope === q.scope &&
                (!o.when || !q.when || o.when === q.when) &&
                !isCompatible(o, q),
            ),
        ),
      )
      if (contested) continue
      // "Ukrainian forces downed 718 of them" where this outlet has "296 drones and seven missiles shot down,
      // another 415 lost": the other outlet's downed are all the weapons stopped, lost ones too.
      if (first.role === 'downed') {
        const lost = prepared.quantities.filter(
          (q) =>
            q.role === 'lost' &&
            q.unit &&
            MUNITIONS.has(q.unit) &&
            q.scope === first.scope &&
            fits(q.when ?? null),
        )
        const stopped = one.reduce((sum, q) => sum + q.value, 0) + lost.reduce((sum, q) => sum + q.value, 0)
        if (lost.length > 0 && statedValues.get(k)?.has(stopped)) continue
      }
      totals.set(prepared, [
        ...(totals.get(prepared) ?? []),
        // Placed on the last part the text gives, not on the last kind counted.
        { ...sumOf(one, { unit: 'air weapon', kind: null }), span: last.span, sentence: last.sentence },
      ])
    }
  }
  return totals
}

/**
 * Where one outlet says "13 missiles" and another "seven cruise missiles and six ballistic missiles", the
 * second implies the first's count: the sum of its kinds, placed on the last, where another outlet states
 * the weapon whole and this one does not.
 */
function impliedWholes(articles: readonly PreparedArticle[]): Map<PreparedArticle, Quantity[]> {
  // The night is left to the alignment: a list of kinds often stands in a sentence that names no day.
  const key = (q: Quantity) => `${q.unit}|${q.role}|${q.scope ?? '-'}`
  const whole = (q: Quantity) => !q.kind && !!q.unit && MUNITIONS.has(q.unit)
  const stated = new Set(articles.flatMap((a) => a.quantities.filter(whole).map(key)))
  const wholes = new Map<PreparedArticle, Quantity[]>()
  for (const prepared of articles) {
    const own = new Set(prepared.quantities.filter(whole).map(key))
    const byKey = new Map<string, Quantity[]>()
    for (const q of prepared.quantities) {
      if (!q.kind || own.has(key(q)) || !stated.has(key(q))) continue
      byKey.set(key(q), [...(byKey.get(key(q)) ?? []), q])
    }
    const sums = [...byKey.values()].flatMap((kinds) => sumsOfKinds(kinds))
    if (sums.length) wholes.set(prepared, sums)
  }
  return wholes
}

/** Counts of one night and one place: "overnight" on 19 May and on 20 May, Kharkiv and Odesa, are apart. */
function sameOccasion(a: Candidate, b: Candidate) {
  const x = head(a)
  const y = head(b)
  return sameNight(a, b) && (!x.place || !y.place || samePlace(x.place, y.place))
}

function sameNight(a: Candidate, b: Candidate) {
  const x = head(a)
  const y = head(b)
  // Nights keep tolls and launches apart; a length ("three hours of talks") is one whatever day each
  // outlet gives its talks, and the dates' own fact shows where they differ.
  const dated = !!x.role && !!y.role
  return !dated || (x.when && y.when ? x.when === y.when : !recalled(a, b) && !recalled(b, a))
}

/**
 * "One killed in Lviv" in three outlets and "one killed in the Lviv region" in a fourth: outlets give a city's
 * toll as its region's and back. Where every count of the city's fact and of its region's agrees, and no
 * outlet is in both, they are one fact; where any differ, each may be right, and they stay two. (Joined
 * only once each place's own counts are set, so a city's own dispute is never drawn into its region's.)
 */
function mergeCityIntoRegion(facts: Aligned[]) {
  const placeOf = (f: (typeof facts)[number]) => {
    const places = new Set(f.candidates.map((c) => head(c).place).filter((p): p is string => !!p))
    return places.size === 1 ? ([...places][0] ?? null) : null
  }
  for (const city of facts) {
    const town = placeOf(city)
    const q = head(city.candidates[0])
    if (!town || REGION_NAME.test(town) || !q?.role) continue
    const region = facts.find((f) => {
      if (f === city || f.candidates.length === 0) return false
      const r = head(f.candidates[0])
      const wide = placeOf(f)
      return (
        !!wide &&
        isRegionOf(wide, town) &&
        r.unit === q.unit &&
        r.role === q.role &&
        (r.kind ?? null) === (q.kind ?? null) &&
        r.side === q.side &&
        r.scope === q.scope
      )
    })
    if (!region) continue
    const all = [...city.candidates, ...region.candidates]
    if (new Set(all.map((c) => c.prepared)).size !== all.length) continue
    if (!all.every((a) => all.every((b) => a === b || (agrees(head(a), head(b)) && sameNight(a, b)))))
      continue
    region.candidates = all.sort((a, b) => a.order - b.order)
    region.verdict = 'agree'
    city.candidates = []
  }
  for (let i = facts.length - 1; i >= 0; i--) if (facts[i]?.candidates.length === 0) facts.splice(i, 1)
}

const REGION_NAME = /\s(?:region|oblast)$/i

/** "Lviv region" of "Lviv". */
function isRegionOf(region: string, town: string): boolean {
  const key = placeKey(region)
  return key === `${placeKey(town)} region` || key === `${placeKey(town)} oblast`
}

/**
 * "On Friday, Russia launched 90 drones at Odesa" in a report of Sunday: a count dated days before the
 * report that gives it recalls an earlier attack, and is set against no other value that another report
 * leaves undated ("Russia launched 273 drones"). The same value still meets it. A toll is recounted for days
 * after its strike: "killed on Saturday" meets an undated toll of a report filed on Monday.
 */
function recalled(dated: Candidate, undated: Candidate): boolean {
  const q = head(dated)
  const published = undated.prepared.article.publishedAt?.slice(0, 10)
  if (!q.when || head(undated).when || !published || head(undated).value === q.value) return false
  const recounted = isPeopleToll(q) ? TOLL_RECOUNT_DAYS : 1
  return Math.abs(daysOf(published) - daysOf(q.when)) > recounted
}
const TOLL_RECOUNT_DAYS = 3

const days = new Map<string, number>()
/** "2025-05-18" as a count of days, parsed once per date: pairs of counts ask for it often. */
function daysOf(date: string): number {
  let day = days.get(date)
  if (day === undefined) {
    day = dayNumber(date) ?? Number.NaN
    days.set(date, day)
  }
  return day
}

/** "Smila, Cherkasy region" is in "Cherkasy region" and is "Smila"; it is not "Uman, Cherkasy region". */
function samePlace(a: string, b: string): boolean {
  const x = placeKey(a)
  const y = placeKey(b)
  if (x === y) return true
  // "the Bryansk, Kursk and Belgorod regions" is a list: it is only itself.
  if (x.includes(' and ') || y.includes(' and ')) return false
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  return !short.includes(', ') && (long.startsWith(`${short}, `) || long.endsWith(`, ${short}`))
}

// Older and Russian transliterations of Ukrainian places that wire copy still uses.
const PLACE_VARIANTS: Record<string, string> = {
  kiev: 'kyiv',
  kharkov: 'kharkiv',
  odessa: 'odesa',
  dnepr: 'dnipro',
  dnipropetrovsk: 'dnipro',
  zaporozhye: 'zaporizhzhia',
  zaporizhia: 'zaporizhzhia',
  nikolaev: 'mykolaiv',
  mykolayiv: 'mykolaiv',
  lvov: 'lviv',
  chernigov: 'chernihiv',
  // "Kyiv Oblast", "the Kyiv region" and "Kyiv province" are one.
  oblast: 'region',
  province: 'region',
}

function placeKey(place: string): string {
  const words = place
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/\s+/)
  // "Khmelnytskyi" and "Khmelnytsky", "Zaporizhzhya" and "Zaporizhzhia": one name, spelt two ways. (The
  // punctuation after a word stays: "Smila, Cherkasy region" is read by its comma.)
  return words
    .map((w) => {
      const name = w.match(/^[\p{L}'’-]+/u)?.[0] ?? ''
      if (!name) return w
      const folded = foldName(PLACE_VARIANTS[name] ?? PLACE_VARIANTS[foldName(name)] ?? name)
      return `${folded}${w.slice(name.length)}`
    })
    .join(' ')
}

function sidesMatch(c: Candidate, members: readonly Candidate[], home: string | null) {
  // Only weapons are taken to be of the event's side: "six Russian regions" is a count of places.
  const presumed = MUNITIONS.has(head(c).unit ?? '') ? home : null
  const side = head(c).side ?? presumed
  return members.every((m) => {
    const other = head(m).side ?? presumed
    return !side || !other || other === side
  })
}

/**
 * "seven European leaders" and "six European leaders": a count named by a noun and its qualifier in both
 * outlets is of one thing, however differently the sentences around it run.
 */
function sameNounPhrase(c: Candidate, members: readonly Candidate[]): boolean {
  const phrase = nounPhrase(c)
  return phrase !== null && members.some((m) => nounPhrase(m) === phrase)
}

/** How alike two sentences must be for their role-less counts of one noun to be one count told two ways. */
const SAME_SAYING = 0.35

/**
 * "About 200,000 people attended the funeral" and "more than 250,000 people attended the funeral Mass": one
 * count of one noun, or one sum of one currency, in sentences that say nearly the same.
 */
function sameSaying(c: Candidate, members: readonly Candidate[]): boolean {
  const q = head(c)
  const vector = c.prepared.vectorOf(q.sentence)
  // Money names no noun: "about $90 billion worth of American weapons", "a $100 billion weapons purchase".
  const sameThing = (o: Quantity) =>
    q.noun !== null ? o.noun === q.noun : !!q.unit && MONEY.has(q.unit) && o.unit === q.unit
  return members.some(
    (m) => sameThing(head(m)) && cosine(vector, m.prepared.vectorOf(head(m).sentence)) >= SAME_SAYING,
  )
}

const MONEY = new Set(['dollar', 'euro', 'pound'])

/**
 * "Kyiv and four other regions", "three more cities": the rest of the outlet's own list, which another outlet
 * may have drawn longer or shorter. Two such counts differ without disputing anything.
 */
function isRestOfList(c: Candidate): boolean {
  return /^(?:other|more|further|additional)\b/.test(nounPhrase(c) ?? '')
}

function nounPhrase(c: Candidate): string | null {
  const q = head(c)
  const words = c.prepared.article.text.slice(q.span.start, q.span.end).toLowerCase().split(/\s+/)
  const afterNumber = words.slice(words.findLastIndex((w) => /\d/.test(w) || NUMBER_WORDS.includes(w)) + 1)
  return afterNumber.length >= 2 ? afterNumber.join(' ') : null
}

const fits = (c: Candidate, members: readonly Candidate[]) =>
  members.some((m) => isCompatible(head(c), head(m)))

function affinity(c: Candidate, members: readonly Candidate[]): number {
  const compatible = fits(c, members) ? 1 : 0
  const vector = c.prepared.vectorOf(head(c).sentence)
  const similarity = Math.max(0, ...members.map((m) => cosine(vector, m.prepared.vectorOf(head(m).sentence))))
  return compatible + similarity
}

function toFact(
  candidates: Candidate[],
  verdict: 'agree' | 'conflict' | 'single',
  earlier: ReadonlySet<Candidate>,
): DraftFact {
  const mentions: Mention[] = candidates.flatMap((c) =>
    c.quantities.map((q) =>
      mentionAt(c.prepared, q.span.start, q.span.end, {
        value: q.value,
        unit: q.unit ?? undefined,
        role:
          q.role === 'age'
            ? isAgeAtDeath(q)
              ? 'age (at death)'
              : q.fate
                ? `age (${q.subject ?? 'person'} ${q.fate})`
                : 'age'
            : (q.role ?? undefined),
        ...(q.parts ? { parts: q.parts } : {}),
        ...(earlier.has(c) ? { earlier: true } : {}),
        ...(q.approx
          ? { approx: q.approx, min: q.min, max: q.max === Number.POSITIVE_INFINITY ? undefined : q.max }
          : {}),
      }),
    ),
  )
  return { kind: 'number', label: labelOf(candidates), verdict, mentions }
}

/** "Francis died aged 88", "a 9-year-old was killed": no one is named, and whatever the death, it was one. */
const isAgeAtDeath = (q: Quantity) => q.role === 'age' && !q.subject && q.fate === 'killed'

function labelOf(candidates: Candidate[]): string {
  const q = head(candidates[0])
  const roles = [...new Set(candidates.map((c) => head(c).role))]
  // "missiles downed by aircraft": a kind that says what downed them follows the role.
  const by = q.kind?.startsWith('by ') ? ` ${q.kind}` : ''
  const unit = q.kind && !by ? `${q.kind} ${q.unit}` : (q.unit ?? 'count')
  const scope = q.scope ? ` ${q.scope}` : ''
  // The place goes in the label when every outlet that names one names the same.
  const places = candidates.map((c) => head(c).place).filter((p): p is string => !!p)
  // ("Lviv" and "the Lviv region", agreeing, are the region's; "Odesa" and "Odessa", the spelling most give.)
  const wide = places.find((p) => places.some((town) => isRegionOf(p, town))) ?? mostGiven(places)
  const place = wide && places.every((p) => samePlace(p, wide) || isRegionOf(wide, p)) ? wide : null
  const where = !place ? '' : place === NATIONAL ? ` ${NATIONAL}` : ` in ${place}`
  if (isAgeAtDeath(q)) return 'age at death'
  if (q.role === 'age') return `age of the ${q.subject ?? 'person'}${q.fate ? ` ${q.fate}` : ''}`
  if (isTalkLength(q)) {
    const talks = new Set(candidates.map((c) => head(c).talk).filter((t) => t))
    return `length of the ${talks.size === 1 ? [...talks][0] : 'talks'}`
  }
  if (q.role) return `${plural(unit)} ${roles.join(' / ')}${by}${where}${scope}`
  const c = candidates[0]
  if (!c) return plural(unit)
  const text = c.prepared.article.text
  const tail = text.slice(q.span.end).match(/^(?:\s+[\p{L}’'-]+){0,3}/u)?.[0] ?? ''
  const phrase = `${text.slice(q.span.start, q.span.end)}${DURATIONS.has(unit) || !q.noun ? tail : ''}`
  return phrase.replace(/\s+/g, ' ').trim()
}

/** The string a list holds most often; of as many, the first. */
function mostGiven(list: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

const capitalised = (word: string) => word.replace(/\b\p{L}/gu, (c) => c.toUpperCase())
