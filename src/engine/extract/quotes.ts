import { allMatches } from '../text/matches'
import { NO_NAME, name } from '../text/names'
import { foldSpelling, normalizeText, STOPWORDS, wordsOfNormalized } from '../text/normalize'
import { lastWhere } from '../text/search'
import { isAbbreviation, type Sentence } from '../text/sentences'
import type { TextSpan } from '../types'
import {
  descriptorKey,
  NATIONALITIES,
  type People,
  type Person,
  personDescribed,
  personNamed,
  SAID_VERBS,
  withoutTitle,
} from './people'

/** A quoted sentence and who said it: “There was no reason for Putin to be shooting missiles…,” Trump wrote. */
export type Quote = {
  readonly span: TextSpan
  readonly text: string
  readonly words: readonly string[]
  readonly speaker: string | null
  readonly sentence: number
}

/** Verbs of saying: those of the past that name a speaker, and the other forms a quote is told with. */
const SPEECH = `${SAID_VERBS}|say|write|adds|add|tells|tell|posts|post|states|continued|described|describing|calling|called|stating|declaring|saying|adding|writing|urging|read|reads|asked|emphasi[sz]ing|promised|vowed|suggested|predicted|branded|dubbed|labell?ed|termed|implored|threatened|hailed|praised|criticized|criticised|maintained|asserted|contended|warning|claiming|insisting|noting|arguing|telling|exclaimed|indicated|concluded|summari[sz]ed|detailed|condemned|denounced|slammed|stressing|underlining|highlighting|explaining|reiterating|appealed|appealing|expressed|reported|reports|characteri[sz]ed|characteri[sz]ing|referred\\s+to\\s+(?:it|them|this|that|the\\s+[a-z]+)\\s+as|referring\\s+to\\s+(?:it|them|this|that|the\\s+[a-z]+)\\s+as|went\\s+on\\s+to\\s+(?:say|add|write)`
/** "Mr. Trump", "Ms Leavitt", "former House Speaker Nancy Pelosi": what stands before a name, no part of it. */
const HONORIFIC = '(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+|(?:former|ex-|then-)\\s*)?'
const AFTER_PRONOUN = new RegExp(`^[\\s,.!?]*(he|she|they)\\s+(?:${SPEECH})\\b`, 'i')
const AFTER_IT = new RegExp(`^[\\s,.!?]*it\\s+(?:${SPEECH})\\b`, 'i')
/** An institution by name: "the Ukrainian Air Force", "The Kremlin", "Russia's Ministry of Defence". */
const INSTITUTION_NAMED =
  "((?:the\\s+)?(?:[A-Z][\\p{L}’'-]+\\s+){0,3}(?:[Aa]ir\\s+[Ff]orce|[Mm]inistry(?:\\s+of\\s+[A-Z][\\p{L}]+)?|Kremlin|White\\s+House|[Aa]dministration|[Gg]overnment|[Ss]ervice|[Mm]ilitary))"
/**
 * An institution the text has speaking: "the Ukrainian Air Force said", "The Kremlin said", or cited:
 * "According to a statement from Ukraine's Air Force".
 */
const INSTITUTION_SPEAKS = new RegExp(
  `${INSTITUTION_NAMED}\\s+(?:(?:has|had|have)\\s+)?(?:${SPEECH})\\b|\\b(?:[Aa]ccording\\s+to|[Cc]iting|statement\\s+(?:from|by|of))\\s+(?:an?\\s+(?:\\w+\\s+)?statement\\s+(?:from|by)\\s+)?${INSTITUTION_NAMED}`,
  'gu',
)
const AFTER_NAME = new RegExp(`^[\\s,.!?]*${HONORIFIC}((?:the\\s+)?${name(5)})\\s+(?:${SPEECH})\\b`, 'u')
/**
 * Who speaks for an institution: "Russia's defence ministry said", "the regional military administration",
 * "The General Staff of the Armed Forces of Ukraine".
 */
const INSTITUTION =
  "(?:the\\s+)?(?:[A-Z][\\p{L}’'-]+\\s+|[A-Z]\\.\\s+){0,3}(?:[a-z]+\\s+){0,2}(?:[Mm]inistry|military|army|[Gg]overnment|police|[Oo]ffice|[Aa]gency|[Ss]ervices?|[Ff]orces?|[Cc]ommittee|[Cc]ouncil|[Aa]dministration|[Cc]ommand|[Ss]taff)(?:\\s+of\\s+(?:the\\s+)?(?:[A-Z][\\p{L}’'-]+\\s+){0,2}[A-Z][\\p{L}’'-]+){0,2}"
const ORGANISATION = new RegExp(`(${INSTITUTION})\\s*$`, 'u')
/** "…,” Ukraine's foreign ministry said": an institution after the quote. */
const AFTER_ORGANISATION = new RegExp(`^[\\s,.!?]*(${INSTITUTION})\\s+(?:${SPEECH})\\b`, 'u')
/** "…,” the company said": the company the text named before. */
const AFTER_COMPANY = new RegExp(`^[\\s,.!?]*(the\\s+(?:company|operator))\\s+(?:${SPEECH})\\b`, 'u')
/** "…,” says the post of the State Emergency Service", "…,” read a statement from the Kremlin": its source. */
const AFTER_VERB_SOURCE = new RegExp(
  `^[\\s,.!?]*(?:${SPEECH})\\s+(?:a|an|the)\\s+(?:post|statement|message|readout|report)\\s+(?:of|from|by)\\s+(${INSTITUTION}|(?:the\\s+)?${name(3)})`,
  'u',
)
const AFTER_VERB = new RegExp(`^[\\s,.!?]*(?:${SPEECH})\\s+${HONORIFIC}((?:the\\s+)?${name(4)})`, 'u')
/**
 * "…,” said the UN High Commissioner for Human Rights, Volker Türk.", "…», — stated Ukraine's Minister of
 * Energy Herman Halushchenko.": a title of something, then the name.
 */
const AFTER_VERB_TITLE_OF = new RegExp(
  `^[\\s,.!?]*(?:${SPEECH})\\s+(?:the\\s+)?(?:[A-Z][\\p{L}.’']*\\s+){1,4}(?:for|of)\\s+(?:[^,.;:“”"]{1,40},\\s+(${name(2)})|(?:[A-Z][\\p{L}’'-]+\\s+){1,2}?(${name(1)}))\\s*(?:[.,;!?]|$)`,
  'u',
)
/** The name AFTER_VERB_TITLE_OF finds, in its commas or not, as a match's first group. */
function titleOfThenName(after: string): [string, string] | null {
  const m = after.match(AFTER_VERB_TITLE_OF)
  const found = m?.[1] ?? m?.[2]
  return m && found ? [m[0], found] : null
}
/** "…,” said the mayor of Kyiv, Vitali Klitschko": the verb, a description, then the name. */
const AFTER_VERB_DESCRIBED = new RegExp(
  `^[\\s,.!?]*(?:${SPEECH})\\s+(?:the\\s+)?\\p{Ll}[^,.;:“”"]{0,60},\\s+(${name(2)})`,
  'u',
)
/**
 * "…,” Kaja Kallas, the EU foreign policy chief, said", "…,” Tymur Tkachenko, head of the Kyiv City
 * Administration, said", "…,” Danielle Bell, Head of HRMMU, said", "…,' Steven Cheung, White House
 * communications director, told reporters": the name, then its description in commas.
 */
