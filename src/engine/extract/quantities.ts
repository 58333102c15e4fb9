import { allMatches } from '../text/matches'
import { followsName, NO_NAME } from '../text/names'
import { FRACTION_WORDS, NUMBER_WORDS, parseFraction, parseNumber } from '../text/numbers'
import { lastWhere } from '../text/search'
import { type Sentence, splitSentences } from '../text/sentences'
import type { TextSpan } from '../types'
import {
  DURATIONS,
  isSubgroup,
  MUNITIONS,
  PEOPLE,
  roleOfNoun,
  singular,
  subjectClass,
  unitClass,
} from './units'

export type Role =
  | 'launched'
  | 'downed'
  | 'lost'
  | 'neutralised'
  | 'hit'
  | 'strayed'
  | 'supplied'
  | 'killed'
  | 'injured'
  | 'casualties'
  | 'missing'
  | 'age'

/** A number as one article states it: "70 missiles" in "launching 70 missiles and 145 drones". */
export type Quantity = {
  readonly value: number
  /** The range the wording allows: "more than 70" is 70..∞, "nearly four" is 3.6..4. */
  readonly min: number
  readonly max: number
  readonly approx: string | null
  /** What is counted, as a class: "civilians" → person, "UAVs" → drone; null when the text names nothing. */
  readonly unit: string | null
  /** The noun as written. */
  readonly noun: string | null
  /**
   * Where one sentence counts a weapon by its kinds ("seven Kh-101 cruise missiles and six Kinzhal
   * ballistic missiles"), the kind of each: a part of the missiles, never the missiles in all.
   */
  readonly kind?: string | null
  readonly role: Role | null
  /** For ages: whose age ("woman", "child") and what befell them ("killed", "injured"). */
  readonly subject: string | null
  readonly fate: string | null
  /** "Russian drones" against "Ukrainian drones": two sides' counts never compare. */
  readonly side: string | null
  /** A period the count covers when it is not the event itself: "in the last 7 days". */
  readonly scope: string | null
  /** Where its clause places it: "killed in Kharkiv", "in the Kyiv region", "across Ukraine". */
  readonly place: string | null
  readonly span: TextSpan
  readonly sentence: number
  /** A sum the text implies: "41 were shot down and another 35 lost" neutralised 41 + 35. */
  readonly parts?: readonly number[]
  /** For the length of talks ("a two-hour phone call"), whether they were a call or a meeting, if it says. */
  readonly talk?: 'call' | 'meeting' | null
  /** The day its sentence dates it to ("overnight" in an article of 19 May: 2025-05-19), when it does. */
  readonly when?: string | null
}

const WORD = `(?:${NUMBER_WORDS.join('|')})`
const WORDS = `${WORD}(?:(?:\\s+and\\s+|[\\s-]+)${WORD})*`
// Thousands are grouped by commas, or in some outlets' style by a narrow or no-break space: "5 000".
// Some outlets group them by a plain space, "1 000 drones" (not after a month: "May 5 100 drones").
const DIGITS =
  '(?<!\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s)\\d{1,3}(?: \\d{3})+(?![\\d,.])|\\d{1,3}(?:[,\\u00a0\\u202f\\u2009]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?'
// "2 dozen" is 24, as "two dozen" is.
const SCALE = '(?:[\\s-]+(?:hundred|thousand|million|billion|dozen))?'
const FRACTION = `(?:(?:a|an|one|two|three|four)[\\s-])?(?:${FRACTION_WORDS.join('|')})`
const HALF_MORE = `(?:(?:a|an|one|${DIGITS}|${WORD})\\s+(?:year|month|week|day|hour)s?\\s+and\\s+a\\s+half|(?:${DIGITS}|${WORD})[\\s-]and[\\s-]a[\\s-]half[\\s-](?:year|month|week|day|hour)s?)`
// "2½ hours"; "$100bn", "$100 bn", "£2.5m" (the abbreviations count only after a currency's sign).
const GLYPH = '\\d+[½¼¾⅓⅔]'
const ABBREVIATED = '(?: ?(?:bn|tn)|m)'
// The leading \b says nothing the look-behind does not, but lets the engine skip ahead to word starts:
// measured on the seeds, it runs the scan two to three times faster.
// "A man was also wounded in Kharkiv": one person, where the verb of a toll follows.
/** What may describe one person between the article and the noun: "a young man", "an F-16 pilot". */
const ONE_LIKE = '(?:young|elderly|local|[a-z]+-\\d+\\w*|\\d+-year-old)'
const ONE_PERSON = `(?:${ONE_LIKE}\\s+)?(?:man|woman|boy|girl|child|person|resident|civilian|teenager|pensioner|pilot|soldier|officer|rescuer|firefighter|medic|journalist|volunteer|driver|worker)`
/** Who the one person is, past a word that describes them. */
const ONE_WHO = new RegExp(`^\\s+(?:${ONE_LIKE}\\s+)?([a-z]+)`, 'i')
/** "A man was also wounded", "the strike killed a woman": one person, said with an article. */
const ONE_HURT = `an?(?=\\s+${ONE_PERSON}\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:also\\s+)?(?:killed|injured|wounded|hurt|hospitali[sz]ed)\\b)|(?<=\\b(?:killed|killing|injured|injuring|wounded|wounding)\\s+)an?(?=\\s+${ONE_PERSON}\\b)`
/** "405 drones, a Kinzhal aeroballistic missile, four Iskander-M…": one weapon of a model, in a list of counts. */
const ONE_WEAPON =
  'an?(?=\\s+(?:[a-z][\\w/-]*\\s+){1,2}(?:[a-z-]+\\s+)?(?:missile|drone|rocket)\\s*(?:,|and\\b))'
/** "They spoke for an hour", "a call of over an hour": one hour, where a length is given ("an hour later" is none). */
const AN_HOUR =
  '(?<=\\b(?:for|lasted|lasting|over|than|about|around|nearly|almost|roughly|some|under|least)\\s+)an(?=\\s+hour\\b(?!\\s+(?:later|ago|after|before|earlier|and\\s+a\\s+half)))'
const NUMBER = new RegExp(
  `\\b(?<![\\w.,:/’'-])(?:(?<half>${HALF_MORE})|(?<frac>${FRACTION}(?!\\s+(?:past|to)\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)))|(?<one>${ONE_HURT}|${AN_HOUR})|(?<oneWeapon>${ONE_WEAPON})|(?<num>${GLYPH}|(?:${DIGITS})(?:${ABBREVIATED}|${SCALE})|${WORDS}))(?![\\w:/]|[.,]\\d)`,
  'gi',
)

const APPROX =
  /(?:\b(nearly|almost|roughly|about|around|approximately|some|over|more than|at least|up to|fewer than|less than|under|as many as|upwards of|close to|just over|just under|no fewer than|no more than|at most|an estimated|a total of|a record|another|a further|further|an additional|only|just|the|its|their|her|his|a|an)\s+)+$/i
const ABOVE = /\b(over|more than|at least|upwards of|no fewer than|just over)\b/i
const BELOW = /\b(up to|fewer than|less than|under|as many as|no more than|at most|just under)\b/i
const NEAR_BELOW = /\b(nearly|almost|close to)\b/i
const AROUND = /\b(roughly|about|around|approximately|some|an estimated)\b/i
const CONTINUES = /\b(another|a further|further|an additional)\s+$/i
const PRECISE = new RegExp(
  `(?:${[ABOVE, BELOW, NEAR_BELOW, AROUND].map((r) => r.source).join('|')})\\s+(?:the\\s+|an?\\s+)?$`,
  'i',
)

const SMALLER: Record<string, [string, number]> = {
  hour: ['minute', 60],
  day: ['hour', 24],
  year: ['month', 12],
}
const CURRENCIES: Record<string, string> = { $: 'dollar', '€': 'euro', '£': 'pound' }

const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i
const MODIFIERS = new Set(
  `exploding explosive ballistic aeroballistic cruise attack strike combat kamikaze other more additional new young old elderly
  enemy hostile russian ukrainian iranian korean guided glide aerial unmanned air long range armed suicide total
  local foreign innocent small large heavy hypersonic anti aircraft jet powered reconnaissance fake real ukraine's
  russia's of major key main senior top separate different private public big detected airborne incoming
  aviation tactical strategic supersonic precision high-precision anti-ship air-launched sea-launched ground-launched`.split(
    /\s+/,
  ),
)
const RANGE_END = /^(?:\s?[-–]\s?|\s+to\s+)(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]*\d|[\p{L}-])/u
const ADJECTIVE = /^[a-z]{3,}(?:al|ic|ive|ous|ary|ory|ern|ian)$/
const NEXT_WORD = /\s+([\p{L}][\p{L}'’-]*)/uy
const NATIONALITY = /^(russian|ukrainian|iranian|israeli|american|belarusian|north korean|chinese)$/i
const NOT_UNITS =
  /^(were|was|is|are|have|has|had|be|been|of|in|on|at|to|and|or|but|the|a|an|which|that|who|by|for|from|with|as|than|more|out|per|each|this|these|those|it|its|his|hers|ours|theirs|yours|us|they|we|he|she|them|across|towards|afterwards|besides|whereas|always|perhaps|sometimes|plus|thus|unless|after|before|since|until|when|while|because|during|amid|among|following|including|into|over|under|about|between|through|within|against|if|then|where)$/i

type Cue = { role: Role; start: number; end: number }
const CUES: [Role, RegExp, 'munition' | 'people'][] = [
  // "1 million soldiers killed or wounded": the dead and the hurt together, a count of casualties.
  [
    'casualties',
    /\b(?:(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured)|(?:wounded|injured)\s+(?:or|and)\s+killed)\b/gi,
    'people',
  ],
  [
    'killed',
    /\b(?:lost\s+(?:his|her|their)\s+li(?:fe|ves)|(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|t(?:ook|aken|akes?|aking))\s+(?:the\s+)?li(?:fe|ves)(?:\s+(?:of|to))?|(?:fatally|mortally)\s+(?:wounded|injured)|bod(?:y|ies)\s+of|kill(?:ed|ing|s)?|dead|died|dies|perish(?:ed|es)?|deaths?|demise\s+of|fatalit(?:y|ies)|(?<!casualty\s)toll)\b/gi,
    'people',
  ],
  // "Eleven people sought medical help": the hurt, however lightly.
  [
    'injured',
    /\b(?:injur(?:ed|ing|ies|y|es)|wound(?:ed|ing|s)?|hurt|hospitali[sz]ed|sought\s+medical\s+(?:help|attention|assistance|care))\b/gi,
    'people',
  ],
  // "22 people remain missing": neither dead nor hurt, as far as the text knows. So are those whose fate is
  // unknown: "The fate of another 35 residents is unknown".
  [
    'missing',
    /\b(?:missing|unaccounted\s+for|(?:fate|whereabouts)\s+of(?=[^.;!?]{0,80}\b(?:unknown|unclear|not\s+(?:yet\s+)?known)\b))\b/gi,
    'people',
  ],
  [
    'downed',
    /\b(?:shot\s+down|shooting\s+down|shoots?\s+down|down(?:ed|ing|s)|(?<=\bto\s)down|intercept(?:ed|ing|s)?|destroy(?:ed|ing|s)?|(?:taken|took|taking|takes?|brought|bringing|knocked|knocking|forced)\s+(?:down|out)|repelled|thwarted|eliminated|(?:interception|destruction|downing)\s+of)\b/gi,
    'munition',
  ],
  ['neutralised', /\bneutrali[sz](?:ed|ing|e)\b/gi, 'munition'],
  [
    'lost',
    /\b(?:lost(?!\s+(?:his|her|their)\s+li)|loss\s+of|jam(?:med|ming)|suppress(?:ed|ing)|disabled|disappear(?:ed|ing)?|vanish(?:ed|ing)?|disrupted|(?:went|gone|going)\s+off[-\s](?:the\s+)?radars?|went\s+missing|failed\s+to\s+reach|did\s+not\s+reach|didn['’]t\s+reach|never\s+reached|missed\s+(?:their|its)\s+targets?|diverted|redirected)\b/gi,
    'munition',
  ],
  // "six drones hit their targets", "hits by six drones were recorded", "nine missiles got through": what
  // reached its target, not what was sent.
  [
    'hit',
    /\b(?:hits\s+(?:by|of|from)|(?:hit|struck|reached)\s+(?:their\s+|its\s+|the\s+)?targets?|(?:hit|hitting|strike|struck|striking|impacted|impacting)\s+(?:[\w-]+\s+){0,2}(?:locations?|sites?|targets?)|(?:got|broke|slipped|made\s+it)\s+through|penetrat(?:ed|ing)|evad(?:ed|ing)|of\s+(?:which|them|those)\s+(?:\w+\s+)?(?:struck|hit)|of\s+the\s+(?:\w+\s+)?(?:missiles|drones|rockets)\s+(?:struck|hit)|(?:were\s+)?recorded\s+(?:at|in|on|there)\b)\b/gi,
    'munition',
  ],
  // "two drones entered Moldova's airspace", "a drone crashed in Poland": weapons astray, not the night's count.
  [
    'strayed',
    /\b(?:(?:entered|violated|crossed|passed(?:\s+through)?|flew\s+(?:through|into|over))\s+(?:\S+\s+){0,3}airspace|strayed|crossed\s+into|(?:crash(?:ed|ing)?|landed|fell)\s+(?:in|on)\s+(?:\w+\s+)?(?:territory\s+of\s+)?(?:Poland|Polish|Romania|Moldova|Belarus|Lithuania|Latvia|Estonia|Hungar|Slovak|Finland|Finnish|Georgia|Turk|NATO))/g,
    'munition',
  ],
  // "The US will send 10 Patriot missiles", "Ukraine produced 2 million drones": weapons made, sold or
  // delivered, not fired.
  [
    'supplied',
    /\b(?:deliver(?:ed|ing|ies|y|s)?|receiv(?:e|ed|es|ing)|suppl(?:y|ied|ies|ying)|provid(?:e|ed|es|ing)|bought|buy(?:ing|s)?|purchas(?:e|ed|es|ing)|sales?\s+of|sell(?:ing|s)?|sold|produc(?:e|ed|es|ing|tion)|manufactur(?:e|ed|es|ing)|stockpiles?|arsenal|transferr?(?:ed|ing|s)?|pledg(?:e|ed|es|ing)|(?:will|would|to)\s+send|approv(?:e|ed|es|ing))\b/gi,
    'munition',
  ],
  [
    'launched',
    /\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing)|unleash(?:ed|es|ing)?|sent|sending|deploy(?:ed|ing)?|used|hurl(?:ed|ing)|attack(?:ed|ing)?\s+(?:\w+\s+)?(?:with|by)|hit\s+by|struck\s+by|targeted\s+(?:\w+\s+)?(?:with|by)|barrage\s+of|wave\s+of|salvo\s+of)\b/gi,
    'munition',
  ],
]
const SCOPE =
  /\b(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|after|before|earlier|later)|(?:last|earlier\s+this)\s+(?:week|month|year)|(?:in|over|during|within|for)\s+(?:just\s+)?(?:the\s+)?(?:last|past|previous)\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|hours?|nights)|(?:in|over|within)\s+(?:just\s+)?(?:a\s+(?:single\s+)?)?(?:24|48|72|twenty-four|forty-eight|seventy-two)\s+hours|this\s+(?:week|month|year)|so\s+far\s+this\s+\w+|since\s+the\s+(?:start|beginning)\s+of\s+[\w\s-]+|(?:in|during|throughout|since)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?(?:\s+alone)?|since\s+(?:the\s+(?:start\s+of\s+the\s+)?(?:full-scale\s+)?invasion(?:\s+began)?|the\s+war\s+began))\b/i
/**
 * A period as a key two outlets' counts can share: "earlier this week" is this week, and "since February
 * 2022", "since the full-scale invasion began" and "since the start of the war" are one period.
 */
function periodKey(period: string): string {
  const key = period
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^earlier (this (?:week|month|year))$/, '$1')
    // "in the last 24 hours" and "within 24 hours" are the stretch "over the past 24 hours" is.
    .replace(
      /^(?:in|over|during|within|for) (?:just )?(?:the )?(?:a (?:single )?)?(?:(?:last|past|previous) )?(?!(?:last|past|previous) )(?=\S+ (?:hours?|days?|weeks?|months?|years?|nights)$)/,
      'over the past ',
    )
  return INVASION.test(key) ? 'since the invasion' : key
}

const INVASION =
  /^since (?:february 2022|the (?:start of the |beginning of the )?(?:full-scale )?(?:invasion|war)(?: began)?|the war began)$/

const RUNNING_TOTAL =
  /\b(?:bringing|taking|raising|pushing|brought|took|raised|pushed)\s+(?:the\s+)?(?:overall\s+|total\s+)?(?:death\s+toll|toll|total|number\s+of\s+(?:dead|deaths|victims|injured|wounded|casualties))\s+(?:\w+\s+)?to\s+$/i
/** "one of the buildings": a thing picked out of others. */
const ONE_OF = /^one\s+of\s/i
/**
 * "carriers with a total salvo of", "with a combined volley of": what ships or planes can fire, not fired.
 * "debris from": weapons counted by where their pieces fell.
 */
const CAPACITY_OR_DEBRIS =
  /\b(?:(?:(?:total|combined|possible)\s+(?:salvo|volley)|(?:carriers?|ships?|vessels?|submarines?|frigates?)\s+(?:\S+\s+){0,3}(?:salvo|volley))\s+of|(?:debris|wreckage|fragments|remnants)\s+(?:from|of))\s+$/i
/** "…was in November 2022": a verb that gives the ranked attack a time of its own. */
const DATES_ANOTHER = /\b(?:was|were|came|happened|occurred)\s+$/i
const AFTER_SUPERLATIVE =
  /\b(?:largest|biggest|heaviest|deadliest|strongest|fiercest|longest|highest|greatest|worst|most|first|record)\b(?:\s+[\p{L}-]+){0,6}\s+$/iu
