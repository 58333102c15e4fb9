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
  const group = articleOf.map((_, i) => i)
  const members = new Map<number, number[]>(articleOf.map((_, i) => [i, [i]]))
  const find = (i: number): number => {
    let root = i
    while (group[root] !== root) root = group[root] ?? root
    return root
  }
  for (const edge of [...edges].sort((x, y) => y.score - x.score)) {
    const ra = find(edge.a)
    const rb = find(edge.b)
    if (ra === rb) continue
    const left = members.get(ra) ?? []
    const right = members.get(rb) ?? []
    const clash = left.some((i) => right.some((j) => articleOf[i] === articleOf[j] && !allowSameArticle(i, j)))
    if (clash) continue
    group[rb] = ra
    members.set(ra, [...left, ...right])
    members.delete(rb)
  }
  return [...members.values()]
}
