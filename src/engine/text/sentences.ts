import type { TextSpan } from '../types'

export type Sentence = TextSpan & { readonly text: string; readonly index: number }

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

// ICU breaks after every full stop followed by a capital; news copy is full of "U.S. President" and "Gov. Smith".
const ABBREVIATION =
  /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gov|Gen|Lt|Col|Sgt|Capt|Sen|Rep|St|Jr|Sr|No|Vol|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Prof|Rev|Corp|Inc|Ltd|Co)\.)\s*$/

/** Splits text into sentences with Intl.Segmenter, then mends its breaks after abbreviations and before "he added". */
export function splitSentences(text: string): Sentence[] {
  const pieces: { start: number; end: number }[] = []
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = pieces.at(-1)
    const trimmed = segment.trimEnd()
    if (!trimmed.trim()) continue
    const startsLower = /^[\s"“”'‘’]*[a-z]/.test(segment)
    const prevText = previous ? text.slice(Math.max(previous.start, previous.end - 16), previous.end) : ''
    const noNewline = previous && text.lastIndexOf('\n', index - 1) < previous.start
    if (previous && noNewline && (ABBREVIATION.test(prevText) || startsLower)) {
      previous.end = index + trimmed.length
    } else {
      const lead = segment.length - segment.trimStart().length
      pieces.push({ start: index + lead, end: index + trimmed.length })
    }
  }
  // A line break always ends a sentence: headlines and bullet lines carry no full stop.
  const sentences: Sentence[] = []
  for (const piece of pieces) {
    let start = piece.start
    for (const line of text.slice(piece.start, piece.end).split('\n')) {
      const lead = line.length - line.trimStart().length
      const body = line.trim()
      if (body)
        sentences.push({
          start: start + lead,
          end: start + lead + body.length,
          text: body,
          index: sentences.length,
        })
      start += line.length + 1
    }
  }
  return sentences
}