const AFTER_NAME_DESCRIBED = new RegExp(
  `^[\\s,.!?]*(${name(2)}),\\s+(?:[A-Z][\\p{L}’'-]+\\s+){0,3}(?:\\p{Ll}[\\p{L}’'-]*|[A-Z][\\p{L}’'-]*['’]s|(?:Head|Chief|Director|Minister|Secretary|Spokes(?:man|woman|person))\\b)\\s+[^,.;:“”"]{1,60},\\s+(?:${SPEECH})\\b`,
  'u',
)
/** "…,” while Putin indicated that…": a new clause after the quote, with a speaker of its own. */
const NOT_CONJUNCTION =
  '(?!(?:while|whereas|and|but|as|when|after|before|because|since|although|though|if|so|then)\\s)'
/** "…,” the mayor, Vitali Klitschko, wrote": the name after its description. */
const AFTER_DESCRIPTION = new RegExp(
  `^[\\s,.!?]*(?:the\\s+)?[\\p{Ll}][\\p{L}’'\\s-]{0,60},\\s+(${name(2)}),?\\s+(?:${SPEECH})\\b`,
  'u',
)
/**
 * "…,” resident Olena Kovalenko, 45, told AP", "…,” Kremlin spokesman Dmitry Peskov told reporters", "…,”
 * Ukraine's foreign minister Andrii Sybiha said", "…,” the spokesman for Ukraine’s air force Yuriy Ihnat said": a
 * name after a few words of description, its age after it.
 */
const AFTER_DESCRIBED_NAME = new RegExp(
  `^[\\s,.!?]*${NOT_CONJUNCTION}(?:\\p{L}[\\p{L}’'-]*\\s+){0,6}(?!(?:of|for|in|at|from|to|and|the|with|on|by)\\s)\\p{Ll}[\\p{L}-]*\\s+(${name(2)})(?:,\\s*\\d{1,3},)?\\s+(?:${SPEECH})\\b`,
  'u',
)
/** "…said, ", "…told reporters, while ": a verb of saying, then a participle that goes on for its subject. */
const SAID_THEN_GOES_ON =
  '\\s+(?:said|says|told\\s+\\p{L}+|wrote|added|posted)\\s*,\\s*(?:(?:while|before|after|when)\\s+)?$'
/** "Yuri Ushakov said, ": a name and its verb of saying, just before a participle that goes on for them. */
const SAYER_BEFORE = new RegExp(`(${name(2)})${SAID_THEN_GOES_ON}`, 'u')
/** "“We need air defence.” — Volodymyr Zelensky": a name after a dash, alone to the end of its sentence. */
const AFTER_DASH = new RegExp(`^\\s*(?:[—–]|-(?=\\s))\\s*(${name(3)})\\s*(?:[,.;]|$)`, 'u')
/** "Kremlin aide", "Ukrainian Foreign Minister": what describes a name right before it. */
const DESCRIBED_BEFORE = `(?:(?:[A-Z][\\p{L}’'-]+\\s+){0,2}(?:aide|adviser|advisor|spokes(?:man|woman|person)|envoy|official|[Mm]inister|chief|head|[Pp]resident|[Mm]ayor|[Gg]overnor)\\s+)?`
/**
 * "…,” according to Zelensky", "…,” according to a statement from the Kremlin", "…,” according to a Kremlin
 * readout": a source, where no one is said to speak.
 */
const AFTER_ACCORDING = new RegExp(
  `^[\\s,.!?]*according\\s+to\\s+(?:(?:a|an|the)\\s+(?:statement|readout|transcript|post|message)\\s+(?:from|by|of)\\s+)?${DESCRIBED_BEFORE}((?:the\\s+)?${name(3)})|^[\\s,.!?]*according\\s+to\\s+(?:a|an|the)\\s+(${name(2)})\\s+(?:statement|readout|transcript|post|message)\\b`,
  'u',
)
/** "According to Zelensky,", "According to Ukraine's air force,": a source, its institution in lower case. */
const ACCORDING = new RegExp(
  `\\b[Aa]ccording\\s+to\\s+((?:the\\s+)?${name(3)}(?:['’]s\\s+(?:[a-z]+\\s+){0,2}[a-z]+)?)\\s*,`,
  'u',
)
/** "“…” by Trump on Truth Social": a name after "by", not an adjective before its noun ("by the Russian attack"). */
const AFTER_BY = new RegExp(
  `^[\\s,.!?]*by\\s+((?:the\\s+)?${name(3)})(?![\\p{L}’'-])(?!\\s+(?!(?:on|in|at|who|to|and|of|from|for|via|with|during|after|before)\\b)\\p{Ll})`,
  'u',
)
/**
 * "calling them a “conscious choice” by Moscow": a verb that names its object, in the active, before the
 * quote; the "by" after it is the object's, not the sayer ("described as “constructive” by Kyiv" is).
 */
const NAMES_OBJECT =
  /\b(?:call(?:ing|ed|s)?|describ(?:ing|ed|es)|brand(?:ing|ed|s)|label(?:l?ing|l?ed|s)|term(?:ing|ed|s)|dubb?(?:ing|ed|s))\s+(?:it|them|this|that|him|her|the\s+[\p{L}-]+)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+)?$/u
