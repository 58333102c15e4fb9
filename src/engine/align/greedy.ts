/** A candidate pairing of two items from different articles, with how alike they are. */
export type Edge = { readonly a: number; readonly b: number; readonly score: number }

/**
 * Groups items by their best pairings first, never putting two items of one article in a group
 * (unless `allowSameArticle` says they state the same thing), so each group is one fact.
 */
export function groupByEdges(
  articleOf: readonly string[],
  edges: readonly Edge[],
  allowSameArticle: (a: number, b: number) => boolean = () => false,
): number[][] {
  const parent = articleOf.map((_, i) => i)
  const members = new Map<number, number[]>()
  const articles = new Map<number, Set<string>>()
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root] ?? root
    parent[i] = root
    return root
  }
  const membersOf = (root: number) => members.get(root) ?? [root]
  const articlesOf = (root: number) => articles.get(root) ?? new Set([articleOf[root] ?? ''])
  for (const edge of [...edges].sort((x, y) => y.score - x.score)) {
    let ra = find(edge.a)
    let rb = find(edge.b)
    if (ra === rb) continue
    const left = articlesOf(ra)
    const right = articlesOf(rb)
    let clash = false
    for (const article of left.size <= right.size ? left : right) {
      if (!(left.size <= right.size ? right : left).has(article)) continue
      const here = membersOf(ra).filter((i) => articleOf[i] === article)
      const there = membersOf(rb).filter((j) => articleOf[j] === article)
      if (here.some((i) => there.some((j) => !allowSameArticle(i, j)))) {
        clash = true
        break
      }
    }
    if (clash) continue
    if (membersOf(ra).length < membersOf(rb).length) [ra, rb] = [rb, ra]
    const merged = membersOf(ra)
    for (const i of membersOf(rb)) merged.push(i)
    const mergedArticles = articlesOf(ra)
    for (const a of articlesOf(rb)) mergedArticles.add(a)
    parent[rb] = ra
    members.set(ra, merged)
    articles.set(ra, mergedArticles)
    members.delete(rb)
    articles.delete(rb)
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
