/** A readable id from a text: "Russia launches 112 drones" → "russia-launches-112-drones". */
export function slug(text: string, maxWords: number, fallback: string): string {
  // Accents come off ("Kraków" → "krakow"); ASCII text, most of it, has none to take off.
  const plain = /[\u0080-\uffff]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text
  return (
    plain
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .split('-')
      .slice(0, maxWords)
      .join('-') || fallback
  )
}

/**
 * Hands out ids that stay unique: the second "number-drones-launched" becomes "number-drones-launched-2".
 * It remembers the last suffix of each base, so a thousand facts of one name cost a thousand steps, not a
 * million.
 */
export class UniqueIds {
  private readonly taken = new Set<string>()
  private readonly next = new Map<string, number>()

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.taken.add(id)
  }

  take(base: string): string {
    let n = this.next.get(base) ?? 1
    let id = n === 1 ? base : `${base}-${n}`
    while (this.taken.has(id)) id = `${base}-${++n}`
    this.next.set(base, n + 1)
    this.taken.add(id)
    return id
  }
}
