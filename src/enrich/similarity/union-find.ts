// Disjoint sets with path halving and union by size: grouping n items by pairwise links in
// near-linear time (Tarjan 1975).

export interface UnionFind {
  find(item: number): number;
  union(a: number, b: number): void;
  /** Every set as its members in ascending order, sets ordered by their smallest member. */
  groups(): number[][];
}

export function createUnionFind(size: number): UnionFind {
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const sizes = new Int32Array(size).fill(1);
  const find = (item: number): number => {
    let x = item;
    while (parent[x] !== x) {
      const grandparent = parent[parent[x] as number] as number;
      parent[x] = grandparent;
      x = grandparent;
    }
    return x;
  };
  return {
    find,
    union(a, b) {
      let [x, y] = [find(a), find(b)];
      if (x === y) return;
      if ((sizes[x] as number) < (sizes[y] as number)) [x, y] = [y, x];
      parent[y] = x;
      sizes[x] = (sizes[x] as number) + (sizes[y] as number);
    },
    groups() {
      const byRoot = new Map<number, number[]>();
      for (let item = 0; item < size; item++) {
        const root = find(item);
        const group = byRoot.get(root);
        if (group === undefined) byRoot.set(root, [item]);
        else group.push(item);
      }
      return [...byRoot.values()];
    },
  };
}
