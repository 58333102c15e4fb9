/**
 * The last index below `length` at which `holds` is true, or -1, where it holds for a run from the start and
 * for nothing after: a binary search ("the last sentence that starts before this quote").
 */
export function lastWhere(length: number, holds: (index: number) => boolean): number {
  let low = 0
  let high = length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (holds(middle)) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}