/** A name that ends the words before a verb: "Trump also", "prompting Trump to", "spokesman, Dmitry Peskov,". */
const NAME_AT_END = new RegExp(
  `((?:the\\s+)?${name(3)}),?(?:\\s+(?:also|then|later|again|further|previously|earlier|has|had|have|has\\s+also|had\\s+also|to|went\\s+on\\s+to))?\\s*$`,
  'u',
)
const DESCRIBED =
  /\b(?:the\s+)?((?:[A-Z][\p{L}.]+\s+|(?:Ukraine|Russia|America|France|Germany|Britain)['’]s\s+)?(?:president|leader|chief|prime minister|chancellor|foreign minister))\b/iu
/** "the U.S. President told reporters, ": a described sayer, just before a participle that goes on for them. */
const DESCRIBED_SAYER = new RegExp(`${DESCRIBED.source}${SAID_THEN_GOES_ON}`, 'iu')
/** "…,” the US president wrote": a person the corpus describes so, where only one fits. */
const AFTER_DESCRIBED = new RegExp(`^[\\s,.!?]*${DESCRIBED.source}\\s+(?:${SPEECH})\\b`, 'iu')
const VERB = new RegExp(`\\b(?:${SPEECH})\\b`, 'g')
/** A relative clause in commas, opened and not yet closed: ", which comes after the Kremlin ". */
const RELATIVE_OPEN = /,\s+(?:which|who)\b[^,]*$/
const SPOKEN = new RegExp(`\\b(?:${SPEECH})\\b`, 'i')
const CAPITALISED = /\b[A-Z][\p{L}’'-]+/gu
const PRONOUN = /\b(?:he|she|He|She)\b/g

type Piece = TextSpan & { inner: TextSpan }

/** Quoted passages, split into their sentences, each with its speaker where the text says it. */
/** The quote read last, and who spoke it. */
type Recent = { readonly start: number; readonly end: number; readonly speaker: string | null }

export function extractQuotes(text: string, sentences: readonly Sentence[], people: People): Quote[] {
  const quotes: Quote[] = []
  const marks = findQuoteMarks(text)
  let previous = null as {
    mark: Piece
    end: number
    speaker: string | null
    sentence: number
    lastQuote: number
  } | null
  // Marks and sentences both run in text order: where a position falls is a binary search away.
  const outside = (at: number) => {
    const m = marks[lastStartingAtOrBefore(marks, at)]
    return !m || at >= m.end
  }
  for (const mark of marks) {
    const sentence = sentenceAt(sentences, mark.start) ?? sentences.at(-1)
    const closing = closingSentence(sentences, mark.end) ?? sentence
    if (!sentence || !closing) continue
    const opensSentence = !text.slice(sentence.start, mark.start).trim()
    const continues: boolean =
      !!previous &&
      opensSentence &&
      mark.start - previous.end < 200 &&
      !text.slice(previous.end, mark.start).includes('\n')
    // "“…,” said Yulia Svyrydenko.⏎“We will restore the buildings.”": a paragraph that is only a quote, after
    // one that ends on an attributed quote, is the same speaker going on.
    const goesOn: boolean =
      !!previous &&
      /^[^\n]{0,150}\n\s*$/.test(text.slice(previous.end, mark.start)) &&
      /^[ \t]*(?:\n|$)/.test(text.slice(mark.end))
    const recent: Recent | null = previous
      ? { start: previous.mark.start, end: previous.end, speaker: previous.speaker }
      : null
    const intro = opensSentence ? introduced(text, sentences, sentence) : sentence
    const speaker: string | null =
      notPlatform(attribute(text, mark, intro, closing, people, outside, recent)) ??
      (continues || goesOn ? (previous?.speaker ?? null) : null) ??
      // "“…on Kyiv,” Zelenskyy said, calling the strikes “pure terrorism”": one sentence, one speaker.
      (previous?.sentence === sentence.index ? previous.speaker : null) ??
      // "President Vladimir Putin shared details of his call:", then the quote: the line's subject speaks.
      subjectOf(text, intro, people, outside, recent) ??
      // "He added that both nations could benefit.⏎“There is a tremendous opportunity…”": a paragraph that is
      // only a quote, told of by none, is the one the paragraph before is about.
      aboutBefore(text, sentences, sentence, mark, people, outside, recent)
    // “The conditions will be negotiated,” Trump said, “as it can only be.”: one sentence, quoted in two parts.
    const joined =
      previous && previous.lastQuote === quotes.length - 1 && isSplitQuote(text, previous.mark, mark)
        ? previous.lastQuote
        : -1
    for (const [i, piece] of splitQuote(text, mark.inner).entries()) {
      const said = text.slice(piece.start, piece.end)
      const normalized = normalizeText(said)
      // "(Russian President Vladimir) Putin chose…": an editor's words inside a quote are not the speaker's.
      const w = wordsOfNormalized(
        EDITORIAL.test(said) ? normalizeText(said.replace(EDITORIAL_ALL, ' ')) : normalized,
      ).map(foldSpelling)
      if (w.length === 0) continue
      const first = quotes[joined]
      if (i === 0 && first) {
        quotes[joined] = {
          ...first,
          span: { start: first.span.start, end: piece.end },
          text: `${first.text}, ${normalized}`,
          words: [...first.words, ...w],
          speaker: first.speaker ?? speaker,
        }
        continue
      }
      quotes.push({ span: piece, text: normalized, words: w, speaker, sentence: sentence.index })
    }
    previous = { mark, end: mark.end, speaker, sentence: sentence.index, lastQuote: quotes.length - 1 }
  }
  return quotes
}

const SPLIT_BY = new RegExp(
  `^\\s*(?:[\\p{L}’'.-]+\\s+){0,4}?(?:${SPEECH})(?:\\s+[\\p{L}’'.-]+){0,4}?\\s*,\\s*$`,
  'u',
)

/** The first part ends on a comma inside its marks, and only "Trump said," stands between the two. */
function isSplitQuote(text: string, first: Piece, second: Piece): boolean {
  return (
    /,\s*$/.test(text.slice(first.inner.start, first.inner.end)) &&
    second.start - first.end < 80 &&
    SPLIT_BY.test(text.slice(first.end, second.start))
  )
}

/** "…,” Trump seethed in a Truth Social post": where words were posted is no one who said them. */
const notPlatform = (speaker: string | null) => (speaker && PLATFORM.test(speaker) ? null : speaker)
const PLATFORM = /^(?:Truth\s+Social|Telegram|Facebook|Twitter|X|Instagram|YouTube|TikTok|Threads|WhatsApp)$/

/**
 * "Trump wrote on Truth Social:", then the quote on a line of its own: the line before introduces it, and
 * is read with it as one sentence.
 */
function introduced(text: string, sentences: readonly Sentence[], sentence: Sentence): Sentence {
  const before = sentences[sentence.index - 1]
  if (!before || !/:\s*$/.test(before.text) || !text.slice(before.end, sentence.start).includes('\n'))
    return sentence
  return { ...sentence, start: before.start, text: text.slice(before.start, sentence.end) }
}

/** Who the paragraph before a quote that stands alone on its line is about: its last sentence's subject. */
function aboutBefore(
  text: string,
  sentences: readonly Sentence[],
  sentence: Sentence,
  mark: Piece,
  people: People,
  outside: (at: number) => boolean,
  recent: Recent | null,
): string | null {
  const before = sentences[sentence.index - 1]
  if (!before || sentence.start !== mark.start || !/^[ \t]*(?:\n|$)/.test(text.slice(mark.end))) return null
  if (!text.slice(before.end, sentence.start).includes('\n') || !outside(before.start)) return null
  // "…victims of what President Volodymyr Zelenskyy described as one of the most horrific attacks.": where
  // the paragraph's subject is no one, the one it has saying something.
  const sayer = allMatches(SAYER_IN, before.text)
    .filter((m) => outside(before.start + m.index))
    .at(-1)?.[1]
  return subjectOf(text, before, people, outside, recent) ?? (sayer ? nameOf(sayer, people) : null)
}

/** A named person and a verb of saying, anywhere in a sentence: "President Volodymyr Zelenskyy described". */
const SAYER_IN = new RegExp(`(${name(3)})\\s+(?:${SPEECH})\\b`, 'gu')

/** The index of the last span that starts at or before `at`, or -1. */
function lastStartingAtOrBefore(spans: readonly TextSpan[], at: number): number {
  return lastWhere(spans.length, (i) => (spans[i] as TextSpan).start <= at)
}

/** The sentence that holds position `at`. */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  const sentence = sentences[lastStartingAtOrBefore(sentences, at)]
  return sentence && at < sentence.end ? sentence : undefined
}

/** The first sentence a closing mark ending at `end` falls in, or just after ("…dying.” He said"). */
function closingSentence(sentences: readonly Sentence[], end: number): Sentence | undefined {
  const last = lastStartingAtOrBefore(sentences, end - 1)
  for (let i = Math.max(0, last - 1); i <= last; i++) {
    const s = sentences[i] as Sentence
    if (s.start < end && end <= s.end + 1) return s
  }
  return undefined
}

/** A short aside in brackets inside a quote, which an editor adds: "(Russian President Vladimir)", "[the war]". */
const EDITORIAL = /[([][^()[\]\n]{1,40}[)\]]/
const EDITORIAL_ALL = new RegExp(EDITORIAL.source, 'g')

function findQuoteMarks(text: string): Piece[] {
  const marks: Piece[] = []
  // English marks, British single ones (‘…’, closed by the first ’ that ends a word: "Russia’s" is none), and the
  // guillemets and low-high marks of translated reports: «…», „…“. A quote of several
  // paragraphs opens each with a mark and closes only the last: the paragraphs before are quotes whole,
  // whether the first opens its line or follows a colon ("Zelensky said: "Every strike…⏎"Today…""). In
  // Ukrainska Pravda's "Quote: "…" only the first paragraph opens with a mark, and the last closes. Straight
  // single marks open a quote only where a sentence or a colon begins, and close only after its punctuation
  // ("'The Russian scum will be held accountable,' he stated."): the mark is more often an apostrophe.
  for (const m of allMatches(
    /„([^„“”\n]{1,1500})[“”]|«([^«»]{1,1500})»|“([^“”]{1,1500})”|(?<![\w])"([^"\n]{1,1500})"(?![\w])|[“"](?<=(?:^|\n|:[ \t]*)[“"])([^“”"\n]{1,1500})(?=\n\s*[“"])|(?<![\p{L}\p{N}])‘([^‘\n]{1,1500}?)’(?![\p{L}\p{N}])|‘(?<=(?:^|\n|:[ \t]*)‘)([^‘\n]{1,1500})(?=\n\s*‘)|"(?<=Quote:[ \t]*")([^“”"]{1,1500}?)"(?=[ \t]*(?:\n|$))|'(?<=(?:^|\n|[.!?]\s+|:\s+)')((?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,1500}?[,.!?])'(?![\p{L}\p{N}])/gu,
    text,
  )) {
    const start = m.index ?? 0
    const end = start + m[0].length
    const paragraph = m[5] ?? m[7]
    if (paragraph !== undefined) {
      const inner = { start: start + 1, end: start + 1 + paragraph.trimEnd().length }
      marks.push({ start, end: inner.end, inner })
      continue
    }
    // “…,” told with a straight mark between: “I think so",Trump told them. "And we'll see.” are two
    // quotes, the first closed and the second opened by the straight marks.
    const straight = m[3] ? allMatches(/"/g, m[3]) : []
    const [close, open] = straight.map((q) => start + 1 + q.index)
    if (
      straight.length === 2 &&
      close !== undefined &&
      open !== undefined &&
      SAID_BETWEEN.test(text.slice(close + 1, open))
    ) {
      marks.push({ start, end: close + 1, inner: { start: start + 1, end: close } })
      marks.push({ start: open, end, inner: { start: open + 1, end: end - 1 } })
      continue
    }
    marks.push({ start, end, inner: { start: start + 1, end: end - 1 } })
  }
  return marks
}

/** What stands between two quotes of one speaker: ",Trump told Zelenskyy and European leaders. ". */
const SAID_BETWEEN = new RegExp(`^[\\s,.]*[^"“”]{0,80}\\b(?:${SPEECH})\\b[^"“”]{0,80}$`)

/** Long quotes are split into sentences, so that each can meet its copy in another outlet. */
function splitQuote(text: string, inner: TextSpan): TextSpan[] {
  const body = text.slice(inner.start, inner.end)
  const pieces: TextSpan[] = []
  let from = 0
  for (const m of allMatches(/[.!?]+['’"]?\s+(?=[A-Z‘'"])/g, body)) {
    // "the U.S. President", "8 p.m. Moscow time" go on.
    if (m[0].startsWith('.') && isAbbreviation(body, m.index)) continue
    const at = (m.index ?? 0) + m[0].trimEnd().length
    pieces.push({ start: inner.start + from, end: inner.start + at })
    from = (m.index ?? 0) + m[0].length
  }
  pieces.push({ start: inner.start + from, end: inner.end })
  return pieces
    .map(({ start, end }) => {
      const piece = text.slice(start, end)
      const lead = piece.length - piece.trimStart().length
      const trail = piece.replace(/[\s,;:]+$/, '').length
      return { start: start + lead, end: start + trail }
    })
    .filter((p) => p.end > p.start)
}

/** How far a speaker is looked for, in characters: the few words beside a quote or opening its sentence. */
const NEAR_REACH = 400

function attribute(
  text: string,
  mark: Piece,
  sentence: Sentence,
  closing: Sentence,
  people: People,
  outside: (at: number) => boolean,
  recent: Recent | null,
): string | null {
  // A quote of several sentences is attributed after its closing mark: “… Too many people are dying,” Trump wrote.
  const reach = Math.max(closing.end, mark.end + 100)
  const lineEnd = text.indexOf('\n', mark.end)
  // "«…», — stated the minister": a dash between the quote and its verb of saying.
  const after = text
    .slice(mark.end, lineEnd >= 0 && lineEnd < reach ? lineEnd : reach)
    .replace(DASH_BEFORE_VERB, '$1 ')
  const before = text.slice(sentence.start, mark.start)
  // The rest of the quote's closing sentence, after the mark.
  const rest = text.slice(mark.end, closing.end)
  const resolve = (at: number, pronoun: string) =>
    lastPersonBefore(text, at, pronoun, people, outside, recent)
  // Ukrainska Pravda's house style: "Source: Ukraine's Air Force on Telegram", then "Quote: “…”".
  const labelled = before.match(QUOTE_LABEL)
  if (labelled)
    return labelled[1]
      ? nameOf(labelled[1], people)
      : (sourceBefore(text, sentence.start, people) ?? lastInstitutionBefore(text, sentence.start, people))
  // "Merz said he could not imagine it “without a ceasefire.” Mr. Trump said…": a quote that ends its
  // sentence after a verb of saying has its speaker before it; the name after it opens the next sentence.
  let verbs: RegExpExecArray[] | null = null
  // "Zelenskyy called the attack, which comes after the Kremlin warned NATO, “vile”": a verb in an aside
  // that closes before the quote is the aside's.
  const asideCloses = /,\s*$/.test(before)
  const verbsBefore = () => {
    verbs ??= allMatches(VERB, before).filter(
      (v) =>
        outside(sentence.start + (v.index ?? 0)) &&
        !(asideCloses && RELATIVE_OPEN.test(before.slice(0, v.index))),
    )
    return verbs
  }
  const saidBefore =
    /[.!?]["'”’]?$/.test(text.slice(mark.inner.start, mark.inner.end).trimEnd()) && verbsBefore().length > 0
  // Most patterns after the quote end on a verb of saying: where none follows, only "by" and a dash can.
  const spoken = !saidBefore && SPOKEN.test(after)
  const pronounAfter = spoken ? after.match(AFTER_PRONOUN)?.[1] : undefined
  if (pronounAfter) return resolve(mark.start, pronounAfter)
  // "…,” it wrote on Telegram": the institution the text named last, as the one speaking before.
  if (spoken && AFTER_IT.test(after)) return lastInstitutionBefore(text, mark.start, people)
  // "«…,» the message reads": a document, whose source the text named before ("This was announced by…").
  if (spoken && AFTER_DOCUMENT.test(after)) return documentSource(text, mark.start, people)
  const nameAfter = spoken
    ? (after.match(AFTER_NAME) ??
      after.match(AFTER_VERB_SOURCE) ??
      titleOfThenName(after) ??
      after.match(AFTER_VERB) ??
      after.match(AFTER_VERB_DESCRIBED) ??
      (SAID_AT_END.test(rest) ? null : after.match(AFTER_BY)) ??
      after.match(AFTER_DESCRIPTION) ??
      after.match(AFTER_NAME_DESCRIBED) ??
      after.match(AFTER_DESCRIBED_NAME) ??
      after.match(AFTER_ORGANISATION) ??
      after.match(AFTER_COMPANY) ??
      after.match(AFTER_DASH))
    : saidBefore
      ? null
      : ((NAMES_OBJECT.test(before) ? null : after.match(AFTER_BY)) ?? after.match(AFTER_DASH))
  // "…,” the ministry said": the institution of that kind the text named last, where it named one.
  const body = nameAfter?.[1]?.match(BODY_ALONE)?.[1]
  // ("…,” the company said": a company the text names, or no one.)
  if (body && COMPANY.test(body)) return namedCompany(text, mark.start)
  if (body) return namedBody(text, mark.start, body, people) ?? nameOf(nameAfter?.[1] ?? '', people)
  // ("…,” the President wrote": a title alone, in capitals, is no name; it is read as a description below.)
  if (nameAfter?.[1] && !BARE_TITLE.test(nameAfter[1])) return nameOf(nameAfter[1], people)
  const describedAfter = spoken ? after.match(AFTER_DESCRIBED)?.[1] : undefined
  if (describedAfter)
    return (
      personDescribed(describedAfter, people)?.name ??
      titledBefore(text, sentence.start, describedAfter, people, recent)
    )
  const titledAfter = spoken ? (after.match(AFTER_TITLE) ?? after.match(AFTER_VERB_TITLE))?.[1] : undefined
  if (titledAfter) return titledBefore(text, sentence.start, titledAfter, people, recent)
  const verb = verbsBefore().at(-1)
  if (verb) {
    const upToVerb = before.slice(0, verb.index)
    // ", calling their dialogue “symbolic”": a participle speaks for the subject of its sentence.
    // "…, Kremlin aide Yuri Ushakov said, describing the talks as “useful”": the participle is the sayer's.
    // "…“went very well,” adding that": the comma may stand inside the quote before.
    if (/,["”’']?\s*(?:while\s+|before\s+|after\s+|when\s+)?$/.test(upToVerb) && /ing$/.test(verb[0])) {
      // "…,” the U.S. President told reporters, while emphasizing": the sayer is described, not named.
      const described = upToVerb.slice(-NEAR_REACH).match(DESCRIBED_SAYER)?.[1]
      const person = described ? personDescribed(described, people) : null
      if (person) return person.name
      const sayer = upToVerb.slice(-NEAR_REACH).match(SAYER_BEFORE)?.[1]
      return sayer ? nameOf(sayer, people) : subjectOf(text, sentence, people, outside, recent)
    }
    // "Zelensky called the meeting with Trump “very good” and said", "Trump spoke with Putin on Monday, then
    // announced": a second verb of the sentence's subject.
    // ("prompting Trump to raise his voice and say": the verbs are of whom the infinitive is.)
    if (/\b(?:and|then)\s*$/.test(upToVerb)) {
      const infinitive = upToVerb.slice(-NEAR_REACH).match(INFINITIVE_OF)?.[1]
      return infinitive ? nameOf(infinitive, people) : subjectOf(text, sentence, people, outside, recent)
    }
    // "Andriy Yermak, the head of Zelensky's office, wrote": the name stands before its description.
    // Only its last words are read: a long sentence is not split whole for each of its quotes.
    // "Macron, speaking after the meeting, said": an aside in lower case between the name and its verb.
    const near = upToVerb
      .slice(-NEAR_REACH)
      .replace(/,\s*(?:\p{Ll}|[A-Z][\p{L}-]*['’]s\s)[^,]{1,80},\s*$/u, ' ')
      .split(/\s+/)
      .slice(-7)
      .join(' ')
    const pronoun = allMatches(PRONOUN, near).at(-1)
    const name = allMatches(CAPITALISED, near)
      .map((m) => m[0])
      .filter((w) => personNamed(w, people))
      .at(-1)
    if (name && (!pronoun || near.lastIndexOf(name) > (pronoun.index ?? 0))) return nameOf(name, people)
    if (pronoun) return resolve(sentence.start + before.lastIndexOf(pronoun[0], verb.index), pronoun[0])
    const described = near.match(DESCRIBED)
    if (described) {
      const person =
        personDescribed(described[1] ?? '', people)?.name ??
        titledBefore(text, sentence.start, described[1] ?? '', people, recent)
      if (person) return person
    }
    const title = near.match(TITLE_ALONE)?.[1]
    if (title) return titledBefore(text, sentence.start, title, people, recent)
    // "The Kremlin's spokesman, Dmitry Peskov, described": the name in its commas.
    // "Trump also said", "prompting Trump to write": an adverb, an auxiliary or "to" may stand between the
    // name and its verb.
    const any = near.match(NAME_AT_END)
    // "The General Staff of the Armed Forces of Ukraine posted": the name is a part of the institution's.
    const institution =
      any?.[1] && /\bof\s+(?:the\s+)?$/.test(near.slice(0, any.index))
        ? upToVerb.slice(-NEAR_REACH).match(ORGANISATION)?.[1]
        : undefined
    if (any?.[1] && institution && institution.length > any[1].length && institution.endsWith(any[1]))
      return institution.replace(/^the\s+/i, '')
    // ("When asked if…": a word that opens a clause is no name.)
    if (
      any?.[1] &&
      !/^(?:The|In|On|A)$/.test(any[1]) &&
      !NO_NAME.test(any[1]) &&
      !STOPWORDS.has(any[1].toLowerCase())
    )
      return nameOf(any[1], people)
    const organisation = near.match(ORGANISATION)?.[1]
    if (organisation && /^(?:the\s+)?[A-Z]/.test(organisation)) return nameOf(organisation, people)
  }
  // "According to Zelensky, the attack was “a deliberate strike”": a source, when no one is said to speak.
  const according = saidBefore ? null : after.match(AFTER_ACCORDING)
  const source = before.match(ACCORDING)?.[1] ?? according?.[1] ?? according?.[2]
  if (source) return nameOf(source, people)
  // "Russian forces caused “serious damage” to power plants, Ukraine's largest private energy company, DTEK,
  // said.": a quoted phrase inside a sentence whose sayer closes it.
  // ("went “very well,” and the tone was “excellent,” Trump said.": another quoted phrase on the way is his too.)
  const plain = rest.replace(QUOTED_PHRASE, (phrase) => (phrase.includes(',') ? 'so,' : 'so'))
  const closer = saidBefore || /[“”"]/.test(plain) ? null : plain.match(SAYER_AT_END)?.[1]
  if (closer && !BARE_TITLE.test(closer)) return nameOf(closer, people)
  return null
}

/** "prompting Trump to raise his voice and ": a name, then "to" and the verbs it does, the last with "and". */
const INFINITIVE_OF = new RegExp(`\\b(${name(2)})\\s+to\\s+(?:[\\p{Ll}’'-]+\\s+){1,6}?(?:and|then)\\s*$`, 'u')

/** The sayer that closes a sentence, after a description of a few words or none: ", the company DTEK said." */
const SAYER_AT_END = new RegExp(
  `,\\s+(?:(?:the\\s+|an?\\s+|[A-Z][\\p{L}-]*['’]s\\s+)(?:[\\p{Ll}-]+\\s+){0,5}[\\p{Ll}-]+,?\\s+)?(${name(3)}),?\\s+(?:${SAID_VERBS})\\s*[.!?]?\\s*$`,
  'u',
)

/** A short quoted phrase: "excellent", “very close to a deal”. */
const QUOTED_PHRASE = /[“"][^“”".!?]{1,40}[”"]/g
const DASH_BEFORE_VERB = new RegExp(`^([\\s,.!?]*)(?:[—–]|-(?=\\s))\\s*(?=(?:${SPEECH})\\s)`)
/**
 * "came “under massive shelling” by Russia on Friday, a Ukrainian minister said.": a sentence that closes
 * on its sayer; a "by" after the quote is whoever did what the quote tells.
 */
const SAID_AT_END = new RegExp(`,\\s+[^,“”"]{1,60}?\\s(?:${SAID_VERBS})\\s*[.!?]?\\s*$`, 'u')

const QUOTE_LABEL = /^\s*Quote(?:\s+from\s+([^:]{1,60}))?:\s*$/
const SOURCE_LINE =
  /(?:^|\n)Source:\s*([^\n,;]{1,80}?)(?:\s+(?:on|in|via)\s+(?:Telegram|X|Facebook|Twitter|social\s+media|(?:a\s+)?video)\b|[,;]|\n|$)/g

/** Who the last "Source:" line before `at` names, within a few paragraphs. */
function sourceBefore(text: string, at: number, people: People): string | null {
  const source = allMatches(SOURCE_LINE, text.slice(Math.max(0, at - 1500), at))
    .at(-1)?.[1]
    ?.trim()
  return source ? nameOf(source, people) : null
}

const TITLES =
  'president|prime minister|chancellor|foreign minister|mayor|governor|spokes(?:man|woman|person)|head'
/** The titles as a text writes them before a name ("Mayor Vitali Klitschko") or after it ("…, the mayor"). */
const TITLES_CASED =
  '[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Ff]oreign [Mm]inister|[Mm]ayor|[Gg]overnor|[Ss]pokes(?:man|woman|person)'
/** A title that stands alone for its holder: "the mayor", "the regional governor", "the head of the region". */
const TITLE_ONLY =
  'the\\s+(?:[a-z]+\\s+){0,2}(mayor|governor|spokes(?:man|woman|person)|head(?=\\s+of\\s))(?:\\s+of\\s+the\\s+(?:[a-z]+\\s+){0,2}[a-z]+)?'
/** "…,” the mayor wrote", "…,” the regional governor said": a title alone, its holder named before. */
const AFTER_TITLE = new RegExp(`^[\\s,.!?]*${TITLE_ONLY}\\s+(?:${SPEECH})\\b`, 'i')
/** "…,” said the mayor.", "…,” said the head of the region.": the same, after its verb. */
const AFTER_VERB_TITLE = new RegExp(`^[\\s,.!?]*(?:${SPEECH})\\s+${TITLE_ONLY}\\s*(?:[.,;!?]|$)`, 'i')
const TITLE_ALONE = new RegExp(`\\b${TITLE_ONLY}\\s*$`, 'i')
/**
 * "Kyiv Mayor Vitali Klitschko", "Oleh Syniehubov, the Kharkiv regional governor,", "the head of the Chernivtsi
 * Regional Military Administration, Ruslan Zaparaniuk": a title and its holder.
 */
const TITLED = new RegExp(
  `\\b(${TITLES_CASED})\\s+(${name(2)})|(${name(2)}),\\s+the\\s+(?:[\\p{L}’'-]+\\s+){0,4}?(${TITLES_CASED})\\b|\\b([Hh]ead)\\s+of\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,5}?(?:[Aa]dministration|[Rr]egion|[Oo]blast|[Cc]ity|[Cc]ouncil),?\\s+(${name(2)})`,
  'gu',
)

/**
 * Who "the president" or "the mayor" is where the corpus has no one person so described: the last person
 * the text before `at` gives that title ("Ukrainian President Volodymyr Zelensky … “…,” the president
 * said"), where its sentence names no other. "The US president" is the last president the text does not
 * give another country ("US President Donald Trump met Ukrainian President Volodymyr Zelensky"), and whom
 * the corpus never calls another country's president.
 */
function titledBefore(
  text: string,
  at: number,
  description: string,
  people: People,
  recent: Recent | null,
): string | null {
  const key = descriptorKey(description)
  const nation = key.match(NATION_FIRST)?.[1] ?? null
  const title = nation ? key.slice(nation.length + 1) : key
  if (!TITLE_WORDS.test(title)) return null
  const abroad = nation ? describedAbroad(people, nation, title) : null
  const window = text.slice(Math.max(0, at - 1500), at)
  const titled = allMatches(TITLED, window)
    .map((m) => ({
      index: m.index,
      title: (m[1] ?? m[4] ?? m[5] ?? '').toLowerCase(),
      name: m[2] ?? m[3] ?? m[6] ?? '',
    }))
    .filter((m) => m.title === title)
    .filter((m) => {
      if (!nation || !abroad) return true
      const said = window.slice(Math.max(0, m.index - 24), m.index).match(NATION_BEFORE)?.[1]
      if (said) return descriptorKey(`${said} ${title}`) === key
      const person = personNamed(m.name.split(/\s+/).at(-1) ?? '', people)
      return !person || !abroad.has(person.key)
    })
  // "US President Donald Trump met Ukrainian President Volodymyr Zelensky": either may be "the president",
  // unless one of them spoke the quote before ("“…,” Trump wrote. … the president stated, “…”"). So may
  // the one who spoke before, where the last so titled is no sentence's subject ("Trump then said he had
  // updated Ukrainian President Volodymyr Zelenskyy. “…,” the president concluded").
  const speaker = recent?.speaker
  const spoke = !!speaker && titled.some((m) => nameOf(m.name, people) === speaker)
  const last = titled.at(-1)
  if (!last) return null
  const from = lastSentenceEnd(window, last.index)
  const subject = SUBJECT_TITLE.test(window.slice(from, last.index))
  if (spoke && (!subject || titled.some((m) => m.index >= from && m.name !== last.name))) return speaker
  if (titled.some((m) => m.index >= from && m.name !== last.name)) return null
  return nameOf(last.name, people)
}

/** What may stand before a title that opens its sentence: "Later, US ", "The Ukrainian ". */
const SUBJECT_TITLE = new RegExp(`^\\s*(?:[A-Z][a-z]+,\\s+)?(?:the\\s+)?(?:(?:${NATIONALITIES})\\s+)?$`, 'i')

/** "us president": the country a description gives, as `descriptorKey` writes it. */
const NATION_FIRST = new RegExp(
  `^(${[...new Set(NATIONALITIES.split('|').map((n) => descriptorKey(n.replace(/\\/g, '')).replace(/\./g, '\\.')))].join('|')})\\s`,
)
/** "Ukrainian ", "U.S. ", "Russia's ": a country's word right before a title. */
const NATION_BEFORE = new RegExp(
  `\\b(${NATIONALITIES}|(?:Ukraine|Russia|America|France|Germany|Britain)['’]s)\\s+$`,
)

/** The people the corpus gives `title` of a country other than `nation`: Zelensky is no "US president". */
function describedAbroad(people: People, nation: string, title: string): Set<string> {
  const abroad = new Set<string>()
  for (const [key, person] of people.descriptors)
    if (key.endsWith(` ${title}`) && !key.startsWith(`${nation} `)) abroad.add(person.key)
  return abroad
}

const TITLE_WORDS = new RegExp(`^(?:${TITLES})$`)
const BARE_TITLE = new RegExp(`^(?:the\\s+)?(?:${TITLES_CASED})$`)

/** "When asked if…, ", "After the call, ": a clause before a sentence's subject. */
const LEADING_CLAUSE =
  /^(?:When|While|After|Before|As|If|Asked|Speaking|Although|Though|Since|Once|In|On|At|During|Following|Despite|Amid)\b[^,;:“”"]{0,120},\s*/

function subjectOf(
  text: string,
  sentence: Sentence,
  people: People,
  outside: (at: number) => boolean,
  recent: Recent | null,
) {
  // "When asked if troops would go, Trump avoided an answer", "In response to the strikes, Trump urged": the
  // clause before the subject is left out.
  const lead = sentence.text.match(LEADING_CLAUSE)?.[0].length ?? 0
  const opening = sentence.text
    .slice(lead, lead + NEAR_REACH)
    .split(/\s+/)
    .slice(0, 8)
    .join(' ')
  const pronoun = opening.match(/^(?:[Hh]e|[Ss]he)\b/)?.[0]
  if (pronoun) return lastPersonBefore(text, sentence.start, pronoun, people, outside, recent)
  // "The US president threatens Putin with “sanctions”": the subject is the one the corpus so describes.
  // Where the corpus describes no one so, the person named next is likely the object, not the subject. A
  // title before a name ("President Donald Trump spoke") describes no one: the name is the subject.
  const described = opening.match(DESCRIBED)
  const titled = described && /^\s+[A-Z]/.test(opening.slice(described[0].length))
  if (described?.index === 0 && !titled) return personDescribed(described[1] ?? '', people)?.name ?? null
  const first = allMatches(CAPITALISED, opening).find(
    (m) => personNamed(m[0], people) && outside(sentence.start + lead + (m.index ?? 0)),
  )
  return first ? nameOf(first[0], people) : null
}

/**
 * Who "he" is: a person of the last sentence before it that names one, outside quotes: the one who speaks
 * there ("Trump said he had called Putin" → Trump), or else the first named, the sentence's likely subject.
 * "She" is a woman where the text names one ("Kaja Kallas spoke after Trump met Zelensky. “…,” she said"),
 * and "he" a man, as far as first names tell.
 */
function lastPersonBefore(
  text: string,
  at: number,
  pronoun: string,
  people: People,
  outside: (at: number) => boolean,
  recent: Recent | null,
): string | null {
  const window = text.slice(Math.max(0, at - 600), at)
  const offset = at - window.length
  const named = allMatches(CAPITALISED, window).filter(
    (m) => outside(offset + (m.index ?? 0)) && personNamed(m[0], people),
  )
  const woman = /^she$/i.test(pronoun)
  const fitting = /^(?:he|she)$/i.test(pronoun)
    ? named.filter((m) => isWoman(personNamed(m[0], people)) === woman)
    : []
  const names = fitting.length > 0 ? fitting : named
  const last = names.at(-1)
  // "“Russia will propose…,” he told Russian media after his call with Trump. He added that…": the one who
  // spoke last, where no name comes after their quote's sentence, goes on speaking.
  const spoke = recent?.speaker ? personNamed(recent.speaker.split(/\s+/).at(-1) ?? '', people) : null
  const fits = !/^(?:he|she)$/i.test(pronoun) || (!!spoke && isWoman(spoke) === woman)
  if (recent?.speaker && fits && recent.end <= at && recent.end >= offset) {
    // The quote's own sentence ends at its mark where a new line follows, or else at the next full stop.
    const afterQuote = text.slice(recent.end, at)
    const closed = /[.!?]["”’']?$/.test(text.slice(recent.start, recent.end)) && /^[ \t]*\n/.test(afterQuote)
    const ownEnd = closed ? 0 : afterQuote.search(/[.!?]["”’]?\s/) + 1 || afterQuote.length
    const namedSince = allMatches(CAPITALISED, afterQuote).some(
      (m) => m.index >= ownEnd && personNamed(m[0], people),
    )
    if (!namedSince) return recent.speaker
  }
  if (!last) return null
  const sentenceStart = lastSentenceEnd(window, last.index)
  const inSentence = names.filter((m) => m.index >= sentenceStart)
  const speaking = inSentence.filter((m) =>
    SPEAKS_NEXT.test(window.slice(m.index + m[0].length, m.index + m[0].length + 30)),
  )
  const chosen = speaking.at(-1) ?? inSentence[0] ?? last
  return nameOf(chosen[0], people)
}

/** The last institution the text before `at` says spoke, within a few sentences. */
/** "…,” the statement reads", "…,» the message reads": the words of a document, not of a person named after. */
const AFTER_DOCUMENT =
  /^[\s,.!?]*the\s+(?:[a-z]+\s+)?(?:statement|message|post|readout|letter|address)\s+(?:reads|read|says|said|states|stated|detailed|added|noted)\b/i
/**
 * "This was announced by the President of Ukraine Volodymyr Zelenskyy", "This is stated in the statement of the
 * Land Forces": who issued the words a text goes on to quote.
 */
const SOURCE_NAMED =
  /\b(?:announced|stated|said|reported|written|posted|published|issued|statement)\s+(?:in\s+(?:a|an|the)\s+(?:statement|message|post)\s+)?(?:by|of|from)\s+(?:the\s+)?((?:[A-Z][\p{L}’'-]+\s+(?:of\s+)?){0,5}[A-Z][\p{L}’'-]+)/gu

const NAME_AFTER_TITLE_OF = /\bof\s+[A-Z][\p{L}’'-]+\s+((?:[A-Z][\p{L}’'-]+\s+)?[A-Z][\p{L}’'-]+)$/u

/**
 * "Valentyn Reznichenko, the head of the regional administration, reported this on Telegram": a person who
 * posted the words a text goes on to quote.
 */
const POSTER_NAMED =
  /\b([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){1,2})(?:,\s+[^,.;]{3,120},)?\s+(?:reported|wrote|posted|announced|said|stated)(?:\s+(?:this|it|that))?\s+(?:on|in)\s+(?:Telegram|Facebook|X|Twitter|Instagram|social\s+media|(?:a|his|her|the)\s+(?:[\p{L}-]+\s+)?(?:post|statement|message|channel))\b/gu

/** The source a document quoted at `at` was issued by: the last the text names before it, or its institution. */
function documentSource(text: string, at: number, people: People): string | null {
  const window = text.slice(Math.max(0, at - 600), at)
  const issued = allMatches(SOURCE_NAMED, window).at(-1)
  const posted = allMatches(POSTER_NAMED, window).at(-1)
  const source = (posted && (!issued || posted.index > issued.index) ? posted : issued)?.[1]
  if (!source) return lastInstitutionBefore(text, at, people)
  // "the President of Ukraine Volodymyr Zelenskyy": the name after its title "of" a country.
  return nameOf(source.match(NAME_AFTER_TITLE_OF)?.[1] ?? source, people)
}

function lastInstitutionBefore(text: string, at: number, people: People): string | null {
  const last = allMatches(INSTITUTION_SPEAKS, text.slice(Math.max(0, at - 600), at)).at(-1)
  const said = last?.[1] ?? last?.[2]
  return said ? nameOf(said, people) : null
}

/** An institution named by its kind alone, in lower case: "the ministry", "the air force". */
const BODY_ALONE =
  /^the\s+(ministry|air\s+force|military|government|administration|service|company|operator)$/
const COMPANY = /^(?:company|operator)$/
/** "the national railway company, Ukrzaliznytsia,", "DTEK, Ukraine's largest private energy company": its name. */
const COMPANY_NAMED = new RegExp(
  String.raw`\b(?:company|operator)\s*,?\s+(${name(2)})\b|\b(${name(2)}),\s+(?:[\p{L}’'-]+\s+){0,5}(?:company|operator)\b`,
  'gu',
)

/** The last company the text names before `at`, for "…,” the company said". */
function namedCompany(text: string, at: number): string | null {
  const named = allMatches(COMPANY_NAMED, text.slice(Math.max(0, at - 600), at)).at(-1)
  return named?.[1] ?? named?.[2] ?? null
}
const NAMED_BODY = new RegExp(INSTITUTION_NAMED, 'gu')

/** The last institution of a kind ("ministry") the text names before `at`: "the Russian Defense Ministry". */
function namedBody(text: string, at: number, body: string, people: People): string | null {
  const kind = body.replace(/\s+/g, ' ')
  const named = allMatches(NAMED_BODY, text.slice(Math.max(0, at - 600), at))
    .map((m) => m[1] ?? '')
    .filter(
      (n) =>
        /[A-Z]/.test(n.replace(/^the\s+/i, '')[0] ?? '') &&
        n.toLowerCase().replace(/\s+/g, ' ').includes(kind),
    )
    .at(-1)
  return named ? nameOf(named, people) : null
}

/** First names that end in "a" and are men's: Mykola, Nikita, Ilya. */
const MEN_IN_A =
  /^(?:Mykola|Nikita|Mykyta|Ilya|Illia|Kuzma|Luka|Luca|Sasha|Andrea|Joshua|Foma|Sava|Ezra|Nicola)$/
/** Women's first names that do not end in "a". */
const WOMEN =
  /^(?:Karoline|Caroline|Marine|Hillary|Nancy|Kristi|Tulsi|Annalena|Mette|Kirsty|Liz|Elise|Ruth|Catherine|Kate|Elizabeth|Margaret|Madeleine|Christine|Ingrid|Yvette|Rachel|Michelle|Marie|Sophie|Heidi|Ylva|Beate|Agnes|Irene|Jill|Kristen|Kaja|Kaia)$/

/** Whether a person's first name is a woman's: "Kaja Kallas", "Maria Zakharova"; false when unknown. */
function isWoman(person: Person | null): boolean {
  const [first, ...rest] = person?.name.split(/\s+/) ?? []
  if (!first || rest.length === 0) return false
  return WOMEN.test(first) || (/a$/.test(first) && !MEN_IN_A.test(first))
}

const SPEAKS_NEXT = new RegExp(`^['’]?s?\\s+(?:${SPEECH})\\b`)

/** Where the sentence holding position `at` of `text` begins (0 when no full stop comes before it). */
function lastSentenceEnd(text: string, at: number): number {
  let start = 0
  for (const m of allMatches(/[.!?]["”’]?\s+/g, text.slice(0, at))) start = m.index + m[0].length
  return start
}

function nameOf(phrase: string, people: People): string {
  const tokens = phrase.replace(/^the\s+/i, '').split(/\s+/)
  for (const token of tokens.slice().reverse()) {
    const person = personNamed(token, people)
    if (person) return person.name
  }
  return withoutTitle(phrase.replace(/^the\s+/i, '').replace(/['’]s$/, ''))
}
