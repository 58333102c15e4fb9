/** A candidate pairing of two items from different articles, with how alike they are. */
export type Edge = { readonly a: number; readonly b: number; readonly score: number }

/** Marks an article whose members in a group may not be joined by another member of it. */
const CLOSED = null

/**
 * Groups items by their best pairings first, never putting two items of one article in a group, so each
 * group is one fact: unless `sameKey` gives both the same key (an article that quotes the very same words
 * twice states one thing twice).
 */
export function groupByEdges(
  articleOf: readonly string[],
  edges: readonly Edge[],
  sameKey: (i: number) => string | null = () => null,
  /** Whether two groups, by their members and the edge between them, may become one: a veto on the edges. */
  mayJoin: (a: readonly number[], b: readonly number[], edge: Edge) => boolean = () => true,
): number[][] {
  const n = articleOf.length
  const parent = Int32Array.from({ length: n }, (_, i) => i)
  // A group of one has neither list: its member is its root, its article and key are the root's own.
  const members: (number[] | undefined)[] = new Array(n)
  // Per group, per article, the one key its members there share, or CLOSED: what a merge is checked against.
  const keysByArticle: (Map<string, string | null> | undefined)[] = new Array(n)
  const keys: (string | null | undefined)[] = new Array(n)
  const keyOf = (i: number) => {
    let key = keys[i]
    if (key === undefined) {
      key = sameKey(i)
      keys[i] = key
    }
    return key
  }
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root] as number
    parent[i] = root
    return root
  }
  const size = (root: number) => members[root]?.length ?? 1
  /** Whether every article the two groups share holds, on both sides, members of one and the same key. */
  const compatible = (small: number, large: number) => {
    const articles = keysByArticle[small]
    if (!articles) return fits(articleOf[small] ?? '', keyOf(small), large)
    for (const [article, key] of articles) if (!fits(article, key, large)) return false
    return true
  }
  const fits = (article: string, key: string | null, root: number) => {
    const articles = keysByArticle[root]
    if (!articles) return articleOf[root] !== article || (key !== CLOSED && keyOf(root) === key)
    const other = articles.get(article)
    return other === undefined || (key !== CLOSED && other === key)
  }
  const articlesOf = (root: number) => {
    let articles = keysByArticle[root]
    if (!articles) {
      articles = new Map([[articleOf[root] ?? '', keyOf(root)]])
      keysByArticle[root] = articles
    }
    return articles
  }
  for (const edge of [...edges].sort((x, y) => y.score - x.score)) {
    let ra = find(edge.a)
    let rb = find(edge.b)
    if (ra === rb) continue
    if (size(ra) < size(rb)) [ra, rb] = [rb, ra]
    if (!compatible(rb, ra) || !mayJoin(members[ra] ?? [ra], members[rb] ?? [rb], edge)) continue
    const merged = members[ra] ?? [ra]
    for (const i of members[rb] ?? [rb]) merged.push(i)
    const mergedArticles = articlesOf(ra)
    const joining = keysByArticle[rb]
    if (joining) for (const [article, key] of joining) mergedArticles.set(article, key)
    else mergedArticles.set(articleOf[rb] ?? '', keyOf(rb))
    parent[rb] = ra
    members[ra] = merged
    members[rb] = undefined
    keysByArticle[rb] = undefined
  }
  const groups = new Map<number, number[]>()
  for (let i = 0; i < n; i++) {
    const root = find(i)
    const list = groups.get(root)
    if (list) list.push(i)
    else groups.set(root, [i])
  }
  return [...groups.values()]
}

/**
 * Pairs of items that share at least one key, each pair once: the candidates worth scoring. Keys held by
 * more than `maxPostings` items say little and are skipped, so the work follows the overlap, not n².
 */
export function candidatePairs<Key>(keysOf: readonly Iterable<Key>[], maxPostings = 400): [number, number][] {
  const index = new Map<Key, number[]>()
  for (let i = 0; i < keysOf.length; i++) {
    for (const key of keysOf[i] ?? []) {
      const list = index.get(key)
      // An item's repeated key is posted once: its own posting is then the list's last.
      if (!list) index.set(key, [i])
      else if (list[list.length - 1] !== i) list.push(i)
    }
  }
  const seen = new Set<number>()
  const pairs: [number, number][] = []
  const n = keysOf.length
  for (const ids of index.values()) {
    if (ids.length < 2 || ids.length > maxPostings) continue
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const a = ids[x] as number
        const b = ids[y] as number
        const key = a * n + b
        if (seen.has(key)) continue
        seen.add(key)
        pairs.push([a, b])
      }
    }
  }
  return pairs
}

/**
 * Wire copy is reprinted word for word by many outlets: identical items are linked to their first copy
 * at once (score above any similarity), and only those first copies are compared with each other.
 */
export function linkDuplicates(
  fingerprints: readonly string[],
  articleOf: readonly string[],
  /** Whether an article's own repeats are linked too: a quote given twice is one quote. */
  withinArticles = false,
) {
  const first = new Map<string, number>()
  const edges: Edge[] = []
  const isCopy = fingerprints.map(() => false)
  for (const [i, fingerprint] of fingerprints.entries()) {
    const original = first.get(fingerprint)
    if (original === undefined) first.set(fingerprint, i)
    else {
      isCopy[i] = true
      if (withinArticles || articleOf[original] !== articleOf[i]) edges.push({ a: original, b: i, score: 2 })
    }
  }
  return { edges, isCopy }
}
