/**
 * Every match of a global (or sticky) pattern, found with `exec`. On sentence-sized texts this runs
 * about twice as fast as `matchAll`, which clones the pattern on every call. The array is complete
 * before the caller sees it, so a caller may use the same pattern again inside its loop.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match)
    if (match[0] === '') pattern.lastIndex++
  }
  pattern.lastIndex = 0
  return found
}