const CLAUSE_BREAK = /[,;:()—–]|\s-\s|\bwhile\b|\bwhereas\b|\bbut\b(?<!\ball\sbut)/g
// A place is a capitalised name after "in", "across", "over" that ends the phrase: "in Kyiv," and "in the
// Kharkiv region" are places, "in the western city of Ternopil", "in Ukraine's southern Kherson region" and
// "over the southern region of Kherson" too; "in Russian strikes" is not (an adjective before its noun). A
// region ends its phrase whatever follows: "in Donetsk region occupants killed a civilian".
const PLACE =
  /\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Oo]ver|(?:[Oo]n\s+the\s+)?[Aa]pproach(?:es)?\s+to)\s+(?:the\s+)?(?:(?:(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+)?(?:Ukraine|Russia)['’]s\s+)?(?:(?:[a-z]+(?:-[a-z]+)?\s+|(?:Ukrainian|Russian)\s+){0,2}(?:city|town|village|port|capital|(?<area>region|oblast|province))\s+of\s+|[A-Z][\p{L}’'-]+\s+(?:district|raion|community|hromada|suburb)\s+of\s+(?:the\s+)?|(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|greater|wider|broader)\s+)?(?<name>(?:[A-Z][\p{L}’'-]+)(?:[\s-]+[A-Z][\p{L}’'-]+){0,2}(?:\s+(?:region|oblast|province|district))?)(?=\s*(?:[,.;:)!?—–]|$|\s+\d|\s+(?:and|on|after|as|when|where|while|overnight|since|during|early|late|at|by|with|for|from|to|the|a|was|were|had|has|have|said|says|according|following|amid|but|in|alone|rose|rises|risen|climbed|stood|stands|reached|increased|killed|wounded|injured|left|resulted|caused|claimed|bordering|near|including|among|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|(?<=\s(?:region|oblast|province|district))(?=\s+\p{Ll}))/gu
const PLACE_LIST =
  /^(?:,\s*[A-Z][\p{L}’'-]+)*,?\s+and\s+(?:the\s+)?[A-Z][\p{L}’'-]+\s+(?:regions|oblasts|provinces|districts)\b/u
const AND_OTHERS =
  /^\s+and\s+(?:other|several|many|multiple)\s+(?:cities|towns|regions|oblasts|areas|settlements)\b/i
const NATIONWIDE =
  /\b(?:(?:across|throughout|around)\s+(?:the\s+(?:country|nation)|Ukraine\b(?!['’]s))|nationwide|countrywide|across\s+(?:several|many|multiple|all|\w+)\s+regions)\b/gi
const REGION = /\s(?:region|oblast|province|district)$/i
/** A capitalised word of a name, without a possessive "’s" ("Kryvyi Rih's centre"). */
const NAME_WORD = String.raw`[A-Z][\p{L}-]*(?:['’](?!s\b)[\p{L}-]+)*`
/**
 * The verbs that name where an attack fell: "drones hit Russia's Tula region", "ten drones approached Kyiv",
 * "the second strike fell on Vilniansk".
 */
const TARGET_VERBS = String.raw`hit|struck|pounded|targeted|attacked|approached|fell\s+on`
/** A name's second word that makes it an institution's, in the place its first word names: "Poltava Military Institute". */
const INSTITUTION = String.raw`(?:Military|Institute|University|Hospital|School|Academy|Cent(?:re|er)|Plant|Station|Airport|Children['’]s)\b`
/**
 * "A strike on Sumy", "the attack on the city of Dnipro", "an attack on the eastern town of Kupiansk", "drones
 * hit Russia's Tula region": where an attack fell, named before its toll.
 */
const TARGETED = new RegExp(
  String.raw`\b(?:(?:[Aa]ttacks?|[Ss]trikes?|[Aa]ssaults?|[Bb]ombardments?|[Ss]helling|[Bb]ombing)\s+(?:on|of)|${TARGET_VERBS})\s+(?:(?:Russia|Ukraine)['’]s\s+)?(?:(?:the\s+)?(?:[a-z]+\s+|(?:Ukrainian|Russian)\s+){0,3}(?:city|town|village|port)\s+of\s+|(?:the\s+)?(?:[\w-]+\s+){0,2}(?:districts|neighbou?rhoods|areas|parts|suburbs|outskirts)\s+of\s+|the\s+(?=${NAME_WORD}\s+(?:region|oblast)\b))?(${NAME_WORD}(?:[\s-]+(?!${INSTITUTION})${NAME_WORD})?(?:\s+(?:region|oblast))?)(?!\p{L}|['’](?!s\b))`,
  'gu',
)
/** "the northern city of Kharkiv", not after "in", which PLACE reads. */
const CITY_OF =
  /\bthe(?<!\b(?:[Ii]n|[Aa]cross|[Oo]ver|[Tt]hroughout|[Oo]n|[Oo]f)\sthe)\s+(?:[a-z]+\s+|(?:Ukrainian|Russian)\s+){0,2}(?:city|town|village|port)\s+of\s+([A-Z][\p{L}’'-]+(?:[\s-]+[A-Z][\p{L}’'-]+)?)(?![\p{L}’'])/gu
/** "in the Ukrainian capital", "an attack on Ukraine's capital": the city the country's capital is. */
const CAPITAL =
  /\b(?:(?<within>[Ii]n|[Aa]cross|[Oo]ver|[Tt]hroughout)|(?:[Aa]ttacks?|[Ss]trikes?|[Aa]ssaults?|[Bb]ombardments?|[Ss]helling|[Bb]ombing)\s+(?:on|of)|hit|struck|pounded|targeted|attacked)\s+(?:(?<country>Ukraine|Russia)['’]s\s+|the\s+(?:(?<adjective>Ukrainian|Russian)\s+)?)capital\b(?!\s+(?:region|oblast|area|of)\b)/gu
/**
 * The capital "the capital" alone is, in a text that names one country's and not the other's: Kyiv in a report
 * that names Kyiv and not Moscow.
 */
function capitalOf(text: string): string {
  const kyiv = /\b(?:Kyiv|Kiev)\b/.test(text)
  const moscow = /\bMoscow\b/.test(text)
  return kyiv === moscow ? '' : kyiv ? 'Kyiv' : 'Moscow'
}
const CAPITAL_CITY: Record<string, string> = {
  Ukraine: 'Kyiv',
  Ukrainian: 'Kyiv',
  Russia: 'Moscow',
  Russian: 'Moscow',
}
const OFFICIAL_OF =
  /\b([A-Z][\p{L}-]+)(?:['’]s)?\s+(?:([Rr]egional|[Oo]blast|Region)\s+)?(?:[Mm]ayor\b|[Gg]overnor\b|[Gg]ov\.|(?:city\s+)?military\s+administration\b)/gu
const WIDER_AREA = /\b(?:in|across|around)\s+the\s+(?:region|oblast|province|area|country)\b/i
/** A country, or a headline's part of one ("Strike on Western Ukraine"): no place a toll is compared by. */
const COUNTRY_NAME =
  /^(?:(?:Western|Eastern|Northern|Southern|Central|North|South|East|West)(?:ern)?\s+)?(?:Ukraine|Russia|Belarus|Poland|Europe|Moldova|Georgia)\b/
/** The place a national toll is given for: it never compares with a city's. */
export const NATIONAL = 'nationwide'
/**
 * Names that are no place, a headline's capitalised words for an attack ("Killed in Missile Strike"), and a
 * sentence's first word ("The governor said").
 */
const NOT_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Telegram|X|Facebook|English|Russian|Ukrainian|Total|(?:Massive|Deadly|Major|Overnight|Missile|Drone|Rocket|Air|Aerial|Ballistic)(?:\s|$)|(?:Strikes?|Attacks?|Raids?|Assaults?|Barrages?|Blasts?|Explosions?|Shelling|Bombing|Bombardment)$|(?:The|A|An|This|That|Its|Their)$)/

type Draft = {
  value: number
  min: number
  max: number
  approx: string | null
  unit: string | null
  noun: string | null
  role: Role | null
  subject: string | null
  fate: Role | null
  side: string | null
  start: number
  end: number
  numberEnd: number
  continues: boolean
  including: boolean
  /** "none of the four missiles was intercepted": the verb is denied of the count. */
  negated: boolean
  /** "30 were cruise missiles": the count sorts the whole by kind and says nothing of what befell it. */
  classifies: boolean
}

/**
 * One count of each kind of weapon, where two or more kinds are counted once each ("479 drones and 20
 * missiles"): what a total of the weapons in all would add up from. Null where a kind has two values.
 */
export function kindsOfWeapon(counts: readonly Quantity[]): Quantity[] | null {
  const byKind = new Map<string, Quantity>()
  for (const q of counts) {
    if (!q.unit || q.unit === 'air weapon' || !MUNITIONS.has(q.unit) || q.kind) continue
    const seen = byKind.get(q.unit)
    if (seen && seen.value !== q.value) return null
    if (!seen) byKind.set(q.unit, q)
  }
  // "728 drones, seven cruise missiles and six ballistic missiles": the missiles, counted only by kind.
  for (const sum of sumsOfKinds(counts)) if (!byKind.has(sum.unit ?? '')) byKind.set(sum.unit ?? '', sum)
  return byKind.size >= 2 ? [...byKind.values()] : null
}

/**
 * Per weapon counted by kinds ("seven cruise missiles and six ballistic missiles"), the count of all of it
 * they add up to, placed on the last kind: where each kind has one value and all are of one side and place.
 */
export function sumsOfKinds(counts: readonly Quantity[]): Quantity[] {
  const byUnit = new Map<string, Map<string, Quantity>>()
  const spoilt = new Set<string>()
  for (const q of counts) {
    if (!q.kind || !q.unit || isPartKind(q.kind)) continue
    const kinds = byUnit.get(q.unit) ?? new Map<string, Quantity>()
    byUnit.set(q.unit, kinds)
    const seen = kinds.get(q.kind)
    if (seen && seen.value !== q.value) spoilt.add(q.unit)
    if (!seen) kinds.set(q.kind, q)
  }
  const sums: Quantity[] = []
  for (const [unit, kinds] of byUnit) {
    const parts = [...kinds.values()]
    const first = parts[0] as Quantity
    if (
      spoilt.has(unit) ||
      parts.length < 2 ||
      parts.some((q) => q.side !== first.side || q.place !== first.place || q.when !== first.when)
    )
      continue
    sums.push(sumOf(parts, { kind: null }))
  }
  return sums
}

/**
 * The count that counts add up to, placed on the last of them, what it is of set by `as`: the whole of
 * "seven cruise missiles and six ballistic missiles", the neutralised of "41 shot down and 35 lost".
 */
export function sumOf(parts: readonly Quantity[], as: Partial<Quantity>): Quantity {
  return {
    ...(parts.at(-1) as Quantity),
    ...as,
    value: parts.reduce((n, q) => n + q.value, 0),
    min: parts.reduce((n, q) => n + q.min, 0),
    max: parts.reduce((n, q) => n + q.max, 0),
    approx: null,
    parts: parts.map((q) => q.value),
  }
}

/** Finds the counted numbers of a text, with what they count and what happened to it. */
export function extractQuantities(
  text: string,
  sentences: readonly Sentence[] = splitSentences(text),
): Quantity[] {
  const quantities: Quantity[] = []
  /** The counts of the last sentence that gave any, for "Of those, 94 were shot down" in the next. */
  let antecedents: Draft[] = []
  /** Whether the text gives a name as a place anywhere, looked up once per name. */
  const namedPlaces = new Map<string, boolean>()
  /** The city "the capital" stands for in this text, if the text says. */
  const capital = capitalOf(text)
  /** The places the text's mayors and governors govern, by surname, read once where needed. */
  let officials: Map<string, string> | undefined
  const officialPlaces = () => {
    officials ??= officialsOf(text)
    return officials
  }
  for (const sentence of sentences) {
    const drafts = draftsOf(sentence)
    if (drafts.length === 0) continue
    const found = sentence.text.match(SCOPE)
    // "the largest attack since the start of the invasion" ranks the attack: the count is still the night's.
    // "The previous biggest assault was in November 2022, when Russia launched 96 missiles" dates another.
    const ahead = found ? sentence.text.slice(Math.max(0, (found.index ?? 0) - 60), found.index) : ''
    const period = found && (!AFTER_SUPERLATIVE.test(ahead) || DATES_ANOTHER.test(ahead)) ? found : null
    const scope = period ? periodKey(period[0]) : null
    for (const [i, draft] of drafts.entries()) {
      const before = sentence.text.slice(0, draft.start - sentence.start)
      const after = sentence.text.slice(draft.numberEnd - sentence.start)
      const next = drafts[i + 1]
      const previous = drafts[i - 1]
      // What stands between the count before and this one, where this one names nothing it counts.
      const gap =
        !draft.unit && previous?.unit
          ? sentence.text.slice(previous.end - sentence.start, draft.start - sentence.start)
          : null
      // "30 drones over Moscow and 12 over the Tula region", "337 drones over 10 regions, including 91 over
      // the Moscow region", "126 were destroyed over the Kursk region, 91 over the Moscow region": a bare
      // count of more of the same weapon, by place.
      const weapon = gap === null ? undefined : lastWeaponBefore(drafts, i)
      if (
        gap !== null &&
        weapon?.unit &&
        /^\s+(?:over|in|above|across|near)\s/i.test(after) &&
        BY_PLACE_GAP.test(gap)
      )
        draft.unit = weapon.unit
      // "intercepted 26 missiles out of 40": the whole, bare, counts what its part counts, and was launched.
      if (gap !== null && !draft.unit && previous?.unit && /^\s+(?:out\s+)?of\s+(?:the\s+)?$/i.test(gap)) {
        // "288 drones and 32 missiles out of 479": the whole of two kinds is of the weapons in all.
        const other = drafts[i - 2]
        const twoKinds =
          !!other?.unit &&
          other.unit !== previous.unit &&
          MUNITIONS.has(other.unit) &&
          /^\s*,?\s+(?:and|as\s+well\s+as)\s+$/i.test(
            sentence.text.slice(other.end - sentence.start, previous.start - sentence.start),
          )
        draft.unit = twoKinds ? 'air weapon' : previous.unit
        if (MUNITIONS.has(previous.unit)) draft.role ??= 'launched'
      }
      // "64 out of the 145 drones": the part takes the whole's unit, and the whole is what was launched.
      // "six of the city's ten districts": the city's is whose they are.
      if (
        next &&
        /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\p{L}-]+['’]s\s+)?$/iu.test(
          sentence.text.slice(draft.numberEnd - sentence.start, next.start - sentence.start),
        )
      ) {
        draft.unit ??= next.unit
        if (next.unit && MUNITIONS.has(next.unit)) next.role ??= 'launched'
        // "intercepted all but four of the 140 drones": the count is of the 136 downed, not of the four.
        const allBut = before.slice(-12).match(/\ball\s+but\s+$/i)
        if (allBut && draft.min === draft.max && next.min === next.max && next.value > draft.value) {
          draft.value = next.value - draft.value
          draft.min = draft.value
          draft.max = draft.value
          draft.start -= allBut[0].length
        }
      }
      // "Of those, 88 were intercepted", "57 of which", "Of the 273 drones launched, 128 disappeared".
      // "Of these, 711 were neutralised: 296 drones were shot down and 415 went missing": "of these" is
      // read since the count before, not from the sentence's start, or every later count would be of all.
      const sincePrevious = previous ? before.slice(previous.end - sentence.start) : before
      const anaphoric =
        /\b(?:of|among)\s+(?:those|them|these|which|whom)\b/i.test(sincePrevious) ||
        /^\s+of\s+(?:which|those|them|these|whom)\b/i.test(after) ||
        (i > 0 && firstAfterOpening(sentence, drafts, i))
      // "Russia launched 112 drones overnight; 76 were downed", "three got through": a bare count that is shot
      // down, or gets through, counts the drones.
      const downedAfter =
        /^\s+(?:(?:were|was|have been|had been|are|got|being)\s+)?["“‘']?(?:confirmed\s+(?:to\s+have\s+been\s+|as\s+)?)?(?:[a-z]+ly\s+)?(?:shot down|downed|intercepted|destroyed|jammed|lost|neutrali[sz]ed|suppressed|(?:got|broke|slipped) through|(?:hit|reached|struck) (?:(?:their|its) )?targets?|hitting (?:\w+ )?(?:targets?|locations?|sites?)|evaded|went missing|disappeared|vanished|disrupted|went off[-\s](?:the\s+)?radars?)\b/i.test(
          after,
        )
      // "Of the 47 missiles, 30 were cruise missiles", "15 missiles, three of which were ballistic", "three
      // of them ballistic": a kind among the whole, not a count of its own.
      draft.classifies ||=
        /^\s+(?:were|was|are|is)\s+(?:[\p{L}-]+\s+){0,3}(?:missiles?|drones?|rockets?|decoys?|shaheds?|uavs?)\b|^\s+of\s+(?:which|them|those)\s+(?:(?:were|was|are|is)\s+)?(?:cruise|ballistic|aeroballistic|hypersonic|decoys?)\b/iu.test(
          after,
        )
      // "Air defence downed 18", "downed or suppressed 76": a bare count right after the verb that downs it.
      const downedBefore =
        /\b(?:(?:shot|shoot|shooting)\s+down|down(?:ed|ing)|intercept(?:ed|ing)?|destroy(?:ed|ing)?|neutrali[sz](?:ed|e|ing)|(?:brought|bringing|taken|took|taking|takes?|knocked|knocking)\s+(?:down|out)|eliminated)(?:\s+(?:or|and|and\/or)\s+(?:suppressed|jammed|disabled|neutrali[sz]ed|destroyed|intercepted))?\s+$/i.test(
          before.slice(-40),
        )
      // "428 of the targets had been shot down": the whole the count is of names what it counts.
      const ofWhole = !draft.unit ? after.match(OF_THE_WHOLE) : null
      if (ofWhole) draft.unit = unitClass(ofWhole[1]?.toLowerCase() ?? '') ?? 'target'
      const ofNoun = !draft.unit ? after.match(OF_THE_NOUN)?.[1] : null
      if (ofNoun && !NOT_UNITS.test(ofNoun)) draft.unit = unitClass(ofNoun) ?? singular(ofNoun)
      // "18 were downed, while seven others were lost": "others" are more of what was counted before.
      const others = draft.noun?.toLowerCase() === 'others'
      // "296 drones were shot down and 415 went missing": a bare count of another fate, beside the count
      // before it, counts the same weapon, whatever a larger count earlier in the sentence counted.
      if (!draft.unit && downedAfter && previous?.unit && MUNITIONS.has(previous.unit) && gap !== null)
        if (SIBLING_GAP.test(gap)) draft.unit = previous.unit
      if (
        (!draft.unit && (anaphoric || draft.continues || downedAfter || downedBefore || draft.including)) ||
        others
      ) {
        // "killed a 17-year-old girl and wounded 19 others": others are never years.
        // "intercepting 88 drones over a nine-hour period, while another 128 disappeared": what is downed
        // or lost is a weapon, never the hours.
        const fate = downedAfter || downedBefore
        // "Air defences shot down 747 drones … the mayor said 20 others were injured": the hurt are people.
        const hurt =
          others &&
          (/^\s+others\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:injured|wounded|killed|hurt|hospitali[sz]ed)\b/i.test(
            after,
          ) ||
            /\b(?:injuring|wounding|killing|injured|wounded|killed)\s+$/i.test(before.slice(-30)))
        const earlier = drafts
          .slice(0, i)
          .filter(
            (d) => d.unit && !((others || fate) && DURATIONS.has(d.unit)) && !(hurt && !PEOPLE.has(d.unit)),
          )
        const pool = (earlier.length ? earlier : antecedents)
          .filter((d) => !hurt || PEOPLE.has(d.unit ?? ''))
          .reverse()
        // "of those drones": the text names the whole's kind itself.
        const named = before.match(/\b(?:of|among)\s+(?:those|these)\s+([\p{L}-]+)\s*,?\s*$/iu)?.[1]
        const kinds = new Set(pool.map((d) => d.unit).filter((u) => u && MUNITIONS.has(u)))
        draft.unit =
          (named && unitClass(named)) ||
          // "440 drones and 32 missiles … 428 of them": a part of both kinds is of the weapons in all.
          (anaphoric && (kinds.size > 1 || kinds.has('air weapon')) ? 'air weapon' : null) ||
          // "472 aerial weapons in total, including 440 drones and 32 missiles … 428 were intercepted": a
          // fate told of the total's kinds together is the total's.
          (kinds.size > 2 && pool.some((d) => d.unit === 'air weapon' && d.max >= draft.value)
            ? 'air weapon'
            : null) ||
          // A part is never more than its whole: "launched 112 drones and two missiles; 76 were downed".
          (pool.find((d) => d.unit && (!MUNITIONS.has(d.unit) || d.max >= draft.value)) ?? pool[0])?.unit ||
          (others ? draft.unit : null)
        // "killing 25 people, including three children, and wounding 73 others": other people, not children.
        if (others && isSubgroup(draft.unit)) draft.unit = 'person'
        if (hurt && !PEOPLE.has(draft.unit ?? '')) draft.unit = 'person'
      }
    }
    for (const [i, draft] of drafts.entries()) {
      // "32 missiles out of 479 launched": a verb after the whole is the whole's.
      const next = drafts[i + 1]
      const limit =
        next &&
        /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?$/i.test(
          sentence.text.slice(draft.end - sentence.start, next.start - sentence.start),
        )
          ? next.start - sentence.start
          : undefined
      if (draft.role === 'age') draft.fate = nearestCue(sentence, draft, 'people', limit)
      else if (draft.negated) continue
      else {
        const family = draft.unit && MUNITIONS.has(draft.unit) ? 'munition' : 'people'
        // "428 targets had been shot down or jammed", "shot down 140 of the incoming threats": what air defence
        // downs are the weapons in all.
        if (draft.unit === 'target' || draft.unit === 'threat') {
          const fate = nearestCue(sentence, draft, 'munition', limit)
          if (fate === 'downed' || fate === 'lost' || fate === 'neutralised') {
            draft.unit = 'air weapon'
            draft.role = fate
            continue
          }
        }
        // "52 of the 58 drones Russia launched were shot down": the part's verb comes after the whole.
        if (next && limit !== undefined) draft.role ??= fateAfterWhole(sentence, next, family)
        // "546 drones, one ballistic missile and 30 cruise missiles were shot down": the verb after a list of
        // weapons is every count's in it.
        // (Not where a verb of their fate comes before: "Russia launched 574 drones, 6 ballistic missiles and
        // 33 cruise missiles, and 30 cruise missiles were shot down".)
        if (family === 'munition' && !draft.role) {
          const list = listFrom(sentence, drafts, i)
          const last = list.at(-1) as Draft
          if (
            last !== draft &&
            list.every((d) => !!d.noun && !!d.unit && MUNITIONS.has(d.unit)) &&
            /^\s+(?:were|was|have\s+been|had\s+been)\s/i.test(
              sentence.text.slice(last.end - sentence.start),
            ) &&
            cuesIn(sentence.text.slice(0, draft.start - sentence.start), 0, family).length === 0
          )
            draft.role = nearestCue(sentence, last, family)
        }
        draft.role ??= nearestCue(sentence, draft, family, limit)
        // "…intercepting or disabling 420 targets. Among them were 405 Shahed drones, a Kinzhal…": a list that
        // opens on "among them", with no verb of its own, counts the fate of the whole before it.
        if (!draft.role && family === 'munition' && AMONG_THEM.test(sentence.text))
          draft.role =
            antecedents.findLast((d) => !!d.role && !!d.unit && MUNITIONS.has(d.unit))?.role ?? null
        // "14 people are known to have been injured. Among them are three children.", "Three of them were
        // children.": the toll of the sentence before, where it gives one fate only.
        // ("Seven of them are children", "Three of them were aged 2, 14 and 17": children; "One of them was a
        // doctor" is one of the toll, no toll.)
        const someOf = /^\s*\S+\s+of\s+them\b/i.test(sentence.text)
        if (
          !draft.role &&
          family === 'people' &&
          AMONG_THEM.test(sentence.text) &&
          !(someOf && draft.unit === 'person')
        ) {
          const fates = new Set(
            antecedents.filter((d) => !!d.role && !!d.unit && PEOPLE.has(d.unit)).map((d) => d.role),
          )
          if (fates.size === 1) draft.role = [...fates][0] ?? null
        }
        // "Russia struck targets in Kyiv with 40 missiles": what it struck with was sent, not a count of hits
        // ("with 12 hitting targets" is 12 hits).
        // ("with 72 of the 550 drones penetrating air defences": a part whose fate follows its whole.)
        const instrument =
          limit === undefined &&
          /\bwith\s+$/i.test(
            sentence.text.slice(Math.max(0, draft.start - sentence.start - 12), draft.start - sentence.start),
          ) &&
          !/^\s+(?:of\s+(?:the|them)\s+(?:[\p{L}-]+\s+){0,2})?(?:hitting|striking|penetrating|reaching)\b/iu.test(
            sentence.text.slice(draft.end - sentence.start),
          )
        if (draft.role === 'hit' && instrument) draft.role = 'launched'
        // "270 drones were neutralised out of 298 launched": the whole, after "out of", is what was sent.
        const whole = /\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$/i.test(
          sentence.text.slice(Math.max(0, draft.start - sentence.start - 24), draft.start - sentence.start),
        )
        if (whole && family === 'munition') draft.role = 'launched'
      }
    }
    // "hit with 70 missiles, 48 of which were shot down, and 140 drones": the count after a part's aside is the
    // whole's sibling, and shares its fate, not the part's.
    for (const [i, draft] of drafts.entries()) {
      const whole = drafts[i - 2]
      if (!whole || !MUNITIONS.has(whole.unit ?? '') || !MUNITIONS.has(draft.unit ?? '')) continue
      const gap = sentence.text.slice(whole.end - sentence.start, draft.start - sentence.start)
      if (SIBLING_AFTER_PART.test(gap)) draft.role = whole.role
    }
    // "three children aged eight, 12 and 17 were killed": the verb after the ages is the children's.
    for (const [i, draft] of drafts.entries()) {
      const ages = drafts[lastAgeOf(sentence, drafts, i)] as Draft
      if (!draft.role && ages !== draft) draft.role = ages.fate
    }
    for (const [i, draft] of drafts.entries()) {
      if (draft.including) {
        const heads = drafts
          .slice(0, i)
          .reverse()
          .filter((d) => d.role && d.role !== 'age')
        // "neutralised 483 of the 524 threats, including 442 drones, 34 cruise missiles and seven Kalibr
        // missiles": the list is of the whole its counts add up to.
        const list = listFrom(sentence, drafts, i)
        const sum = list.reduce((total, d) => total + d.value, 0)
        const weapons = list.every((d) => !!d.unit && MUNITIONS.has(d.unit))
        const whole =
          list.length > 1 && weapons
            ? heads.slice(0, 3).find((d) => d.value === sum && !!d.unit && MUNITIONS.has(d.unit))
            : undefined
        const head = whole ?? heads[0]
        // "40 missiles, including 11 ballistic ones": the part counts what its whole counts.
        if (head?.unit && draft.noun && ONES.test(draft.noun)) draft.unit = head.unit
        // "153 casualties, including nine killed": a part that says its own fate keeps it.
        const ownFate = OWN_FATE_AFTER.test(sentence.text.slice(draft.end - sentence.start))
        if (draft.role === 'age') draft.fate ??= head?.role ?? null
        else if (!(ownFate && draft.role)) draft.role = head?.role ?? draft.role
      }
      if (!draft.unit && (draft.role === 'killed' || draft.role === 'injured' || draft.role === 'missing')) {
        // "Two children were killed and 15 injured": the hurt are more of the children, not people at large.
        const previous = drafts[i - 1]
        const sibling =
          previous?.unit &&
          PEOPLE.has(previous.unit) &&
          previous.role !== draft.role &&
          /^\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed|injured|wounded|dead|hurt)\s+and\s+$/i.test(
            sentence.text.slice(previous.end - sentence.start, draft.start - sentence.start),
          )
        draft.unit = sibling ? previous.unit : 'person'
      }
      if (
        draft.unit &&
        MUNITIONS.has(draft.unit) &&
        (draft.classifies ||
          CAPACITY_OR_DEBRIS.test(sentence.text.slice(0, draft.start - sentence.start)) ||
          fateDenied(sentence, draft))
      ) {
        // Left without a role, whatever the whole's: no count to compare. Nor is what ships carry a count
        // of what they fired: "four Kalibr carriers, with a total salvo of up to 28 missiles". Nor are the
        // weapons whose debris fell somewhere: "damaged by debris from three drones".
        draft.role = null
      } else if (draft.unit && MUNITIONS.has(draft.unit)) {
        if (
          draft.role &&
          !['launched', 'downed', 'lost', 'neutralised', 'hit', 'strayed', 'supplied'].includes(draft.role)
        )
          draft.role = null
        draft.role ??= 'launched'
      } else if (draft.unit && PEOPLE.has(draft.unit)) {
        if (draft.role && !['killed', 'injured', 'casualties', 'missing'].includes(draft.role))
          draft.role = null
      } else if (draft.role !== 'age') draft.role = null
    }
    // "Two people died in hospital, bringing the toll to 14": the toll is the 14, the two were added to it.
    const total = drafts.findIndex((d) =>
      RUNNING_TOTAL.test(
        sentence.text.slice(Math.max(0, d.start - sentence.start - 80), d.start - sentence.start),
      ),
    )
    const toll = drafts[total]
    if (toll)
      for (const draft of drafts.slice(0, total))
        if (draft.role === toll.role && draft.unit === toll.unit) draft.role = null
    // "Of the 50 injured, 20 were hospitalised": how many of the toll are in hospital, not another toll.
    // "Of the 50 injured, 20 were children": a bare count that the verb after it says who it counts.
    for (const draft of drafts) {
      if (draft.noun) continue
      const who = sentence.text.slice(draft.end - sentence.start).match(WERE_WHO)?.[1] ?? ''
      const kind = unitClass(who)
      if (kind && PEOPLE.has(kind) && kind !== 'person') {
        draft.unit = kind
        draft.noun = who
      }
    }
    // "12 women and 6 men had been injured": a toll told by sex is its parts, counted apart from the whole as
    // children are (the women are not the toll another outlet gives as "18 people").
    // ("Two women and a man were killed", "a woman and two men": so is a count beside one told without one.)
    for (const draft of drafts) {
      if (!SEXES.test(draft.noun ?? '')) continue
      const after = sentence.text.slice(draft.end - sentence.start)
      const before = sentence.text.slice(0, draft.start - sentence.start)
      if (AND_SOME_PEOPLE.test(after) || SOME_PEOPLE_AND.test(before)) draft.unit = singular(draft.noun ?? '')
    }
    const ofToll = sentence.text.match(OF_THE_TOLL)
    if (ofToll)
      for (const [i, draft] of drafts.entries())
        if (i > 0 && firstAfterOpening(sentence, drafts, i) && draft.role === drafts[0]?.role)
          draft.role = null
    sidesFromActors(sentence.text, drafts)
    wholesOfParts(drafts)
    const kinds = kindsListed(sentence, drafts)
    const places = draftPlaces(sentence, drafts, capital)
    // "Zaporizhzhia faced its own tragedy. A woman was killed and ten others injured": a toll in a sentence
    // that names no place, right after one of its paragraph that is about a place, is that place's.
    // "Mayor Vitali Klitschko confirmed two injuries", where the text named him "Kyiv's Mayor" before: the
    // toll an official gives is of the place they govern.
    const carried =
      places.every((p) => p === null) && drafts.some(isToll)
        ? (placeOfSubject(text, sentences, sentence, namedPlaces) ??
          placeOfOfficial(sentence.text, officialPlaces()) ??
          placeOfOthers(text, sentences, sentence, quantities))
        : null
    for (const [i, draft] of drafts.entries()) {
      if (!draft.unit) continue
      const isCount = draft.role !== null && draft.role !== 'age'
      // "six of the city's ten districts": the ten are the whole the six are counted against, nothing the
      // outlet reports of the event.
      const part = drafts[i - 1]
      if (
        !isCount &&
        part &&
        part.role === null &&
        part.unit === draft.unit &&
        /^\s+(?:out\s+)?of\s+(?:(?:the|its|their)\s+)?(?:[\p{L}-]+['’]s\s+)?$/u.test(
          sentence.text.slice(part.end - sentence.start, draft.start - sentence.start),
        )
      )
        continue
      // "one of the buildings", "one of the key points": a thing picked out of others, no number it reports.
      if (
        !isCount &&
        draft.value === 1 &&
        ONE_OF.test(sentence.text.slice(draft.start - sentence.start, draft.numberEnd - sentence.start + 4))
      )
        continue
      // "the two leaders", "the three countries": who the text speaks of, not a number it reports.
      if (
        !isCount &&
        draft.value <= 3 &&
        !DURATIONS.has(draft.unit) &&
        THE_FEW.test(sentence.text.slice(0, draft.start - sentence.start))
      )
        continue
      // "…more than 25 wounded. Nine victims have been hospitalized": how many of a toll told before are in
      // hospital, not another toll.
      if (
        draft.role === 'injured' &&
        TREATED.test(sentence.text.slice(draft.end - sentence.start)) &&
        quantities.some((q) => q.role === 'injured' && q.unit === draft.unit && q.value > draft.value)
      )
        continue
      // "Three more people died in hospital", "killing one more person" in Kryvyi Rih after its toll: an
      // increment to a toll, not the toll. ("Four more people were killed in Khmelnytskyi region", after
      // another region's toll, is that region's; "killed two and injured 60 more", that fate's.)
      const place = isCount ? (places[i] ?? (isToll(draft) ? carried : null)) : null
      if (
        isCount &&
        draft.unit &&
        PEOPLE.has(draft.unit) &&
        MORE_OF.test(sentence.text.slice(draft.start - sentence.start, draft.end - sentence.start)) &&
        !drafts.slice(0, i).some((d) => d.role && d.role !== draft.role && d.unit && PEOPLE.has(d.unit)) &&
        (!place ||
          quantities.some(
            (q) => q.role === draft.role && !!q.place && (q.place.includes(place) || place.includes(q.place)),
          ))
      )
        continue
      // "The victims included a woman and two men", "including two women": who some of the toll were, no toll.
      if (
        isCount &&
        draft.unit === 'person' &&
        SOME_OF_PEOPLE.test(draft.noun ?? '') &&
        INCLUDED_BEFORE.test(sentence.text.slice(0, draft.start - sentence.start))
      )
        continue
      const weapons = !!draft.unit && MUNITIONS.has(draft.unit)
      // ("11 of which were cruise missiles intercepted by our F-16s": sorted by kind, and downed.)
      const by = weapons ? downedBy(sentence, draft) : null
      if (by) draft.role = 'downed'
      const kind = by ?? kinds[i] ?? (weapons ? seaOf(sentence, draft) : null)
      quantities.push({
        value: draft.value,
        min: draft.min,
        max: draft.max,
        approx: draft.approx,
        unit: draft.unit,
        noun: draft.noun,
        ...(kind ? { kind } : {}),
        role: draft.role,
        ...talkOf(sentence, draft, sentences[sentence.index - 1]),
        fate: draft.fate,
        side: draft.side,
        // A period covers the counts of its own clause and those after it, not a count a later clause
        // only comments on ("killed 12 people, one of the deadliest attacks this year").
        scope: isCount && period && periodCovers(sentence, drafts, i, period.index ?? 0) ? scope : null,
        place,
        span: { start: draft.start, end: draft.end },
        sentence: sentence.index,
      })
      // "seven missiles, all of which were intercepted": as many downed as were sent.
      // Only one count of weapons can be all of them: "seven missiles and 40 drones; all were shot down" is
      // left unread.
      const all =
        draft.role === 'launched' &&
        !drafts[i + 1] &&
        !drafts.some((d) => d !== draft && d.role === 'launched')
          ? ALL_OF_THEM.exec(sentence.text.slice(draft.end - sentence.start))
          : null
      if (all) {
        const start = draft.end + (all.index ?? 0) + all[0].search(/\ball\b/)
        quantities.push({
          ...(quantities.at(-1) as Quantity),
          role: /^neutrali/i.test(all[1] ?? '') ? 'neutralised' : 'downed',
          noun: null,
          span: { start, end: draft.end + all[0].length },
        })
      }
      // "downed 56 of 90 drones and all six missiles launched by Russia": the six launched were all downed.
      const allBefore =
        draft.role === 'launched' && draft.unit && MUNITIONS.has(draft.unit)
          ? sentence.text.slice(0, draft.start - sentence.start).match(ALL_BEFORE)
          : null
      if (allBefore && stoppedBefore(sentence, draft)) {
        quantities.push({
          ...(quantities.at(-1) as Quantity),
          role: 'downed',
          span: { start: draft.start - allBefore[0].length, end: draft.end },
        })
      }
    }
    const counted = drafts.filter((d) => d.unit && (MUNITIONS.has(d.unit) || PEOPLE.has(d.unit)))
    if (counted.length) antecedents = counted
  }
  return oneLengthPerTalk(kindsAmongWholes(text, quantities))
}

/**
 * "Russia launched 30 missiles … intercepted 19 of 23 cruise missiles": missiles counted by a kind where the
 * article counts more of them, of the same fate, whole, are that kind (and so is the part "of" them), so
 * that the 19 downed are never set against another outlet's 25 downed of all 30.
 */
function kindsAmongWholes(text: string, quantities: Quantity[]): Quantity[] {
  const missiles = quantities.filter((q) => q.unit === 'missile' && !q.kind && q.role)
  // Each count is read once, and the wholes by their fate: an article of thousands of counts stays linear.
  const sorts = new Map(missiles.map((q) => [q, sortIn(text.slice(q.span.start, q.span.end).split(/\s+/))]))
  const largestWhole = new Map<string, number>()
  const fateKey = (q: Quantity) => `${q.role}|${q.scope ?? ''}`
  for (const q of missiles)
    if (!sorts.get(q)) largestWhole.set(fateKey(q), Math.max(largestWhole.get(fateKey(q)) ?? 0, q.max))
  const kinds = new Map<Quantity, string>()
  for (const [i, q] of missiles.entries()) {
    const sort = sorts.get(q)
    if (!sort || (largestWhole.get(fateKey(q)) ?? 0) <= q.value) continue
    kinds.set(q, sort)
    // "19 of 23 cruise missiles": the part, the count just before, is of the whole's kind.
    const part = missiles[i - 1]
    if (
      part &&
      part.sentence === q.sentence &&
      /^\s+(?:out\s+)?of\s+(?:the\s+)?$/i.test(text.slice(part.span.end, q.span.start))
    )
      kinds.set(part, sort)
  }
  return kinds.size ? quantities.map((q) => (kinds.has(q) ? { ...q, kind: kinds.get(q) } : q)) : quantities
}

/**
 * Whether a period covers a count: one in its own clause or a clause before it, or a count of a list the
 * period closes ("over 1,000 drones and more than 1,400 glide bombs over the past week").
 */
function periodCovers(sentence: Sentence, drafts: readonly Draft[], i: number, period: number): boolean {
  if (period < clauseOf(sentence, drafts[i] as Draft)[1]) return true
  let from = (drafts[i] as Draft).end - sentence.start
  for (const next of drafts.slice(i + 1)) {
    const start = next.start - sentence.start
    if (start >= period) break
    if (!LIST_JOIN.test(sentence.text.slice(from, start))) return false
    from = next.end - sentence.start
  }
  return from < period && /^\s*$/.test(sentence.text.slice(from, period))
}

const TALK_NOUN =
  '(?:(?:phone|telephone)\\s+)?(?:call|conversation|talks?|meeting|summit|negotiations|discussions?)'
/** "a two-hour call", "three hours of talks", "interrupts the meeting for 40 minutes to call Putin". */
const TALK_AFTER = new RegExp(
  `^[\\s-]*(?:long\\s+|of\\s+)?(${TALK_NOUN})\\b|^\\s+to\\s+(call|phone)\\s+[A-Z]`,
  'i',
)
const TALK_VERB = 'spoken?|speaking|talked|talking|met|phoned|phone|called|calling'
/** The words that name talks: the last that says a call or a meeting before a length says which it was. */
const TALK_WORD = new RegExp(`\\b(?:${TALK_NOUN}|${TALK_VERB})\\b`, 'gi')
/** "the call lasted", "they spoke for", "a call of over": the words before a length that say it is of talks. */
const TALK_BEFORE = new RegExp(
  `\\b(${TALK_NOUN}|${TALK_VERB})\\b(?:[^.;:]|(?<=\\s[A-Z])\\.){0,50}?\\b(?:lasted|lasts|lasting|ran|went\\s+on|continued|for|(?:ended|broke\\s+up|concluded|wrapped\\s+up)\\s+after)\\s+(?:[a-z]+\\s+){0,3}$|\\b((?:(?:phone|telephone)\\s+)?(?:call|conversation))\\s+between\\s+(?:[^.;:]|(?<=\\s[A-Z])\\.){0,90}?\\blasted\\s+(?:[a-z]+\\s+){0,3}$|\\b(${TALK_NOUN})\\s+of\\s+(?:about\\s+|around\\s+|some\\s+)?$`,
  'i',
)

/** "it lasted", "It began at 17:00 Moscow time and lasted": a length of what the sentence before named. */
const IT_LASTED =
  /(?:^|[,;]\s*|\b(?:that|as)\s+)(?:it|It)\s+(?:had\s+|has\s+)?(?:[\p{L}\d:]+\s+){0,6}?(?:lasted|lasts|ran|went\s+on)\s+(?:[a-z]+\s+){0,3}$/u
const TALK_NOUN_WORD = new RegExp(`\\b${TALK_NOUN}\\b`, 'gi')

const PRESS_CONFERENCE =
  /^\s+(?:at|during|in)\s+(?:a|the|their)\s+(?:joint\s+)?(?:news|press)\s+(?:conference|briefing)/i

/** What a weapon's name may describe, in the plural: "missile carriers", "drone attacks", "missile fragments". */
const WEAPON_HELD =
  /^(?:carriers|launchers|systems|strikes|attacks|fragments|operators|units|alerts|plants|factories|components|parts|boats|ships)$/i
/** "Among them were 405 Shahed drones": a sentence that lists the parts of a whole before it. */
const SEXES = /^(?:women|men)$/i
const SOME_PEOPLE = `(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:(?:young|elderly|\\d+-year-old)\\s+)?(?:m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|teenagers?)`
const AND_SOME_PEOPLE = new RegExp(`^\\s+and\\s+${SOME_PEOPLE}\\b`, 'i')
const SOME_PEOPLE_AND = new RegExp(`\\b${SOME_PEOPLE}\\s+and\\s+$`, 'i')
const AMONG_THEM = /^\s*(?:(?:Among|Of)\s+(?:them|those|these)\b|\S+\s+of\s+them\s+(?:were|are|was|is)\b)/i
/** A verb of hurt before a count, and how the hurt were treated after it: "eight were hospitalized". */
const HURT_BEFORE = /\b(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt)\b/i
const TREATED =
  /^\s+(?:people\s+|of\s+(?:them|whom)\s+)?(?:(?:(?:were|have\s+been|had\s+been|are)\s+)?(?:also\s+)?(?:hospitali[sz]ed|(?:taken|transported|rushed|admitted|brought)\s+to\s+(?:a\s+|the\s+|local\s+)?hospitals?)|(?:received|got|were\s+given)\s+(?:outpatient|medical|first)\s+(?:care|treatment|aid|help|assistance))\b/i
/**
 * "aged 8", "aged eight, 12, and 17", "aged three months, 2, 8 and 12 years", "died at 88", "a child who had
 * recently turned 12": ages of a list.
 */
const AGED = new RegExp(
  `\\b(?:aged|ages|at\\s+the\\s+ages?\\s+of|(?:died|dies|dead)\\s+at|turn(?:ed|s|ing))\\s+(?:(?:\\d+|${NUMBER_WORDS.join('|')})(?:\\s+(?:months?|years?)(?:\\s+old)?)?(?:,|,?\\s+and)\\s+)*$`,
  'i',
)
const PERSON_AGED = new RegExp(
  `\\b(m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|teenagers?|residents?|pensioners?|mother|father|sons?|daughters?)\\s*,?\\s+(?:(?:who|that)\\s+(?:had\\s+|has\\s+)?(?:just\\s+|recently\\s+|only\\s+)?)?(?:aged|turned|turns)\\s+(?:(?:\\d+|${NUMBER_WORDS.join('|')})(?:,|,?\\s+and)\\s+)*$`,
  'i',
)
const PERSON_THEN_COMMA =
  /\b(man|woman|boy|girl|child|teenager|resident|pensioner|driver|mother|father|son|daughter|wife|husband|soldier|officer|volunteer|(?:[A-Z][\p{L}'’-]+\s+)?[A-Z][\p{L}'’-]+)\s*,\s*$/u

/**
 * Whether a bare number is an age: after "aged" or "died at" (true), or in commas after a person ("a man, 45,",
 * "Olena Kovalenko, 45,"), who is returned.
 */
function ageBefore(before: string, rest: string): string | true | null {
  if (AGED.test(before)) return true
  const person = /^\s*,/.test(rest) ? before.match(PERSON_THEN_COMMA)?.[1] : undefined
  // "Moskalik, 59,": a surname alone will do, but not "On Monday, 12, …".
  if (!person || NO_NAME.test(person.split(/\s+/).at(-1) ?? '')) return null
  return /^[A-Z]/.test(person) ? 'person' : person.toLowerCase()
}

/**
 * "A two-hour phone call", "the meeting lasted 15 minutes", "they spoke for 90 minutes": the length of talks,
 * which outlets that differ on it dispute, and whether they were a call or a meeting where the words say
 * ("spoke" and "talks" do not). Nothing for other lengths.
 */
function talkOf(
  sentence: Sentence,
  draft: Draft,
  previous: Sentence | undefined,
): Pick<Quantity, 'subject' | 'talk'> {
  if (draft.role !== null || (draft.unit !== 'hour' && draft.unit !== 'minute'))
    return { subject: draft.subject }
  const after = sentence.text.slice(draft.end - sentence.start, draft.end - sentence.start + 40)
  const before = sentence.text.slice(
    Math.max(0, draft.start - sentence.start - 160),
    draft.start - sentence.start,
  )
  // "The two leaders spoke for 12 minutes at a news conference": a statement to the press, not their talks.
  if (PRESS_CONFERENCE.test(after)) return { subject: draft.subject }
  // "spoke by phone on Monday for 2½ hours": the words up to the length may say it was a call.
  // "The conversation … has ended. According to Putin, it lasted more than two hours": "it" is the talks
  // the sentence before names.
  const talkAfter = after.match(TALK_AFTER)
  const words =
    talkAfter?.[1] ??
    talkAfter?.[2] ??
    before.match(TALK_BEFORE)?.[0] ??
    (IT_LASTED.test(before) ? allMatches(TALK_NOUN_WORD, previous?.text ?? '').at(-1)?.[0] : undefined)
  if (!words) return { subject: draft.subject }
  // "interrupted the meeting to phone Putin for half an hour": of the words that say a call or a meeting,
  // the nearest to the length names its talks.
  const said = allMatches(TALK_WORD, words)
    .map((m) => (/call|phone/i.test(m[0]) ? 'call' : /meeting|summit|^met$/i.test(m[0]) ? 'meeting' : null))
    .filter((talk) => talk !== null)
  const talk = said.at(-1) ?? null
  return { subject: 'talks', talk }
}

/**
 * An article that gives two lengths of talks ("two hours with Putin, 30 minutes with Zelensky") does not say
 * which talks each is of: its lengths are left as plain lengths. A call's length and a meeting's say which
 * they are ("phoned Putin for half an hour", "Friday's summit lasted three hours"): each keeps its talks.
 */
function oneLengthPerTalk(quantities: Quantity[]): Quantity[] {
  const minutes = (q: Quantity) => (q.unit === 'hour' ? q.value * 60 : q.value)
  const isLength = (q: Quantity) => !!q.subject && (q.unit === 'hour' || q.unit === 'minute') && !q.role
  const lengths = quantities.filter(isLength)
  const mayBeOneTalk = (a: Quantity, b: Quantity) =>
    a.subject === b.subject && (!a.talk || !b.talk || a.talk === b.talk)
  const unsure = (q: Quantity) => lengths.some((o) => minutes(o) !== minutes(q) && mayBeOneTalk(o, q))
  return quantities.map((q) => (isLength(q) && unsure(q) ? { ...q, subject: null } : q))
}

/** The range an approximation allows around `value`: "more than 70" is 70..∞, "nearly four" is 3.6..4. */
function boundsOf(approx: string, value: number): [number, number] {
  if (ABOVE.test(approx)) return [value, Number.POSITIVE_INFINITY]
  if (BELOW.test(approx)) return [0, value]
  if (NEAR_BELOW.test(approx)) return [value * 0.9, value]
  return [value * 0.9, value * 1.1]
}

/** Whether two units are both weapons or both people. */
function sameFamily(a: string | null, b: string | null): boolean {
  if (!a || !b) return false
  return (MUNITIONS.has(a) && MUNITIONS.has(b)) || (PEOPLE.has(a) && PEOPLE.has(b))
}

function draftsOf(sentence: Sentence): Draft[] {
  const drafts: Draft[] = []
  // Where a range read so far ends: "400–500" is one count, its upper bound not another.
  let covered = 0
  for (const match of allMatches(NUMBER, sentence.text)) {
    const groups = match.groups ?? {}
    const phrase = match[0]
    const at = match.index ?? 0
    if (at < covered) continue
    // Only the few words before a number qualify it; the whole prefix would make every look-behind linear.
    const before = sentence.text.slice(Math.max(0, at - 60), at)
    const following = sentence.text.slice(at + phrase.length)
    // "400-500 drones", "40 to 50 drones": a range, its noun after the upper bound ("a 10-5 vote" is no
    // range, and "rose from 9 to 12" is two counts).
    const ranged =
      /^\s?[-–]/.test(following) || (/^\s+to\s+\d/.test(following) && !/\bfrom\s+$/i.test(before))
    const rangeEnd = groups.num && ranged ? following.match(RANGE_END) : null
    const upper = rangeEnd ? parseNumber(rangeEnd[1] ?? '') : null
    const range =
      upper !== null && upper > (parseNumber(phrase) ?? Number.POSITIVE_INFINITY) ? rangeEnd : null
    // "500-odd drones": some over 500; "50-plus drones": 50 or more.
    const odd = !range && groups.num ? following.match(/^[-\s](?:odd|plus)\b/i) : null
    const rest = following.slice(range?.[0].length ?? odd?.[0].length ?? 0)
    if (range) covered = at + phrase.length + range[0].length
    let value: number | null
    let unit: string | null = null
    let noun: string | null = null
    let role: Role | null = null
    let subject: string | null = null
    let side: string | null | undefined
    let end = at + phrase.length + (range?.[0].length ?? odd?.[0].length ?? 0)
    let part = false
    if (groups.half) {
      // "two hours and a half", "a two-and-a-half-hour call"
      const [, count = '', span = ''] =
        phrase.match(/^(.+?)[\s-]+(?:and[\s-]+a[\s-]+half[\s-]+)?((?:year|month|week|day|hour)s?)\b/i) ?? []
      value = (/^(?:a|an)$/i.test(count) ? 1 : (parseNumber(count) ?? 0)) + 0.5
      unit = singular(span)
      noun = unit
      // "a one-and-a-half-year-old girl"
      const old = rest.match(/^-old\b/i)
      if (old) {
        role = 'age'
        end += old[0].length
        subject = whoseAge(sentence.text, end)
      }
    } else if (groups.frac) {
      // "its fourth year", "the third attack": an ordinal, unless a count or "of" makes it a share.
      const counted = /^(?:a|an|one|two|three|four)[\s-]/i.test(phrase) || /^half$/i.test(phrase)
      if (!counted && !/^\s+of\b/i.test(rest)) continue
      value = parseFraction(phrase)
      unit = 'fraction'
      // "a quarter of an hour", "half an hour": a length, in the next smaller unit, to meet "15 minutes".
      const span = rest.match(/^\s+(?:of\s+)?an?\s+(hour|day|year)\b/i)
      const [smaller, per] = SMALLER[span?.[1]?.toLowerCase() ?? ''] ?? []
      if (span && smaller && per && value !== null) {
        value = Math.round(value * per * 100) / 100
        unit = smaller
        end += span[0].length
      }
    } else if (groups.oneWeapon) {
      // "405 drones, a Kinzhal aeroballistic missile, four…": one, of that model, in a list of counts.
      if (!/^\s+[A-Z]/.test(rest) || !/(?:,|\band)\s+$/.test(before) || !/\d/.test(before)) continue
      const found = scanNoun(rest)
      if (!found.noun || !found.unit || !MUNITIONS.has(found.unit)) continue
      value = 1
      noun = found.noun
      unit = found.unit
      side = found.side
      end += found.length
    } else if (groups.one) {
      const who = rest.match(ONE_WHO)
      value = 1
      noun = who?.[1] ?? null
      unit = noun ? subjectClass(noun) : null
      end += who?.[0].length ?? 0
    } else {
      value = parseNumber(phrase)
      // "a", and the "000" of "5 000" spaced by a plain space, count nothing alone.
      if (/^(?:a|an|0\d+)$/i.test(phrase)) value = null
    }
    if (value === null) continue
    // "$500 billion", "€1.5 million": money, its sign before the number.
    const currency = groups.num ? before.match(/(?:US|A|C)?([$€£])$/) : null
    if (!currency && /\d ?(?:bn|tn|m)$/i.test(phrase)) continue
    if (currency) unit = CURRENCIES[currency[1] ?? ''] ?? null
    else if (groups.num) {
      // "two months ago" is a date, which the date extractor reads.
      if (/^\s+(?:days?|weeks?|months?|years?)\s+ago\b/i.test(rest)) continue
      // Dates and clock times belong to the date extractor: "24 April", "April 24", "Aug. 28", "2014", "00:36".
      if (
        /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+$/.test(
          before,
        )
      )
        continue
      const firstWord = rest.match(/^\s+([A-Za-z]+)/)?.[1] ?? ''
      if (MONTH.test(firstWord) && value <= 31) continue
      if (/^\s*(?:a\.?m\.?|p\.?m\.?|GMT|UTC|local time)\b/i.test(rest)) continue
      if (/^one$/i.test(phrase) && /\b(?:no|one)\s+$/i.test(before)) continue
      // "one of the deadliest attacks", "one of the most powerful": a rank, not a count.
      if (/^one$/i.test(phrase) && /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:most|least|\w+est)\b/i.test(rest))
        continue
      const compound = rest.match(
        /^-(year|month|week|day|hour|minute|second|mile|kilometre|kilometer|km|point)s?(-old|-long)?\b/i,
      )
      const percent = rest.match(/^(?:\s?%|\s+(?:percent|per\s+cent)\b)/i)
      // "one in five homes", "nine in every ten drones": a share, and the second number counts nothing.
      const inEvery = rest.match(IN_EVERY)
      const whole = inEvery ? parseNumber(inEvery[1] ?? '') : null
      // "a five-storey building", "a 12-member delegation": the number describes a noun it does not count.
      if (!compound && /^-\p{L}/u.test(rest)) continue
      // "two of the dead were children": a part of a toll the text has already given, not a toll.
      // ("14 of the 23 injured had been hospitalised": the whole's count may stand before it.)
      // ("Eight out of the 12 people injured have been hospitalized": so may "out of" and the people.)
      if (
        /^\s+(?:out\s+)?of\s+(?:the\s+)?(?:\d+\s+)?(?:people\s+)?(?:dead|victims|injured|wounded|casualties|fatalities)\b/i.test(
          rest,
        )
      )
        continue
      // "17 people were wounded, three of them seriously", "14 of them hospitalised", "12 killed, 10 of whom
      // remain unidentified": how badly some were hurt, or who they were, not another toll.
      if (
        /^\s+of\s+(?:them|whom)\s+(?:(?:were|are|was|have\s+been|had\s+been|remain|remains|remained)\s+)?(?:still\s+)?(?:seriously|critically|severely|badly|gravely|in\s+(?:a\s+)?(?:serious|critical|grave)|hospitali[sz]ed|(?:taken|admitted|rushed)\s+to\s+(?:a\s+)?hospital|in\s+hospital|unidentified|not\s+(?:yet\s+)?identified)\b/i.test(
          rest,
        )
      )
        continue
      // "Ten bodies are currently unidentified": how many of the dead are yet to be named, not another toll.
      if (
        /^\s+(?:bodies\s+|victims\s+|of\s+the\s+(?:dead|victims|bodies)\s+)?(?:are|remain|were)\s+(?:currently\s+|still\s+)?(?:unidentified|not\s+(?:yet\s+)?identified)\b/i.test(
          rest,
        )
      )
        continue
      // "47 people have been hospitalized, of whom seven are in critical condition": the same, the whole first.
      if (
        /\b(?:of\s+(?:whom|them|those)|among\s+them)\s+$/i.test(before) &&
        /^\s+(?:are|were|is|was|remain|remains)\s+(?:still\s+)?(?:in\s+(?:a\s+)?(?:serious|critical|grave|severe|stable)|seriously|critically|severely|gravely|in\s+hospital|hospitali[sz]ed)\b/i.test(
          rest,
        )
      )
        continue
      // "82 were injured, with 44 requiring hospitalisation", "12 wounded, including eight hospitalized": how
      // many of the toll are in hospital.
      if (
        /\b(?:with|including)\s+$/i.test(before) &&
        /^\s+(?:of\s+them\s+)?(?:(?:requiring|needing|in\s+need\s+of)\s+(?:hospitali[sz]ation|hospital|treatment)|hospitali[sz]ed|in\s+hospital|in\s+(?:a\s+)?(?:serious|critical|grave)\s+condition)\b/i.test(
          rest,
        )
      )
        continue
      // "…injured at least 12 people — eight were hospitalized, and four received outpatient care": how the
      // hurt were treated, after their toll, is no toll.
      if (HURT_BEFORE.test(before) && TREATED.test(rest)) continue
      // "95 people were injured. 52 of them, including 17 children, were hospitalized.": the same, told after.
      if (
        TREATED.test(rest.replace(/^(\s+of\s+(?:them|whom))\s*,[^,;]*,/i, '$1')) &&
        /^\s+of\s+(?:them|whom)\b/i.test(rest)
      )
        continue
      if (compound) {
        unit = singular(compound[1] ?? '')
        end += compound[0].length
        if (compound[2]?.toLowerCase() === '-old') {
          role = 'age'
          subject = whoseAge(sentence.text, end)
        }
      } else if (percent) {
        unit = 'percent'
        end += percent[0].length
      } else if (inEvery && whole && value < whole) {
        value = value / whole
        unit = 'fraction'
        end += inEvery[0].length
        covered = end
      } else {
        const found = scanNoun(rest)
        // "French-supplied Mirage 2000 jets", "Shahed 136 drones": a name's number counts nothing. A toll after
        // a name ("told Reuters 15 people died") is still one, and so are times and lengths ("attacked
        // Kharkiv 24 times", "shelled Kherson 12 hours straight"): no model's name goes on so.
        if (/^\d+$/.test(phrase) && followsName(before) && !COUNTED_AFTER_NAME.has(found.unit ?? '')) continue
        side = found.side
        // ("aged three months": an age in months or years is an age too.)
        const lasting = !!found.noun && (found.unit === 'month' || found.unit === 'year')
        const aged = found.noun && !lasting ? null : ageBefore(before, rest)
        if (aged) {
          // "died at the age of 88", "aged 88", "a man, 45, and a woman, 38": an age, not a toll.
          unit = lasting ? found.unit : 'year'
          role = 'age'
          if (lasting) end += found.length
          if (aged !== true) subject = subjectClass(aged)
          else {
            // "a child aged 12", "a boy who had just turned 12": whose age it is, named before.
            const whose = before.match(PERSON_AGED)?.[1]
            if (whose) subject = subjectClass(whose)
          }
        } else if (found.noun) {
          // "1 min read": a page's reading time, not the story's.
          if (found.unit === 'minute' && /^\s+read\b/i.test(rest.slice(found.length))) continue
          noun = found.noun
          unit = found.unit
          role = roleOfNoun(found.noun) as Role | null
          end += found.length
        } else {
          // "266 of the drones were shot down": a part of a whole the text has named; the span stays the number.
          // "six of the city's districts": the city's is whose they are.
          const whole = rest.match(PART_OF_WHOLE)
          const words = whole?.[1]?.split(/\s+/) ?? []
          // A noun of a known class, or else a plain plural ("six of the city's ten districts").
          const plural = value > 1 ? words.find(isPlainPlural) : undefined
          const named =
            words
              .map((w, k) => ({
                w,
                cls: isUnmanned(words.slice(0, k + 1).join(' '), w) ? 'drone' : unitClass(w),
              }))
              .find((x) => x.cls) ?? (plural ? { w: plural, cls: singular(plural) } : undefined)
          if (named) {
            noun = named.w
            unit = named.cls
          }
          // "30 injured, five of them children": a part of the toll before it, as "including five children" is;
          // "741 aerial weapons, 728 of them drones": a part of the weapons, of one kind.
          // "three people were killed, one of them a small child": the child is the part.
          const share = rest.match(
            /^\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+|was\s+|is\s+)?(?:an?\s+(?:(?:small|young|little|teenage|\d+-year-old)\s+)?)?([\p{L}-]+)/u,
          )
          const kind = share?.[1] ? unitClass(share[1]) : null
          if (share && kind && kind !== 'person' && (PEOPLE.has(kind) || MUNITIONS.has(kind))) {
            noun = share[1] ?? null
            unit = kind
            end += share[0].length
            part = true
          }
          // "337 drones downed, 91 of them over the Moscow region": a part of the whole, by place.
          if (/^\s+of\s+(?:them|those|these)\s+(?:in|over|across|near|around|above)\b/i.test(rest))
            part = true
        }
        const isYear = /^\d{4}$/.test(phrase) && value >= 1800 && value <= 2100
        if (isYear && !(found.noun && unitClass(found.noun))) continue
      }
    }
    const lead = currency?.[0].length ?? 0
    const approxMatch = before.slice(0, before.length - lead).match(APPROX)
    if (approxMatch && approxMatch.index === 0 && at > 60)
      approxMatch[0] = approxMatch[0].replace(/^\S*\s+/, '')
    // "damage extended over six of the city's districts": "over" after a verb of extent is where, not how many.
    // "the toll climbed up to 21": "up" is the verb's, and the toll is 21. "Kostin spoke about 73 victims":
    // "about" is what he spoke of.
    const preceding = before.slice(0, before.length - lead - (approxMatch?.[0].length ?? 0))
    const verbs =
      !!approxMatch &&
      ((/^over\s+$/i.test(approxMatch[0]) && SPREAD_OVER.test(preceding)) ||
        (/^up\s+to\s+$/i.test(approxMatch[0]) && RISE_UP.test(preceding)) ||
        (/^about\s+$/i.test(approxMatch[0]) && TOLD_ABOUT.test(preceding)))
    const approxWords = verbs ? '' : (approxMatch?.[0] ?? '')
    const precise = approxWords.match(PRECISE)
    let start = at - lead
    let min = value
    let max = value
    let approx: string | null = null
    if (precise) {
      approx = precise[0]
        .trim()
        .toLowerCase()
        .replace(/\s+(?:the|an?)$/, '')
      start = at - lead - precise[0].length
      ;[min, max] = boundsOf(approx, value)
    }
    // "more than 79 missiles and 100 drones": a pair of counts shares its first one's approximation where
    // the second is round, as an approximate figure is ("over 470 drones and 47 missiles" gives 47 exactly).
    const pair = drafts.at(-1)
    if (
      !approx &&
      value >= 10 &&
      value % 10 === 0 &&
      pair?.approx &&
      !pair.approx.startsWith('between') &&
      PRECISE.test(`${pair.approx} `) &&
      /^\s+and\s+$/i.test(sentence.text.slice(pair.end - sentence.start, start)) &&
      sameFamily(pair.unit, unit ? (unitClass(unit) ?? unit) : null)
    ) {
      approx = pair.approx
      ;[min, max] = boundsOf(approx, value)
    }
    if (odd && !approx && /plus/i.test(odd[0])) {
      approx = 'more than'
      max = Number.POSITIVE_INFINITY
    } else if (odd && !approx) {
      approx = 'some'
      max = value * 1.2
    }
    if (range && upper !== null) {
      approx = `between ${phrase} and`
      min = value
      max = upper
      value = upper
    }
    side ??= scanNoun(rest).side
    drafts.push({
      value,
      min,
      max,
      approx,
      unit: unit ? (unitClass(unit) ?? unit) : null,
      noun,
      role,
      subject,
      fate: null,
      side,
      start: sentence.start + start,
      end: sentence.start + end,
      numberEnd: sentence.start + at + phrase.length + (range?.[0].length ?? 0),
      continues: CONTINUES.test(approxWords),
      including: part || /\b(?:including|among\s+(?:them|whom))\s+(?:a\s+|an\s+)?$/i.test(before),
      negated:
        /\b(?:none|neither|not\s+(?:a\s+single\s+)?one)\s+of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?$/i.test(
          before,
        ),
      classifies: false,
    })
  }
  return joinRanges(sentence, joinLengths(sentence, drafts))
}

/**
 * "almost two dozen missiles from the Black Sea", "20 Kalibr missiles fired from ships in the Black Sea": the
 * weapons of one sea, a part of the night's that counts from one sea alone (a list of places launched from,
 * "from the Black Sea and Crimea", is none). Other outlets' counts from that sea are the same quantity.
 */
const FROM_SEA =
  /^\s+(?:(?:were\s+)?(?:launched|fired)\s+)?from\s+(?:(?:ships?|warships?|vessels?|submarines?|carriers?)\s+in\s+)?the\s+(?:(?<sea>Black|Caspian|Azov)\s+Sea|Sea\s+of\s+(?<azov>Azov))\b(?!,?\s+(?:and|or|as\s+well\s+as)\s+(?:from\s+)?(?:the\s+)?(?:[A-Z]|(?:ships|aircraft|planes|bombers|land)\b))/
/**
 * A kind that sorts weapons by where they came from or what downed them ("Black Sea", "by aircraft"): a part
 * that the kinds by type may hold some of already, so no kind they add up with.
 */
export const isPartKind = (kind: string | null | undefined) =>
  !!kind && (kind.endsWith(' Sea') || kind.startsWith('by '))

/** The aircraft that downed weapons, as a text names them. */
const AIRCRAFT = String.raw`(?:F-16s?|Mirages?|(?:fighter\s+)?jets?|fighters|pilots?|helicopters?|aircraft|aviation)`
/** The units of their own that downed weapons, as a text names them. */
const UNITS_OF_THEIR_OWN = String.raw`(?:crews?|gunners?|brigades?|battalions?|mobile\s+fire\s+groups?)`
/**
 * "The pilot used all of his weapons and shot down seven air targets", "the crew of a Mi-8 helicopter shot down
 * 12 drones": a pilot, a crew or a unit that downed the count, before the verb.
 */
const DOWNED_BY_BEFORE = new RegExp(
  String.raw`\b(?:${AIRCRAFT}|${UNITS_OF_THEIR_OWN})\b[^.;:!?]{0,80}?\b(?:shot\s+down|downed|destroyed|intercepted)\s+$`,
  'i',
)
/** "11 cruise missiles shot down by F-16 fighter jets", "11 of which were intercepted by our F-16s": after it. */
const DOWNED_BY_AFTER = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+){0,6}?(?:shot\s+down|downed|destroyed|intercepted)\s+(?:by|with\s+the\s+help\s+of)\s+(?:our\s+|Ukraine['’]s\s+|Ukrainian\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:${AIRCRAFT}|${UNITS_OF_THEIR_OWN})\b`,
  'i',
)
/**
 * What downed a count of the downed where it is an aircraft or a unit of its own ("by aircraft", "by one
 * unit"): a part of the night's downed, which other outlets' counts of it are set against.
 */
function downedBy(sentence: Sentence, draft: Draft): string | null {
  // ("including 11 shot down by F-16s": the verb after the count is its own, whatever the whole's.)
  const m =
    DOWNED_BY_AFTER.exec(sentence.text.slice(draft.end - sentence.start)) ??
    (draft.role === 'downed'
      ? DOWNED_BY_BEFORE.exec(sentence.text.slice(0, draft.start - sentence.start))
      : null)
  // ("the crew of a Mi-8 helicopter": a crew of an aircraft is the aircraft's.)
  return !m ? null : AIRCRAFT_WORD.test(m[0]) ? 'by aircraft' : 'by one unit'
}
const AIRCRAFT_WORD = new RegExp(String.raw`\b${AIRCRAFT}\b`, 'i')

/** The sea a count of weapons was fired from, as its kind ("Black Sea"): see FROM_SEA. */
function seaOf(sentence: Sentence, draft: Draft): string | null {
  const m = FROM_SEA.exec(sentence.text.slice(draft.end - sentence.start))
  const sea = m?.groups?.sea ?? m?.groups?.azov
  return sea ? `${sea} Sea` : null
}

/** Words that sort missiles by kind: "cruise missiles", "air-launched missiles". */
const KIND_WORD =
  /^(?:cruise|ballistic|aeroballistic|hypersonic|guided|glide|anti-aircraft|anti-ship|decoy|attack|strike|reconnaissance|jet-powered)$/i
// (", including the Oreshnik, and ": an aside with no count of its own still joins the list.)
const LIST_JOIN =
  /^\s*(?:,\s*(?:(?:including|among\s+them)\b[^,;:()\d]*,\s*)?(?:and\s+|as\s+well\s+as\s+|plus\s+)?|\s+(?:and|as\s+well\s+as|plus)\s+)$/i

/**
 * "seven Kh-101 cruise missiles and six Kinzhal ballistic missiles": counts of missiles of one fate,
 * listed together, each of its own kind. The kind of each, by the list's position, or nothing. Drones are
 * left whole: "88 Shahed drones and 128 decoys" are, to other outlets, 88 drones and 128 decoys.
 */
function kindsListed(sentence: Sentence, drafts: readonly Draft[]): (string | null)[] {
  const kinds: (string | null)[] = drafts.map(() => null)
  let run: number[] = []
  // "a Kinzhal aeroballistic missile, four Iskander-M ballistic missiles, nine Iskander-K cruise missiles":
  // where two of a list are of one sort, their models tell them apart.
  const close = () => {
    const sorts = run.map((i) => kindOf(sentence, drafts[i] as Draft))
    const found =
      new Set(sorts).size === sorts.length
        ? sorts
        : run.map((i) => kindOf(sentence, drafts[i] as Draft, true))
    if (run.length >= 2 && found.every((k) => k) && new Set(found).size === found.length)
      for (const [k, i] of run.entries()) kinds[i] = found[k] ?? null
    run = []
  }
  for (const [i, draft] of drafts.entries()) {
    const last = drafts[run.at(-1) ?? -1]
    const joins =
      !!last &&
      last.unit === draft.unit &&
      last.role === draft.role &&
      LIST_JOIN.test(sentence.text.slice(last.end - sentence.start, draft.start - sentence.start))
    if (!joins) close()
    if (draft.unit === 'missile' && draft.noun) run.push(i)
  }
  close()
  // "30 missiles, including 11 ballistic ones": a part of the whole, sorted by its kind.
  for (const [i, draft] of drafts.entries())
    if (draft.including && draft.unit === 'missile' && draft.noun && !kinds[i])
      kinds[i] = kindOf(sentence, draft)
  return kinds
}

/** A count's kind, from its noun ("two Kinzhals") or the words before it ("Kh-101 cruise missiles"). */
/** The last word of a count's that sorts missiles ("cruise", "ballistic"), if any. */
function sortIn(words: readonly string[]): string | undefined {
  // A Kinzhal is "aeroballistic" to one outlet and "ballistic" to the next: one kind.
  return words
    .filter((w) => KIND_WORD.test(w))
    .at(-1)
    ?.toLowerCase()
    .replace(/^aeroballistic$/, 'ballistic')
}

function kindOf(sentence: Sentence, draft: Draft, byModel = false): string | null {
  const noun = draft.noun ?? ''
  if (!ONES.test(noun) && unitClass(noun.toLowerCase()) && singular(noun.toLowerCase()) !== draft.unit)
    return modelName(capitalised(singular(noun.toLowerCase())))
  const words = sentence.text
    .slice(draft.numberEnd - sentence.start, draft.end - sentence.start - noun.length)
    .trim()
    .split(/\s+/)
    .filter(Boolean)
  const sort = byModel ? undefined : sortIn(words)
  if (sort) return sort
  const model = words.find((w) => /^[A-Z]/.test(w) && !/^(?:Russian|Ukrainian|Iranian|Russia['’]s)$/.test(w))
  return model ? modelName(model.replace(/-type$/, '')) : null
}

/** One model, transliterated two ways: the Zircon is the Tsirkon. */
const MODEL_SPELLINGS: Record<string, string> = { Tsirkon: 'Zircon', Cirkon: 'Zircon' }
const modelName = (model: string) => MODEL_SPELLINGS[model] ?? model

const ALL_OF_THEM =
  /^(?:\s+(?:at|on|against)\s+[A-Z][\p{L}-]+)?(?:\s+overnight)?\s*[,;]?\s*(?:and\s+)?all\s+(?:of\s+(?:which|them)\s+)?(?:were|was|had\s+been|have\s+been)\s+(shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed)\b/u
const PART_OF_WHOLE =
  /^\s+(?:out\s+)?of\s+(?:the|those|these|its|their|all(?:\s+the)?)\s+(?:[\p{L}-]+['’]s\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,2})/iu
const IN_EVERY = new RegExp(`^\\s+in\\s+(?:every\\s+)?(\\d+|${WORD})\\b`, 'i')
/** "all six missiles", "all the 12 drones": every one of a count, its role still to be told. */
const ALL_BEFORE = /\ball\s+(?:of\s+)?(?:the\s+)?$/i
const THE_FEW = /\b(?:the|both|these|those)\s+$/i

/** "11 ballistic ones": a count that names its kind and leaves what it counts to the count before. */
const ONES = /^ones$/i

const capitalised = (word: string) => word.replace(/^\p{L}/u, (c) => c.toUpperCase())

/**
 * "711 targets were neutralised: 296 drones were shot down and 415 went missing": a count of weapons in all
 * that the counts after it, all of one weapon, add up to exactly, is a count of that weapon.
 */
function wholesOfParts(drafts: Draft[]) {
  for (const [i, whole] of drafts.entries()) {
    if (whole.unit !== 'air weapon') continue
    const parts = drafts.slice(i + 1).filter((d) => d.unit && MUNITIONS.has(d.unit))
    const unit = parts[0]?.unit
    if (
      parts.length >= 2 &&
      unit !== 'air weapon' &&
      parts.every((d) => d.unit === unit && d.role !== whole.role) &&
      parts.reduce((n, d) => n + d.value, 0) === whole.value
    )
      whole.unit = unit ?? whole.unit
  }
}

/** What stands between two counts of one weapon by place: " over Moscow and ", ", including ", ", ". */
const BY_PLACE_GAP =
  /^(?:\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:[a-z]+\s+){0,2}(?:over|in|above|across|near)\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2})?\s*,?\s*(?:(?:and|while|with|including)\s+)?$/iu
/** "all four of the capital's airports": the whole a count is part of names what it counts. */
const OF_THE_NOUN =
  /^\s+of\s+(?:the|its|their|these|those)\s+(?:[\p{L}-]+['’]s\s+)?(?:[\p{Ll}-]+\s+)?(\p{Ll}+s)\b/u
const OF_THE_WHOLE =
  /^\s+(?:out\s+)?of\s+(?:the|its|their|these|those|all)\s+(?:(?:aerial|air|enemy|russian|incoming|attack)\s+){0,2}(targets|drones|missiles|weapons|uavs|shaheds)\b/i

/** What stands between two counts of one weapon of two fates: " were shot down and ", ", while ". */
const SIBLING_GAP =
  /^\s+(?:(?:were|was|have\s+been|had\s+been|are)\s+)?[a-z]+(?:\s+[a-z]+){0,3}\s*(?:,\s*|,?\s+(?:and|while|but|whereas)\s+)$|^\s*,\s*(?:and\s+|while\s+)?$/

/**
 * "Of the 273 drones launched, 128 disappeared": in a sentence that opens on "Of …,", the first count
 * after the opening phrase is a part of the whole it names; the counts after that are not.
 */
function firstAfterOpening(sentence: Sentence, drafts: readonly Draft[], i: number): boolean {
  const opening = sentence.text.match(/^\s*(?:Of|Among)\s[^,:;]*[,:;]/)
  if (!opening) return false
  const end = sentence.start + opening[0].length
  const draft = drafts[i] as Draft
  return draft.start >= end && drafts.slice(0, i).every((d) => d.start < end)
}

/** "between 400 and 500 drones": one count, of a range, not a bare 400 and 500 drones. */
function joinRanges(sentence: Sentence, drafts: Draft[]): Draft[] {
  for (let i = drafts.length - 2; i >= 0; i--) {
    const low = drafts[i] as Draft
    const high = drafts[i + 1] as Draft
    if (low.unit || low.approx || high.approx || high.value <= low.value) continue
    const local = low.start - sentence.start
    const between = /\bbetween\s+$/i.exec(sentence.text.slice(Math.max(0, local - 12), local))
    const and = sentence.text.slice(low.end - sentence.start, high.start - sentence.start)
    if (!between || !/^\s+and\s+$/.test(and)) continue
    const words = sentence.text.slice(local, high.start - sentence.start).trim()
    drafts.splice(i, 2, {
      ...high,
      min: low.value,
      approx: `between ${words}`,
      start: low.start - between[0].length,
    })
  }
  return drafts
}

/** "two hours and five minutes", "1 hour, 40 minutes": one length, in minutes, not two counts. */
function joinLengths(sentence: Sentence, drafts: Draft[]): Draft[] {
  for (let i = drafts.length - 2; i >= 0; i--) {
    const hours = drafts[i] as Draft
    const minutes = drafts[i + 1] as Draft
    if (hours.unit !== 'hour' || minutes.unit !== 'minute' || minutes.approx) continue
    const between = sentence.text.slice(hours.end - sentence.start, minutes.start - sentence.start)
    if (!/^(?:,?\s+and\s+|,\s*|\s+)$/.test(between)) continue
    const value = hours.value * 60 + minutes.value
    const above = hours.max === Number.POSITIVE_INFINITY
    drafts.splice(i, 2, {
      ...hours,
      value,
      min: hours.approx ? hours.min * 60 + minutes.value : value,
      max: above ? hours.max : hours.approx ? hours.max * 60 + minutes.value : value,
      unit: 'minute',
      noun: minutes.noun,
      end: minutes.end,
      numberEnd: minutes.numberEnd,
    })
  }
  return drafts
}

const MUNITION_PAIR =
  /^,?\s+(?:and|or|&)\s+(?:(?:cruise|ballistic|guided|attack|aerial|glide|[A-Z][\p{L}-]*)\s+){0,2}(\p{L}+)/u

/** Reads the counted noun after a number, past its modifiers: "145 Shahed-type drones" → drones. */
/**
 * "unmanned aerial vehicles", "45 unmanned aircraft", "41 of the unmanned aerial vehicles": a vehicle or
 * aircraft with no crew is a drone. `words` runs up to and including `noun`.
 */
function isUnmanned(words: string, noun: string): boolean {
  return /^(?:vehicles?|aircraft)$/i.test(noun) && /\b(?:unmanned|uncrewed|pilotless|aerial)\b/i.test(words)
}

/** The noun after a number, its quote marks balanced: 88 "Shahed" drones, "two weeks" (not `two weeks"`). */
function scanNoun(rest: string): ReturnType<typeof scanWords> {
  const found = scanWords(rest)
  const quoted = rest.slice(0, found.length)
  if (isBalanced(quoted)) return found
  if (/["”»]$/.test(quoted) && isBalanced(quoted.slice(0, -1))) return { ...found, length: found.length - 1 }
  if (/^["”»]/.test(rest.slice(found.length))) return { ...found, length: found.length + 1 }
  return found
}

const isBalanced = (text: string) =>
  (text.match(/"/g) ?? []).length % 2 === 0 &&
  (text.match(/[“«]/g) ?? []).length === (text.match(/[”»]/g) ?? []).length

function scanWords(rest: string): {
  noun: string | null
  unit: string | null
  length: number
  side: string | null
} {
  // Word by word, lazily: the noun is a few words on, never the whole rest of the sentence.
  // A weapon's model is one word: "Kh-59/69", "Tu-95MS", "Kh-47M2", "Iskander-M/KN-23", "3M22", "9M723".
  // A model's name may stand in quote marks: 88 "Shahed" drones.
  const tokens =
    /\s*(?:["“«](?=\p{L}))?([\p{L}][\p{L}'’-]*(?:(?<=-)\d+(?:\/\d+)*[\p{L}\d]*)?(?:\/[A-Z\d][\p{L}\d-]*)*|\d+[A-Z][A-Z\d-]*|%)(?:(?<=\p{L})["”»])?/uy
  let length = 0
  let side: string | null = null
  let first: { noun: string; length: number } | null = null
  let steps = 0
  for (let token = tokens.exec(rest); token; token = tokens.exec(rest)) {
    const word = token[1] ?? ''
    // "At Least 26 Killed In Russian Missile Strike": a headline's verb, capitalised, ends the count.
    if (steps === 0 && HEADLINE_VERB.test(word)) break
    // "five suffered serious wounds": a verb, not an adjective of the noun after it.
    if (/^(?:suffered|sustained|received)$/.test(word)) break
    // "four hit targets", "three got through": a verb right after the count, not an adjective of a noun.
    if (steps === 0 && /^(?:hit|struck|reached|got|penetrated|exploded|crashed|fell|landed)$/.test(word))
      break
    length += token[0].length
    const lower = word.toLowerCase()
    if (NATIONALITY.test(lower)) side ??= lower
    // "45 unmanned aircraft", "99 unmanned aerial vehicles of aircraft type": what flies with no crew is a
    // drone, and the words after it describe it.
    if (isUnmanned(rest.slice(0, length), lower)) return { noun: word, unit: 'drone', length, side }
    const cls = unitClass(lower)
    if (cls && MUNITIONS.has(cls)) {
      // "215 drones and missiles": one count of two kinds of weapon is the air force's total.
      const other = rest.slice(length).match(MUNITION_PAIR)
      const otherClass = other ? unitClass(other[1] ?? '') : null
      if (other && otherClass && otherClass !== cls && MUNITIONS.has(otherClass))
        return { noun: `${word}${other[0]}`, unit: 'air weapon', length: length + other[0].length, side }
    }
    if (cls) {
      // "two apartment buildings", "50 Shahed attack drones": the noun of a compound is its last word.
      let at = length
      for (let k = 0; k < 2; k++) {
        NEXT_WORD.lastIndex = at
        const next = NEXT_WORD.exec(rest)?.[1]
        if (!next) break
        at = NEXT_WORD.lastIndex
        // "two fighter jets": the last noun names what is counted; "45 soldier deaths", what befell them.
        // "four Kalibr missile carriers", "12 drone attacks": a weapon that names what is counted is none.
        if (MUNITIONS.has(cls) && WEAPON_HELD.test(next))
          return { noun: next, unit: singular(next.toLowerCase()), length: at, side }
        const nextClass = unitClass(next)
        if (nextClass && MUNITIONS.has(nextClass)) {
          NEXT_WORD.lastIndex = at
          const held = NEXT_WORD.exec(rest)?.[1]
          if (held && WEAPON_HELD.test(held))
            return { noun: held, unit: singular(held.toLowerCase()), length: NEXT_WORD.lastIndex, side }
        }
        if (nextClass) return { noun: next, unit: roleOfNoun(next) ? cls : nextClass, length: at, side }
        if (!MODIFIERS.has(next.toLowerCase())) break
      }
      return { noun: word, unit: cls, length, side }
    }
    const wordsBefore = rest.slice(0, length - token[0].length + token[0].indexOf(word))
    if (
      (/^(?:targets?|threats?)$/i.test(word) &&
        /\b(?:aerial|air|airborne|incoming)\s+$/i.test(wordsBefore)) ||
      // "322 “air attack vehicles”": the air force's weapons in all.
      (/^vehicles?$/i.test(word) && /\b(?:air|aerial)\s+attack\s+$/i.test(wordsBefore))
    )
      return { noun: word, unit: 'air weapon', length, side }
    const means =
      steps === 0 &&
      lower === 'means' &&
      rest.slice(length).match(/^\s+of\s+(?:(?:enemy|russian|hostile)\s+)?(?:air|aerial)\s+attack\b/i)
    if (means) return { noun: word, unit: 'air weapon', length: length + means[0].length, side }
    // "seven European leaders": a plain plural after a number, or after its adjectives, is what it counts.
    if (steps <= 2 && !first && isPlainPlural(word) && !MODIFIERS.has(lower)) first = { noun: word, length }
    if (
      steps === 0 &&
      !first &&
      /^[a-z]+$/.test(word) &&
      !NOT_UNITS.test(word) &&
      !MODIFIERS.has(lower) &&
      /^\s+of\b/.test(rest.slice(length))
    )
      first = { noun: word, length }
    const isModifier =
      MODIFIERS.has(lower) ||
      /^[A-Z\d]/.test(word) ||
      word.includes('-') ||
      lower === 'and' ||
      lower === 'or' ||
      // "two residential buildings", "three industrial sites": an adjective by its ending.
      (ADJECTIVE.test(word) && !NOT_UNITS.test(word)) ||
      // "10 energy facilities", "10 reigning monarchs": a word before the plural noun it describes ("12
      // hitting targets" is 12 of what came before, hitting targets).
      (steps === 0 &&
        /^[a-z]+$/.test(word) &&
        !STRIKING.test(word) &&
        !NOT_UNITS.test(word) &&
        pluralNext(rest, length))
    if (!isModifier || ++steps > 4) break
  }
  if (first) return { noun: first.noun, unit: singular(first.noun), length: first.length, side }
  return { noun: null, unit: null, length: 0, side }
}

/** A plain plural that can name what is counted: "leaders", "districts"; not "serious" or "numerous". */
function isPlainPlural(word: string): boolean {
  return /^[a-z]+(?<!ou)s$/.test(word) && !NOT_UNITS.test(word)
}

/**
 * Words of telling that take "about" as what they tell of: "spoke about 73 victims", "information about 12
 * dead" ("reported about 73 injured" is about as many).
 */
const TOLD_ABOUT = /\b(?:sp(?:oke|eaks?|eaking)|talk(?:ed|s|ing)?|information|data|news|details)\s+$/i
const SPREAD_OVER =
  /\b(?:extended|extends|extending|spread|spreads|spreading|stretched|stretching|scattered)\s+$/i
const RISE_UP =
  /\b(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|jumped|grew|grown|went|gone|soared|moved|shot)\s+$/i

const HEADLINE_VERB = /^(?:Killed|Dead|Die[sd]?|Injured|Wounded|Hurt|Missing)$/

/** Verbs of striking in "-ing": "12 hitting targets" is no count of targets. */
const STRIKING = /^(?:hitting|striking|targeting|reaching|killing|injuring|wounding|damaging|destroying)$/

/** Whether a plain plural noun comes next in `rest`, at `at`. */
function pluralNext(rest: string, at: number): boolean {
  NEXT_WORD.lastIndex = at
  const next = NEXT_WORD.exec(rest)?.[1] ?? ''
  return /^[a-z]+s$/.test(next) && !NOT_UNITS.test(next)
}

const COUNTRY = `(Russia|Russian|Moscow|Ukraine|Ukrainian|Kyiv)(?:['’]s)?`
/**
 * "Russia launched 126 drones", "Russian forces fired", "48 missiles launched by Russia": who sent the weapons
 * the sentence counts.
 */
const LAUNCHER = new RegExp(
  String.raw`\b${COUNTRY}\s+(?:forces\s+|troops\s+|military\s+|army\s+)?(?:has\s+|had\s+|have\s+)?(?:launched|fired|sent|attacked|targeted|struck|hit|unleashed|used)\b(?!\s+by\b)|\b(?:launched|fired|sent)\s+by\s+(?:the\s+)?${COUNTRY}`,
  'i',
)
/**
 * "Russian air defences destroyed", "Russia said it had downed", "Moscow Mayor Sergei Sobyanin said ten drones
 * were intercepted", "Russia claimed all four missiles were intercepted": who shot the weapons down.
 */
const DEFENDER = new RegExp(
  String.raw`\b${COUNTRY}\s+(?:(?:(?:air\s+)?defen[cs]es?|air\s+force|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military|armed\s+forces|forces|army|[Mm]ayor)\b|(?:said|says|claimed|reported)\s+(?:that\s+)?(?:(?:it|its\s+(?:forces|air\s+defen[cs]es?|units))\s+(?:had\s+|has\s+|have\s+)?|[^.;:“”"]*?\b(?:were|was|had\s+been|have\s+been)\s+(?:all\s+)?)(?:shot|downed|destroyed|intercepted))`,
  'i',
)
const nationOf = (name: string) => (/^(?:russia|russian|moscow)$/i.test(name) ? 'russian' : 'ukrainian')
const OTHER_SIDE: Record<string, string> = { russian: 'ukrainian', ukrainian: 'russian' }

/**
 * Whose weapons a count is, where its noun does not say: those a country sends are its own ("Russia
 * launched 126 drones"), those its air defences down are the other side's ("Russian air defences
 * destroyed 337 drones"). The other side's count is then never set against one's own.
 */
function sidesFromActors(text: string, drafts: Draft[]) {
  if (!drafts.some((d) => !d.side && d.unit && MUNITIONS.has(d.unit))) return
  const launched = text.match(LAUNCHER)
  const launcher = launched?.[1] ?? launched?.[2]
  const defending = text.match(DEFENDER)?.[1]
  // "Russian forces launched 100 drones, of which 80 were shot down": the forces are the launcher's own.
  const defender = defending && launcher && nationOf(defending) === nationOf(launcher) ? undefined : defending
  if (!launcher && !defender) return
  for (const draft of drafts) {
    if (draft.side || !draft.unit || !MUNITIONS.has(draft.unit) || !draft.role) continue
    const downed = draft.role === 'downed' || draft.role === 'neutralised' || draft.role === 'lost'
    if (downed && defender) draft.side = OTHER_SIDE[nationOf(defender)] ?? null
    else if (launcher) draft.side = nationOf(launcher)
  }
}

const isToll = (draft: Draft) =>
  !!draft.unit && PEOPLE.has(draft.unit) && (draft.role === 'killed' || draft.role === 'injured')

/** A place's name of a word or two, and its "region" where it says so. */
const PLACE_NAME = String.raw`[A-Z][\p{L}’'-]+(?:[\s-][A-Z][\p{L}’'-]+)?(?:\s+(?:region|oblast|Oblast))?`
/**
 * A sentence about a place: "Zaporizhzhia faced its own tragedy.", "The northeastern city of Kharkiv was hit",
 * "The city of Dnipro, Ukraine's fourth-largest, bore the brunt".
 */
const PLACE_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?<cityOf>The\s+(?:[a-z]+\s+){0,2}(?:city|town|village|region|oblast)\s+of\s+)|(?:The\s+)?(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+(?:city|town|region)\s+of\s+)?(?<name>${PLACE_NAME})(?:,\s+[^,.;]{1,60},)?\s+(?:was|were|has\s+been|had\s+been|faced|suffered|sustained|bore|saw|endured|took)\b`,
  'u',
)
/**
 * "In the Ivano-Frankivsk region, the occupiers hit a facility.": a sentence about the place it opens with; "In
 * the Myrhorod district of Poltava region," about the region.
 */
const PLACE_OPENING = new RegExp(
  String.raw`^\s*(?<opening>In)\s+(?:the\s+)?(?:${NAME_WORD}\s+(?:district|county|community|hromada)\s+of\s+(?:the\s+)?)?(?<name>${PLACE_NAME}),`,
  'u',
)
/** "Zaporizhzhia was also under attack.": a place, by what befell it, whether or not the text names it elsewhere. */
const PLACE_ATTACKED = new RegExp(
  String.raw`^\s*(?:The\s+(?:[a-z]+\s+){0,2}(?:city|town|village|region)\s+of\s+)?(?<name>${PLACE_NAME})\s+(?:was|were|has\s+been|had\s+been|came)\s+(?:also\s+|again\s+)?(?<attacked>under\s+(?:attack|fire)|attacked|hit|struck|shelled|targeted|bombarded)\b`,
  'u',
)
const MANY_PLACES =
  /\band\s+(?:other|several|many|multiple)\s+(?:parts|cities|towns|regions|oblasts|areas|places)\b/i
const NATIONWIDE_ONE = new RegExp(NATIONWIDE.source, 'i')
/** A verb of an attack that hit a place: "Russian drones hit a kindergarten in Kharkiv." */
const ATTACK_VERB =
  /\b(?:hit|struck|attacked|targeted|shelled|pounded|slammed\s+into|fell\s+on|damaged|destroyed)\b/i
/**
 * The one place a sentence of an attack names ("hit a kindergarten in Kharkiv"), or none; the place it says
 * was hit first ("struck Kryvyi Rih in Dnipropetrovsk Oblast" is Kryvyi Rih's).
 */
function attackedIn(sentence: string): string | null {
  // ("targeted Kyiv and other parts of Ukraine", "across the country": more than one place.)
  if (!ATTACK_VERB.test(sentence) || MANY_PLACES.test(sentence) || NATIONWIDE_ONE.test(sentence)) return null
  const one = (names: string[]) => {
    const found = new Set(names.filter((n) => n && !NOT_PLACE.test(n) && !COUNTRY_NAME.test(n)))
    return found.size === 1 ? ([...found][0] as string) : null
  }
  const hits = allMatches(TARGETED, sentence)
  // ("hit Kyiv and Odesa": a list of places hit, none of which the toll is.)
  if (hits.some((m) => /^\s*(?:,|and)\s+(?:the\s+)?[A-Z]/.test(sentence.slice(m.index + m[0].length))))
    return null
  const targets = hits.map((m) => m[1] ?? '')
  return targets.length > 0 ? one(targets) : one(allMatches(PLACE, sentence).map((m) => m.groups?.name ?? ''))
}
/** A toll the sentence gives as a whole: "In total, 15 were killed.", "The attacks have resulted in 10 deaths." */
const TOLL_IN_ALL =
  /^\s*(?:In\s+total|In\s+all|Overall|Altogether|Across|Nationwide|Throughout|Elsewhere|(?:The|These|Those)\s+(?:[\p{L}-]+\s+)?(?:attacks|strikes|assaults|bombardments))\b/u

/**
 * The place the sentence before `sentence` is about, in the same paragraph: a city "of" its name, or a name
 * the article elsewhere gives as a place ("in Zaporizhzhia"), not a person's or a country's.
 */
function placeOfSubject(
  text: string,
  sentences: readonly Sentence[],
  sentence: Sentence,
  namedPlaces: Map<string, boolean>,
): string | null {
  if (TOLL_IN_ALL.test(sentence.text)) return null
  // "…attacked the Sumy region. A village in the community came under fire. Three people were killed.": a
  // sentence of the attack that names no place goes on from the one before it.
  let previous = sentences[sentence.index - 1]
  let after = sentence
  let found: RegExpMatchArray | null = null
  let name: string | null = null
  for (let back = 1; back <= 2 && !name; back++) {
    if (back > 1 && !UNDER_FIRE.test(previous?.text ?? '')) return null
    previous = sentences[sentence.index - back]
    if (!previous || previous.index !== sentence.index - back) return null
    if (text.slice(previous.end, after.start).includes('\n')) return null
    found =
      previous.text.match(PLACE_ATTACKED) ??
      previous.text.match(PLACE_SUBJECT) ??
      previous.text.match(PLACE_OPENING)
    name = found?.groups?.name ?? attackedIn(previous.text)
    after = previous
  }
  if (!name || NOT_PLACE.test(name) || COUNTRY_NAME.test(name)) return null
  if (!found || found.groups?.cityOf || found.groups?.opening || found.groups?.attacked) return name
  let named = namedPlaces.get(name)
  if (named === undefined) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    named = new RegExp(`\\b(?:in|of|over)\\s+(?:the\\s+)?${escaped}\\b`).test(text)
    namedPlaces.set(name, named)
  }
  return named ? name : null
}

/** "including nine killed", "including six dead": the fate a part of a toll tells right after its count. */
const OWN_FATE_AFTER =
  /^\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:killed|dead|died|injured|wounded|hurt)\b/i

/** "A village in the community came under fire.": an attack told without a place of its own. */
const UNDER_FIRE = /\bcame\s+under\s+(?:fire|attack|shelling)\b/i

/** "Twelve others were injured.", "Five more were hurt.": a toll that goes on from the one before. */
const OTHERS_OPENING = new RegExp(`^\\s*(?:${WORDS}|\\d+)\\s+(?:others|more)\\b`, 'i')

/**
 * "…three children were killed in the Zhytomyr region. Twelve others were injured.": the place of the toll
 * the sentence before gave, in the same paragraph, for a toll of "others" that goes on from it.
 */
function placeOfOthers(
  text: string,
  sentences: readonly Sentence[],
  sentence: Sentence,
  quantities: readonly Quantity[],
): string | null {
  const previous = sentences[sentence.index - 1]
  if (!previous || !OTHERS_OPENING.test(sentence.text)) return null
  if (text.slice(previous.end, sentence.start).includes('\n')) return null
  const places = quantities
    .filter((q) => q.sentence === previous.index && q.unit && PEOPLE.has(q.unit) && q.place)
    .map((q) => q.place as string)
  return places.length > 0 && places.every((p) => p === places[0]) ? (places[0] as string) : null
}

/** "Kyiv's Mayor, Vitali Klitschko", "Kharkiv Governor Oleh Syniehubov": a place, its official, their name. */
const OFFICIAL_NAMED =
  /\b(?!(?:Regional|Oblast|City|State|Deputy|Acting|Former|Military|Local)\b)([A-Z][\p{L}-]+)(?:['’]s)?\s+(?:[Mm]ayor|[Gg]overnor)\b,?\s+(?:[A-Z][\p{L}’'-]+\s+)?([A-Z][\p{L}’'-]+)/gu
/** "the mayor of Kyiv, Vitali Klitschko": the same, the place after the title. */
const OFFICIAL_OF_NAMED =
  /\b(?:[Mm]ayor|[Gg]overnor)\s+of\s+(?:the\s+)?([A-Z][\p{L}-]+)(?:\s+(?:region|oblast))?,?\s+(?:[A-Z][\p{L}’'-]+\s+)?([A-Z][\p{L}’'-]+)/gu

/** The place each mayor or governor the text names governs, by their surname: one place each, or none. */
function officialsOf(text: string): Map<string, string> {
  const places = new Map<string, string>()
  const spoilt = new Set<string>()
  for (const m of [...allMatches(OFFICIAL_NAMED, text), ...allMatches(OFFICIAL_OF_NAMED, text)]) {
    const [place, surname] = [m[1] ?? '', m[2] ?? '']
    if (NOT_PLACE.test(place) || COUNTRY_NAME.test(place)) continue
    if ((places.get(surname) ?? place) !== place) spoilt.add(surname)
    places.set(surname, place)
  }
  for (const surname of spoilt) places.delete(surname)
  return places
}

/** The place of the one official a sentence names, where the text told which place they govern. */
function placeOfOfficial(sentence: string, officials: Map<string, string>): string | null {
  let found: string | null = null
  for (const [surname, place] of officials) {
    if (!new RegExp(`\\b${surname}\\b`).test(sentence)) continue
    if (found && found !== place) return null
    found = place
  }
  return found
}

/** A finite verb of harm, before its count: "killed", "left", "resulted in", "claimed". */
const HARM_VERB =
  '(?:has\\s+|have\\s+)?(?:[a-z]+ly\\s+)?(?:killed|wounded|injured|left|resulted\\s+in|caused|claimed)'
/** A clause of only a finite verb of harm before its count: ", killed at least 12". */
const SUBJECT_VERB = new RegExp(
  `^[\\s,]*${HARM_VERB}\\s+(?:(?:[\\w-]+\\s+){1,4}and\\s+(?:killed|wounded|injured)\\s+)?(?:at\\s+least\\s+|more\\s+than\\s+|some\\s+)?$`,
  'i',
)
/** The words of a subject after its place, up to its verb of harm: "… in central Ukraine resulted in". */
const UP_TO_HARM_VERB = new RegExp(`^[^,;]*?\\s(?=${HARM_VERB}\\s)`, 'i')

/** Where a sentence's first clause ends. */
function firstBreak(text: string): number {
  // "Additionally, a drone attack on Kharkiv left…": a one-word opener is no clause of its own.
  CLAUSE_BREAK.lastIndex = OPENER.exec(text)?.[0].length ?? 0
  return CLAUSE_BREAK.exec(text)?.index ?? text.length
}
const OPENER = /^\s*[A-Z][a-z]+,/

function capitalPlace(m: RegExpExecArray, capital: string): { at: number; end: number; name: string } {
  const country = m.groups?.country ?? m.groups?.adjective
  return { at: m.index, end: m.index + m[0].length, name: country ? (CAPITAL_CITY[country] ?? '') : capital }
}

/**
 * Each count's place: the first one named after it, before the next count and within its clause ("two
 * were killed in Kharkiv and three in Odesa"), or the one that opens the sentence ("In Kyiv, nine died").
 */
function draftPlaces(sentence: Sentence, drafts: readonly Draft[], capital: string): (string | null)[] {
  if (drafts.length === 0) return []
  // Most sentences name no capital and no "city of": a plain look first spares the patterns.
  // (A capital the text leaves unnamed, "in the capital" where it names both Kyiv and Moscow, is no place.)
  const capitals = (sentence.text.includes('capital') ? allMatches(CAPITAL, sentence.text) : [])
    .map((m) => ({ within: !!m.groups?.within, spot: capitalPlace(m, capital) }))
    .filter((c) => c.spot.name)
  const named = [
    ...allMatches(PLACE, sentence.text)
      .map((m) => {
        // "over the Bryansk, Kursk and Belgorod regions": the place is the three, not the first.
        const end = m.index + m[0].length
        const list = sentence.text.slice(end, end + 120).match(PLACE_LIST)?.[0] ?? ''
        // "over the southern region of Kherson" is the Kherson region.
        const area = m.groups?.area ? ` ${m.groups.area}` : ''
        // "in western Ukraine": a part of the country, no place a toll can be compared by.
        // "…in the second large-scale attack in Ukraine": the country the war is in names no place either.
        const part =
          (COUNTRY_NAME.test(m.groups?.name ?? '') && /(?:ern|central)\s+\S+$/.test(m[0])) ||
          m.groups?.name === 'Ukraine'
        // "in Kyiv and other cities": the toll of many places, as a national one is.
        const others = sentence.text.slice(end).match(AND_OTHERS)?.[0]
        if (others) return { at: m.index, end: end + others.length, name: NATIONAL }
        return {
          at: m.index,
          end: end + list.length,
          name: part ? '' : `${m.groups?.name ?? ''}${area}${list}`,
        }
      })
      .filter((p) => p.name && !NOT_PLACE.test(p.name)),
    // "13 people across the country", "nationwide": a national toll, not a city's.
    ...allMatches(NATIONWIDE, sentence.text).map((m) => ({ at: m.index, end: m.index, name: NATIONAL })),
    ...capitals.filter((c) => c.within).map((c) => c.spot),
    // "Meanwhile, the northern city of Kharkiv experienced a drone attack…": a city so named is a place.
    ...(sentence.text.includes(' of ') ? allMatches(CITY_OF, sentence.text) : []).map((m) => ({
      at: m.index,
      end: m.index + m[0].length,
      name: m[1] ?? '',
    })),
  ].sort((a, b) => a.at - b.at)
  // "in Smila in the Cherkasy region": the town, and the region that holds it.
  for (let i = named.length - 2; i >= 0; i--) {
    const inRegion = townInRegion(sentence.text, named[i] as Spot, named[i + 1] as Spot)
    if (inRegion) named.splice(i, 2, inRegion)
  }
  const targets = [
    ...allMatches(TARGETED, sentence.text)
      .map((m) => ({ at: m.index, end: m.index + m[0].length, name: m[1] ?? '' }))
      .filter((p) => !NOT_PLACE.test(p.name) && !COUNTRY_NAME.test(p.name)),
    ...capitals.filter((c) => !c.within).map((c) => c.spot),
  ].sort((a, b) => a.at - b.at)
  // "Kyiv Mayor Vitali Klitschko confirmed four deaths", "Kyiv's military administration said": an official
  // of a place, before a toll with no place of its own, gives the toll of that place.
  const officials = allMatches(OFFICIAL_OF, sentence.text)
    .map((m) => ({ at: m.index, name: m[2] ? `${m[1]} region` : (m[1] ?? '') }))
    .filter((p) => !NOT_PLACE.test(p.name) && !COUNTRY_NAME.test(p.name))
  if (named.length === 0 && targets.length === 0 && officials.length === 0) return drafts.map(() => null)
  const opening = named.find((p) => p.at <= 3 && /^\s*(?:In|Across|Throughout|Over)\b/.test(sentence.text))
  const found = drafts.map((draft, i) => {
    // "Three children aged 8, 12 and 17 were killed in…": the clause goes on after the count's ages.
    const last = lastAgeOf(sentence, drafts, i)
    const ages = drafts[last] as Draft
    const from = ages.end - sentence.start
    const [clauseStart] = clauseOf(sentence, draft)
    const [, clauseEnd] = clauseOf(sentence, ages)
    // "Two people, including a mother and her infant, were killed in the Sviatoshynskyi district": the
    // count's clause goes on after the aside, and so does the search for its place.
    const aside = sentence.text.slice(clauseEnd).match(ASIDE)
    const end = aside ? clauseEndAfter(sentence.text, clauseEnd + aside[0].length) : clauseEnd
    const next = drafts.slice(last + 1).find((d) => d.start - sentence.start >= end || !aside)
    const to = Math.min(end, next ? next.start - sentence.start : sentence.text.length)
    // The aside's own places are its own: "337 drones, 91 of them over the Moscow region, in…".
    const inAside = (at: number) => !!aside && at >= clauseEnd && at < clauseEnd + aside[0].length
    // "…killing 26 people, amid a barrage that wounded scores across the country": a relative clause's
    // places are its own.
    // ("…, 11 of which were shot down over the Volgograd region": the count's own clause.)
    const relative = sentence.text.slice(from, to).search(/\b(?:that|which|who)\s+(?!is\b|was\b)[a-z]+/)
    const own = relative >= 0 && /^\s*of\s+$/.test(sentence.text.slice(from, from + relative))
    const until = relative >= 0 && !own ? from + relative : to
    const after = named.find((p) => p.at >= from && p.at < until && !inAside(p.at))
    // "A Russian missile strike on Sumy killed 35 people": the place the attack was on, in the count's clause.
    // Not where the clause names a wider area itself: "…killed nine and wounded 30 in the region".
    const wider = WIDER_AREA.test(sentence.text.slice(from, until))
    const target = wider
      ? undefined
      : targets.findLast((p) => p.at >= clauseStart && p.at < draft.start - sentence.start)
    // "Missiles hit two buildings in the city of Ternopil, killing at least 25": the toll of a clause that
    // follows on from the one before is of that clause's place.
    const consequence =
      wider || !FOLLOWS_ON.test(sentence.text.slice(clauseStart, draft.start - sentence.start))
        ? undefined
        : lastPlace(
            sentence.text,
            [...named, ...targets].filter((p) => p.at < clauseStart).sort((a, b) => a.at - b.at),
          )
    // "An attack on Ukraine's capital, including a strike in the centre, early on Thursday, killed at least
    // 12": a clause that is only the verb has the sentence's subject, and the place that subject was.
    // "A barrage on cities across Ukraine overnight killed at least five people": a place in the clause's
    // subject, right before the verb of harm.
    const subject = SUBJECT_VERB.test(sentence.text.slice(clauseStart, draft.start - sentence.start))
      ? targets.find((p) => p.at < firstBreak(sentence.text))
      : named.findLast(
          (p) =>
            p.at >= clauseStart &&
            p.end <= draft.start - sentence.start &&
            SUBJECT_VERB.test(
              sentence.text.slice(p.end, draft.start - sentence.start).replace(UP_TO_HARM_VERB, ''),
            ),
        )
    // "…, while in Odesa three people were hurt": a place that opens the count's own clause.
    const leading = named.find(
      (p) =>
        p.at >= clauseStart &&
        p.at < draft.start - sentence.start &&
        /^[\s,;]*(?:(?:and|but|meanwhile)\s+)?$/i.test(sentence.text.slice(clauseStart, p.at)),
    )
    // "The death toll in Dnipro rose to 9": the place of the toll the count is.
    const ofToll = named.find(
      (p) =>
        p.at >= clauseStart &&
        p.at < draft.start - sentence.start &&
        /\b(?:toll|casualties|dead|deaths|victims|injured|wounded)\s+$/i.test(
          sentence.text.slice(clauseStart, p.at),
        ),
    )
    // "…an apartment building in the Domodedovo district, where one person was injured", "The attack also hit
    // Kharkiv, in the country's northeast, where officials reported two injuries": where "where" points.
    const before = [...named, ...targets]
      .filter((p) => p.end <= draft.start - sentence.start)
      .sort((a, b) => a.end - b.end)
      .at(-1)
    const where =
      before &&
      /^\s*,(?:\s*in\s+the\s+[^,;]{1,40},)?\s*where\s[^,;]*$/i.test(
        sentence.text.slice(before.end, draft.start - sentence.start),
      )
        ? before
        : undefined
    // "In Zaporizhzhia, three were killed; in Kharkiv, two died": a place that opens the count's part of the
    // sentence, after a semicolon, is its place rather than the one that opens the sentence.
    const semicolon = sentence.text.lastIndexOf(';', draft.start - sentence.start)
    const reopening =
      semicolon < 0
        ? undefined
        : named.find((p) => p.at > semicolon && p.at <= semicolon + 3 && p.at < draft.start - sentence.start)
    // "Six people were wounded in a Russian attack on the town of Kupiansk": a toll's place, told after it.
    const official =
      draft.unit && PEOPLE.has(draft.unit)
        ? officials.findLast((p) => p.at < draft.start - sentence.start)
        : undefined
    // "Up to 10 of these drones approached Kyiv": the weapons of one place, where the count's own clause,
    // not a clause about them, says so.
    const targetAfter =
      wider || !draft.unit
        ? undefined
        : PEOPLE.has(draft.unit)
          ? targets.find((p) => p.at >= from && p.at < to && !inAside(p.at))
          : MUNITIONS.has(draft.unit)
            ? targets.find(
                (p) =>
                  p.at >= from &&
                  WEAPONS_THEN_TARGET.test(sentence.text.slice(from, p.at).replace(BRACKETED, '')) &&
                  TARGET_VERB.test(sentence.text.slice(p.at, p.end)),
              )
            : undefined
    return {
      after,
      rest: where ?? ofToll ?? reopening ?? subject ?? opening ?? leading ?? target ?? consequence,
      targetAfter: targetAfter ?? official,
    }
  })
  // "3 dead and 14 injured in Zaporizhzhia", "Three people died and 14 were wounded in Zaporizhzhia": two
  // tolls joined by "and" share the place named after the second.
  for (let i = found.length - 2; i >= 0; i--) {
    const here = found[i] as (typeof found)[number]
    const next = found[i + 1] as (typeof found)[number]
    const [a, b] = [drafts[i] as Draft, drafts[i + 1] as Draft]
    const gap = sentence.text.slice(a.end - sentence.start, b.start - sentence.start)
    if (!here.after && next.after && a.unit === b.unit && a.role !== b.role && TOLL_AND.test(gap))
      here.after = next.after
    if (!here.targetAfter && next.targetAfter && a.unit === b.unit && a.role !== b.role && TOLL_AND.test(gap))
      here.targetAfter = next.targetAfter
    // "shot down about 15 missiles and nearly 10 drones on the approaches to Kyiv": a list of weapons of one
    // fate shares the place named after its last.
    const weapons =
      !!a.noun &&
      !!b.noun &&
      !!a.unit &&
      !!b.unit &&
      MUNITIONS.has(a.unit) &&
      MUNITIONS.has(b.unit) &&
      a.role === b.role
    if (!here.after && next.after && weapons && LIST_JOIN.test(gap)) here.after = next.after
  }
  return found.map(({ after, rest, targetAfter }) => (after ?? rest ?? targetAfter)?.name ?? null)
}

/** What may stand between weapons and the verb that names their target: "of these drones". */
const WEAPONS_THEN_TARGET = /^[^,;()]{0,30}$/
const BRACKETED = /\s*\([^()]*\)/g
const TARGET_VERB = new RegExp(`^(?:${TARGET_VERBS})\\s`)

const WERE_WHO = /^\s+(?:were|are|was|is)\s+(?:all\s+)?([a-z]+)\b/i

/** What a number right after a name may count: people, times and lengths, where a model's number counts weapons. */
const COUNTED_AFTER_NAME = new Set([...PEOPLE, 'time', ...DURATIONS])

const OF_THE_TOLL =
  /^\s*(?:Of|Among)\s+(?:the|those)\s+[\d,]+\s+(?:people\s+)?(?:injured|wounded|hurt|dead|killed)\s*,\s*[^,;]*?\b(?:hospitali[sz]ed|in\s+hospital|in\s+(?:a\s+)?(?:serious|critical|grave)\s+condition|seriously|critically)\b/i

/** What stands between two tolls of one clause: " dead and ", " people died and ", " were killed, and ". */
const TOLL_AND =
  /^\s+(?:people\s+)?(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:dead|killed|died|injured|wounded|hurt)\s*,?\s+and\s+$/i

const FOLLOWS_ON =
  /^\s*(?:killing|wounding|injuring|leaving|resulting\s+in|causing|claiming|(?:damaging|destroying|hitting|striking)\s+[^,;]{0,60}?\band\s+(?:killing|wounding|injuring|leaving))\b/i

/** A place named in a sentence: where its phrase starts and ends, and its name. */
type Spot = { at: number; end: number; name: string }

/**
 * "in Smila in the Cherkasy region", "struck Kryvyi Rih in Dnipropetrovsk Oblast": a town, and right after it
 * the region that holds it, as one place ("Smila, Cherkasy region"); null where `region` is no such region.
 */
function townInRegion(text: string, town: Spot, region: Spot): Spot | null {
  if (!REGION.test(region.name) || REGION.test(town.name)) return null
  return /^\s*$/.test(text.slice(town.end, region.at)) && /^in\s/i.test(text.slice(region.at))
    ? { ...town, end: region.end, name: `${town.name}, ${region.name}` }
    : null
}

/** The last of `places`, in text order, with the town before it where it is the town's region. */
function lastPlace(text: string, places: readonly Spot[]): Spot | undefined {
  const last = places.at(-1)
  const town = places.at(-2)
  return (last && town && townInRegion(text, town, last)) || last
}
/**
 * ", including three children, ", ", among them a child, ", ", both in their 60s, ", ", a man and a woman, ",
 * "—likely decoys—",
 * " (and other types of UAVs) ": an aside inside a count's clause.
 */
const FEW_PEOPLE =
  '(?:an?|one|two|three)\\s+(?:(?:young|elderly|\\d+-year-old)\\s+)?(?:m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|teenagers?)'
const ASIDE = new RegExp(
  `^,\\s*(?:(?:including|among\\s+(?:them|whom)|(?:\\w+\\s+)?of\\s+(?:them|whom)|both|all)\\b[^,;:()—–]*|aged\\s+\\d+(?:(?:,|,?\\s+and)\\s+\\d+)*|${FEW_PEOPLE}(?:\\s+and\\s+${FEW_PEOPLE})?),\\s*|^\\s*[—–][^—–;]{1,120}[—–]\\s*|^\\s*\\([^()]{1,60}\\)\\s*`,
  'i',
)

/**
 * "three children aged eight, 12 and 17": where the last of the ages told of a count of people is, or the
 * count itself. (Ages in commas, ", aged 5 and 7,", are an aside, which the clause reads past anyway.)
 */
function lastAgeOf(sentence: Sentence, drafts: readonly Draft[], i: number): number {
  const draft = drafts[i] as Draft
  const next = drafts[i + 1]
  if (!draft.unit || !PEOPLE.has(draft.unit) || next?.role !== 'age') return i
  if (
    !/^\s+(?:aged|ages)\s+$/i.test(
      sentence.text.slice(draft.end - sentence.start, next.start - sentence.start),
    )
  )
    return i
  let last = i + 1
  while (drafts[last + 1]?.role === 'age') last++
  return last
}

/** Where the clause that goes on at `from` ends. */
function clauseEndAfter(text: string, from: number): number {
  const rest = text.slice(from)
  const stop = rest.search(/[,;:()—–]|\s-\s|\bwhile\b|\bwhereas\b/)
  return from + (stop < 0 ? rest.length : stop)
}

/** The verb a whole's clause ends on, in the passive: "…58 drones Russia launched overnight were shot down". */
function fateAfterWhole(sentence: Sentence, whole: Draft, family: 'munition' | 'people'): Role | null {
  const [, clauseEnd] = clauseOf(sentence, whole)
  const from = whole.end - sentence.start
  const passive = sentence.text
    .slice(from, clauseEnd)
    .match(
      /^(?:\s+[\p{L}’'-]+){0,4}?(?:\s+and\s+(?:\d+|[a-z]+)(?:\s+[\p{L}’'-]+){1,4}?)?\s+(?:were|was|have\s+been|had\s+been|are|is|got)\s+(?:also\s+)?["“‘']?(?:[a-z]+ly\s+)?/iu,
    )
  // "72 of the 550 drones penetrating air defences": a participle right after the whole.
  const participle = passive
    ? null
    : sentence.text.slice(from, clauseEnd).match(/^\s+(?:[a-z]+ly\s+)?(?=[a-z]+ing\b)/)
  // "Two of the 40 drones hit their targets", "35 of them disappeared": a part of weapons' own verb, in the
  // active ("of the 40 drones launched" tells of the whole; "one of four killed" is one of the toll).
  const active =
    passive || participle || family !== 'munition'
      ? null
      : sentence.text.slice(from, clauseEnd).match(/^\s+(?:[a-z]+ly\s+)?/)
  if (!passive && !participle && !active) return null
  const at = from + ((passive ?? participle ?? active)?.[0].length ?? 0)
  const cues = cuesIn(sentence.text.slice(at, clauseEnd), at, family)
  const first = cues.find((c) => c.start === at)
  if (!first || (active && first.role === 'launched')) return null
  return fateOf(sentence, first, cues)
}

/**
 * A cue's role, or "neutralised" where "or"/"and" joins it to the other fate: "shot down or suppressed
 * 277 drones", "71 were shot down/suppressed", "shot down or neutralised" is the neutralised total;
 * "jammed or lost" is one fate twice over, not two.
 */
function fateOf(sentence: Sentence, chosen: Cue, cues: readonly Cue[]): Role {
  const paired = cues.find(
    (c) =>
      c !== chosen &&
      /^\s*(?:or|and|and\/or|\/)\s*$/i.test(
        sentence.text.slice(Math.min(c.end, chosen.end), Math.max(c.start, chosen.start)),
      ),
  )
  const fates = new Set([chosen.role, paired?.role])
  return fates.has('downed') && (fates.has('lost') || fates.has('neutralised')) ? 'neutralised' : chosen.role
}

/** Who an age ending at `end` is of: "a 9-year-old girl" → child; "a 9-year-old was among the injured" names no one. */
function whoseAge(text: string, end: number): string | null {
  const who = text
    .slice(end)
    .match(/^\s+(?:(?:young|little|old|elderly|local|unnamed|[A-Z][a-z]+)\s+){0,2}([a-z]+)/)
  // "The 79-year-old wrote": a verb, not whose age it is.
  return who?.[1] && !NOT_UNITS.test(who[1]) && !AGE_VERB.test(who[1]) ? subjectClass(who[1]) : null
}

const AGE_VERB = /^(?:said|says|wrote|writes|told|tells|died|dies|went|goes|[a-z]+ed)$/

/** The counts of a list that opens with the `i`th: "442 drones, 34 cruise missiles, and seven Kalibr missiles". */
function listFrom(sentence: Sentence, drafts: readonly Draft[], i: number): Draft[] {
  const list = [drafts[i] as Draft]
  for (let k = i + 1; k < drafts.length; k++) {
    const gap = sentence.text.slice(
      (drafts[k - 1] as Draft).end - sentence.start,
      (drafts[k] as Draft).start - sentence.start,
    )
    if (!/^\s*,?\s*(?:and\s+)?$/.test(gap)) break
    list.push(drafts[k] as Draft)
  }
  return list
}

/** The last count of weapons before the `i`th. */
function lastWeaponBefore(drafts: readonly Draft[], i: number): Draft | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const unit = drafts[k]?.unit
    if (unit && MUNITIONS.has(unit)) return drafts[k]
  }
  return undefined
}

function clauseOf(sentence: Sentence, draft: Draft): [number, number] {
  const local = draft.start - sentence.start
  const localEnd = draft.end - sentence.start
  const { starts, ends } = clauseBreaks(sentence)
  // The last break that starts before the count, and the first at or after its end: a binary search each,
  // since a sentence of many counts ("1 2 3 4, 5 6 7, …") would otherwise be read once per count.
  const before = lastWhere(starts.length, (i) => (starts[i] as number) < local)
  const after = lastWhere(starts.length, (i) => (starts[i] as number) < localEnd) + 1
  return [
    before < 0 ? 0 : (ends[before] as number),
    (starts[after] as number | undefined) ?? sentence.text.length,
  ]
}

const breaksOf = new WeakMap<Sentence, { starts: number[]; ends: number[] }>()

/** Where each of a sentence's clause breaks starts and ends, read once per sentence. */
function clauseBreaks(sentence: Sentence) {
  let breaks = breaksOf.get(sentence)
  if (!breaks) {
    breaks = { starts: [], ends: [] }
    for (const m of allMatches(CLAUSE_BREAK, sentence.text)) {
      breaks.starts.push(m.index)
      breaks.ends.push(m.index + m[0].length)
    }
    breaksOf.set(sentence, breaks)
  }
  return breaks
}

/** Whether the last verb of a count's clause before it stops weapons: "downed … and all six missiles launched". */
function stoppedBefore(sentence: Sentence, draft: Draft): boolean {
  const [from] = clauseOf(sentence, draft)
  const cue = cuesIn(sentence.text.slice(from, draft.start - sentence.start), from, 'munition').at(-1)
  return cue?.role === 'downed' || cue?.role === 'neutralised'
}

/**
 * The text before a count's clause, without an aside that closes it: "Russia fired 62 drones, of which 51
 * were downed, and two missiles": the missiles were fired, not downed.
 */
function beforeAside(text: string): string {
  const aside = text.match(OF_WHICH_ASIDE)
  return aside ? text.slice(0, aside.index) : text
}

const OF_WHICH_ASIDE =
  /,\s*(?:(?:most|all|some|none|each)\s+)?of\s+(?:which|whom|them)\b[^,;:]*,\s*(?:and\s+)?$/i

function cuesIn(text: string, offset: number, family: 'munition' | 'people'): Cue[] {
  const cues: Cue[] = []
  for (const [role, pattern, kind] of CUES) {
    if (kind !== family) continue
    for (const m of allMatches(pattern, text)) {
      const start = offset + (m.index ?? 0)
      if (cues.some((c) => c.start < start + m[0].length && start < c.end)) continue
      cues.push({ role, start, end: start + m[0].length })
    }
  }
  // In text order, so that the last is the nearest before a count.
  return cues.sort((a, b) => a.start - b.start)
}

/** ", 48 of which were shot down, and ": a part's aside between a whole and its sibling. */
const SIBLING_AFTER_PART = /^,\s*\S+\s+of\s+(?:which|them)\b[^,;:]*,\s*and\s+$/i

/** A dash, then a participle of a fate, an adverb at most before it: "– locally lost", "— shot down". */
const DASH_FATE =
  /^\s*[–—]\s*(?:[a-z]+ly\s+)?(?:lost|shot\s+down|downed|destroyed|intercepted|jammed|suppressed|killed|injured|wounded|dead)\b/i

/** What befalls people that is neither death nor wounds: "left without power", "evacuated", "rescued". */
/** People by sex or age: some of a toll, where the text says they were among it. */
const SOME_OF_PEOPLE = /^(?:men|women|man|woman|adults?|elderly|pensioners?)$/i
const INCLUDED_BEFORE =
  /\b(?:includ(?:ed|ing)|among\s+(?:them|whom|the\s+(?:dead|victims|killed|injured|wounded))(?:\s+(?:were|was|are|is))?)\s+(?:[^.;]*?(?:,|\band)\s+)?$/i
/** "one more person", "3 more victims": a count of more, in its own words. */
const MORE_OF = /^\S+\s+more\s+\p{L}/u
const SAVED_BEFORE =
  /\b(?:saved|rescued|evacuated|pulled\s+out|freed|helped|assisted)\s+(?:another\s+|some\s+|about\s+|over\s+|more\s+than\s+)?$/i
const UNHARMED =
  /^(?:left(?!\s+(?:dead|injured|wounded|hurt|with\s+(?:injuries|wounds)))|evacuated|rescued|displaced|trapped|relocated|sheltered|deprived|plunged|disconnected|cut\s+off|pulled|freed|in\s+(?:an?\s+)?(?:very\s+)?(?:serious|critical|grave|severe|stable|moderate|satisfactory|good|fair)\s+condition)\b/i

/**
 * "more than a hundred drones on a mission to destroy infrastructure": a verb after the count, in the
 * infinitive with an object of its own, says what the counted were to do, not what befell them.
 */
const PURPOSE_BEFORE = /(?<!\b(?:managed|able|failed)\s)\bto\s+$/i
const PURPOSE_OBJECT = /^\s+(?!(?:them|it|all|most|some|many|about|over|up|nearly|almost)\b)\p{L}/iu

/** The role a number plays, from the nearest verb of its clause, then of its sentence before it. */
/** "The death toll … has risen to ": a toll of the dead, and no other count between it and its figure. */
const TOLL_ROSE_TO =
  /\b(?<!\b(?:casualty|injury|injuries)\s)toll\b(?:(?!\b(?:injur\w*|wound\w*|hurt|number|count|tally|figure|and)\b)[^.;!?]){0,200}?\b(?:rose|risen|rises|rising|climbed|climbs|increased|increases|jumped|grew|grown|reached|reaches|stood|stands|went\s+up)\s+(?:up\s+)?(?:to|at)\s+$/i

const FATE_ADJECTIVE = /^\s+(?:[\p{L}-]+\s+)?(dead|killed|injured|wounded|hurt|missing)\s/iu
const FATE_OF_ADJECTIVE: Record<string, Role> = {
  dead: 'killed',
  killed: 'killed',
  injured: 'injured',
  wounded: 'injured',
  hurt: 'injured',
  missing: 'missing',
}

/** Whether the verb right after a count denies its fate: "the two missiles that were not destroyed". */
function fateDenied(sentence: Sentence, draft: Draft, family: 'munition' | 'people' = 'munition'): boolean {
  const localEnd = draft.end - sentence.start
  const rest = sentence.text.slice(localEnd, localEnd + 60)
  const [first] = cuesIn(rest, 0, family)
  return (
    !!first &&
    DENIED_BEFORE.test(rest.slice(Math.max(0, first.start - 20), first.start)) &&
    OWN_CLAUSE.test(rest.slice(0, first.start).replace(DENIED_BEFORE, ''))
  )
}
const FOUND_SINCE =
  /^\s+(?:people\s+)?(?:who|that)\s+(?:were|had\s+been|was|have\s+been)\s+(?:(?:reported|listed|considered)\s+(?:as\s+)?)?(?:missing|unaccounted\s+for)\b[^.;]{0,40}?\b(?:(?:have|has|had)\s+been|were|was|are|is)\s+(?:(?:now|since|later)\s+)?(?:found|located|contacted|reached|rescued|safe|alive)\b/i
const DENIED_BEFORE = /\b(?:not|never|n['’]t)\s+(?:(?:yet|been|be|fully|all)\s+)*$/i
/** What may stand between a count and its own verb: "that were", "which had been", an adverb. */
const OWN_CLAUSE = /^\s+(?:(?:that|which|who)\s+)?(?:were|was|are|is|have|has|had)?\s*$/i
const LAUNCHED_BY_RELATIVE =
  /^[^,;]*?\b(?:that|which)\s+(?:Russia|Moscow|the\s+enemy|they|it|(?:Russian|enemy)\s+(?:forces|troops))\s+(?:had\s+|has\s+|have\s+)?$/

function nearestCue(
  sentence: Sentence,
  draft: Draft,
  family: 'munition' | 'people',
  limit = sentence.text.length,
): Role | null {
  const local = draft.start - sentence.start
  const localEnd = draft.end - sentence.start
  // "two dead civilians", "12 wounded soldiers", "three missing persons": a fate the noun phrase itself tells.
  if (family === 'people') {
    const own = sentence.text.slice(draft.numberEnd - sentence.start, localEnd).match(FATE_ADJECTIVE)
    if (own?.[1]) return FATE_OF_ADJECTIVE[own[1].toLowerCase()] ?? null
  }
  const [from, clauseEnd] = clauseOf(sentence, draft)
  const to = Math.min(clauseEnd, limit)
  const distance = (c: Cue) => (c.end <= local ? local - c.end : c.start >= localEnd ? c.start - localEnd : 0)
  const cues = cuesIn(sentence.text.slice(from, to), from, family)
  // "Six people who were reported missing have been contacted and are safe": those once missing, found.
  if (FOUND_SINCE.test(sentence.text.slice(localEnd, to))) return null
  // "the two missiles that were not destroyed": a fate denied is none; where it is the count's own, the count
  // has no fate the text tells.
  const denied = (c: Cue) => DENIED_BEFORE.test(sentence.text.slice(Math.max(0, c.start - 20), c.start))
  if (fateDenied(sentence, draft, family)) return null
  const inClause = cues.filter(
    (c) =>
      !denied(c) &&
      (c.end <= local ||
        (c.start >= localEnd &&
          !(
            PURPOSE_BEFORE.test(sentence.text.slice(localEnd, c.start)) &&
            PURPOSE_OBJECT.test(sentence.text.slice(c.end))
          ) &&
          // "shot down two missiles and 15 drones that Russia launched": a relative clause tells of the
          // weapons, not of their fate.
          !(c.role === 'launched' && LAUNCHED_BY_RELATIVE.test(sentence.text.slice(localEnd, c.start))))),
  )
  inClause.sort((a, b) => distance(a) - distance(b))
  // "35 were “lost”", "five were wounded", "57 drones were confirmed downed", "43 people were reported
  // missing": a verb right after the number, in the passive, is its own.
  const passive = sentence.text
    .slice(localEnd, to)
    .match(
      /^\s*(?:[\p{L}-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been|are|is|got|remains?|remained)\s+(?:also\s+|reportedly\s+|still\s+|reported\s+(?:as\s+)?|listed\s+as\s+|confirmed\s+(?:as\s+)?)?["“‘']?(?:confirmed\s+(?:to\s+have\s+been\s+|as\s+)?)?(?:[a-z]+ly\s+)?(?:left\s+(?=dead|injured|wounded|hurt))?/iu,
    )
  // "128 imitator drones – locally lost without negative consequences": a fate told after a dash.
  const dashed = sentence.text.slice(localEnd).match(DASH_FATE)
  if (dashed) {
    const [cue] = cuesIn(dashed[0], localEnd, family)
    if (cue) return cue.role
  }
  // "rescuers saved twenty-two from the rubble": whom the verb before the count saved, unharmed.
  if (SAVED_BEFORE.test(sentence.text.slice(Math.max(0, local - 40), local))) return null
  // "two more victims may also have been killed": a count the text only supposes.
  if (passive && /\b(?:may|might|could|would)\b/i.test(passive[0])) return null
  // "over 73,000 residents were left without power", "with six people rescued": the count's own verb, which
  // tells no harm. Nor is "five people are in serious condition" a toll, but some of one.
  if (UNHARMED.test(sentence.text.slice(localEnd + (passive?.[0].length ?? 0), to).trimStart())) return null
  // "56 of them shot down and 15 locationally lost": a verb right after the number, an adverb at most
  // between, is its own too, however near the verb of the count before it.
  // "73 others sustained injuries", "five suffered serious wounds": the noun of the hurt, after its verb.
  // "75 wounded and 35 others still missing", "three people listed as missing": the state after the count is
  // its own.
  const next =
    passive ??
    sentence.text
      .slice(localEnd, to)
      .match(
        /^\s+(?:[a-z]+ly\s+|still\s+)?(?:more\s+|others?\s+)?(?:(?:sustained|suffered|received)\s+(?:(?:serious|severe|minor|light|critical|grave|multiple|various)\s+)?|(?:listed|reported|considered|presumed|believed)\s+(?:as\s+|to\s+be\s+)?)?/,
      )
  const after = next ? inClause.find((c) => c.start === localEnd + (next[0]?.length ?? 0)) : undefined
  // "shot down 57 drones used by Russian troops", "disabled another 169 drones used as decoys": "used by" and
  // "used as" describe the drones; the verb before the count is its fate.
  const describes =
    !passive &&
    !!after &&
    /^(?:used|employed)$/i.test(sentence.text.slice(after.start, after.end)) &&
    /^\s+(?:by|as)\b/i.test(sentence.text.slice(after.end)) &&
    inClause.some((c) => c.end <= local)
  // "four missiles fired at Voronezh were intercepted": a participle that says where the weapons were sent,
  // with the finite verb of their fate after it.
  const sentAt =
    !passive &&
    !!after &&
    /^(?:fired|launched|sent)$/i.test(sentence.text.slice(after.start, after.end)) &&
    /^\s+(?:at|toward|towards|against|into)\b/i.test(sentence.text.slice(after.end))
  const fate = sentAt
    ? inClause.find(
        (c) =>
          c.start > (after as Cue).end &&
          /\b(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?$/i.test(
            sentence.text.slice((after as Cue).end, c.start),
          ),
      )
    : undefined
  const own = fate ?? (describes ? undefined : after)
  // "The death toll from a strike that hit … has risen to at least 20 people and 75 others wounded": the
  // figure a toll rose to is of the dead, however far the verb of the hurt after it is nearer.
  if (!own && family === 'people' && TOLL_ROSE_TO.test(sentence.text.slice(Math.max(0, local - 250), local)))
    return 'killed'
  // "14 people, including three children, were killed": the verb comes after the aside. "A man was killed
  // and three people, including a child, were injured": a count after "and" opens a clause of its own.
  const opensClause =
    inClause.length > 0 &&
    inClause.every((c) => c.end <= local) &&
    /\band\s+$/i.test(sentence.text.slice(Math.max(...inClause.map((c) => c.end)), local))
  const aside =
    !own && (inClause.length === 0 || opensClause) && clauseEnd <= limit
      ? sentence.text.slice(clauseEnd).match(ASIDE)
      : null
  const afterAside = aside
    ? cuesIn(sentence.text.slice(clauseEnd + aside[0].length), clauseEnd + aside[0].length, family).find(
        (c) => c.start <= clauseEnd + aside[0].length + 20,
      )
    : undefined
  const chosen =
    own ??
    (opensClause ? afterAside : undefined) ??
    inClause.find((c) => !describes || c !== after) ??
    afterAside ??
    cuesIn(beforeAside(sentence.text.slice(0, from)), 0, family).at(-1) ??
    null
  return chosen ? fateOf(sentence, chosen, cues) : null
}
