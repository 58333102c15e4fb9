/**
 * Words of lower-case text, as /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu finds them, read one character code
 * at a time and looked up in a table of words seen before without cutting each out as a string first:
 * the similarity measures read every sentence of a corpus this way, so this is the engine's hottest loop.
 */

/** Letters and digits below U+3000 (Latin, Greek, Cyrillic, Arabic, Indic…); the rest goes the slow way. */
const TABLE_END = 0x3000
let wordish: Uint8Array | null = null

function wordTable(): Uint8Array {
  if (wordish) return wordish
  const table = new Uint8Array(TABLE_END)
  const chars: string[] = []
  for (let c = 0; c < TABLE_END; c++) chars.push(String.fromCharCode(c))
  const all = chars.join('')
  const pattern = /[\p{L}\p{N}]+/gu
  for (let m = pattern.exec(all); m; m = pattern.exec(all)) table.fill(1, m.index, m.index + m[0].length)
  wordish = table
  return table
}

function isWord(table: Uint8Array, c: number): boolean {
  return c < TABLE_END && table[c] === 1
}

function isJoin(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45
}

const SLOW_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/**
 * Words mapped to numbers through `codeOf` (a negative number: a word to leave out). A word already seen is
 * found by its hash and a comparison of character codes, so the scan allocates a string only for a word
 * it has never met.
 */
export class WordScanner {
  private keys: (string | undefined)[] = new Array(1 << 12)
  private hashes = new Int32Array(1 << 12)
  private codes = new Int32Array(1 << 12)
  private size = 0

  constructor(
    private readonly codeOf: (word: string) => number,
    private readonly capacity = 200_000,
  ) {}

  /**
   * The codes of the words of `lower` (already lower-cased) from `from` to `to`, in order, without the
   * negative ones. A range lets a caller lower-case a whole article once and read it sentence by sentence.
   */
  scan(lower: string, from = 0, to = lower.length): number[] {
    const out: number[] = []
    const table = wordTable()
    const n = to
    let i = from
    while (i < n) {
      const first = lower.charCodeAt(i)
      if (!isWord(table, first)) {
        if (first >= TABLE_END) return this.scanSlowly(lower.slice(from, to))
        i++
        continue
      }
      const start = i
      let hash = 0x811c9dc5
      for (;;) {
        while (i < n) {
          const c = lower.charCodeAt(i)
          if (!isWord(table, c)) {
            if (c >= TABLE_END) return this.scanSlowly(lower.slice(from, to))
            break
          }
          hash = Math.imul(hash ^ c, 0x01000193)
          i++
        }
        if (i + 1 < n && isJoin(lower.charCodeAt(i)) && isWord(table, lower.charCodeAt(i + 1))) {
          hash = Math.imul(hash ^ lower.charCodeAt(i), 0x01000193)
          i++
        } else break
      }
      const code = this.lookup(lower, start, i, hash)
      if (code >= 0) out.push(code)
    }
    return out
  }

  /** Text with characters the table does not cover (CJK, astral planes): the word pattern reads all of it. */
  private scanSlowly(lower: string): number[] {
    const out: number[] = []
    for (const word of lower.match(SLOW_WORD) ?? []) {
      const code = this.codeOf(word)
      if (code >= 0) out.push(code)
    }
    return out
  }

  private lookup(text: string, start: number, end: number, hash: number): number {
    const mask = this.keys.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot]
      if (key === undefined) break
      if (this.hashes[slot] === hash && sameChars(key, text, start, end)) return this.codes[slot] as number
    }
    const word = text.slice(start, end)
    const code = this.codeOf(word)
    if (this.size < this.capacity) this.insert(word, hash, code)
    return code
  }

  private insert(word: string, hash: number, code: number) {
    if ((this.size + 1) * 2 > this.keys.length) this.grow()
    const mask = this.keys.length - 1
    let slot = hash & mask
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask
    this.keys[slot] = word
    this.hashes[slot] = hash
    this.codes[slot] = code
    this.size++
  }

  private grow() {
    const { keys, hashes, codes } = this
    this.keys = new Array(keys.length * 2)
    this.hashes = new Int32Array(keys.length * 2)
    this.codes = new Int32Array(keys.length * 2)
    this.size = 0
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot]
      if (key !== undefined) this.insert(key, hashes[slot] as number, codes[slot] as number)
    }
  }
}

function sameChars(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}
