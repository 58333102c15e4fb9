/** A candidate pairing of two items from different articles, with how alike they are. */
export type Edge = { readonly a: number; readonly b: number; readonly score: number }

/**
 * Groups items by their best pairings first, never putting two items of one article in a group, so each
 * group is one fact: unless `sameKey` gives both the same key (an article that quotes the very same words
 * twice states one thing twice).
 */
export function groupByEdges(
  articleOf: readonly string[],
  edges: readonly Edge[],
  sameKey: (i: number) => string | null = () => null,
): number[][] {
  const parent = articleOf.map((_, i) => i)
  const members = new Map<number, number[]>()
  // Per group, per article, the keys of its members there: what a merge is checked against, in one look.
  const keysByArticle = new Map<number, Map<string, Set<string | null>>>()
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root] ?? root
    parent[i] = root
    return root
  }
  const membersOf = (root: number) => members.get(root) ?? [root]
  const articlesOf = (root: number) =>
    keysByArticle.get(root) ?? new Map([[articleOf[root] ?? '', new Set([sameKey(root)])]])
  for (const edge of [...edges].sort((x, y) => y.score - x.score)) {
    let ra = find(edge.a)
    let rb = find(edge.b)
    if (ra === rb) continue
    const left = articlesOf(ra)
    const right = articlesOf(rb)
    const [small, large] = left.size <= right.size ? [left, right] : [right, left]
    let clash = false
    for (const [article, keys] of small) {
      const other = large.get(article)
      if (!other) continue
      const [key] = keys
      if (keys.size > 1 || other.size > 1 || key === null || key === undefined || !other.has(key)) {
        clash = true
        break
      }
    }
    if (clash) continue
    if (membersOf(ra).length < membersOf(rb).length) [ra, rb] = [rb, ra]
    const merged = membersOf(ra)
    for (const i of membersOf(rb)) merged.push(i)
    const mergedArticles = articlesOf(ra)
    for (const [article, keys] of articlesOf(rb)) {
      const into = mergedArticles.get(article)
      if (into) for (const key of keys) into.add(key)
      else mergedArticles.set(article, keys)
    }
    parent[rb] = ra
    members.set(ra, merged)
    keysByArticle.set(ra, mergedArticles)
    members.delete(rb)
    keysByArticle.delete(rb)
  }
  const groups = new Map<number, number[]>()
  for (let i = 0; i < articleOf.length; i++) {
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
  for (const [i, keys] of keysOf.entries()) {
    for (const key of new Set(keys)) {
      const list = index.get(key)
      if (list) list.push(i)
      else index.set(key, [i])
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
export function linkDuplicates(fingerprints: readonly string[], articleOf: readonly string[]) {
  const first = new Map<string, number>()
  const edges: Edge[] = []
  const isCopy = fingerprints.map(() => false)
  for (const [i, fingerprint] of fingerprints.entries()) {
    const original = first.get(fingerprint)
    if (original === undefined) first.set(fingerprint, i)
    else {
      isCopy[i] = true
      if (articleOf[original] !== articleOf[i]) edges.push({ a: original, b: i, score: 2 })
    }
  }
  return { edges, isCopy }
}
