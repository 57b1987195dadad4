// Numbers the distinct 32-bit hashes it is given, 0, 1, 2…, in an open-addressing table of typed
// arrays: millions of lookups without a Map entry or a string each.

export interface HashIds {
  /** The hash's id, given the next free one the first time the hash is seen. */
  idOf(hash: number): number;
  size(): number;
  /** By id. */
  hashes(): Uint32Array;
}

export function createHashIds(): HashIds {
  let slots = new Int32Array(1 << 16).fill(-1);
  let byId = new Uint32Array(1 << 15);
  let size = 0;
  const slotOf = (hash: number): number => {
    const mask = slots.length - 1;
    // The hashes are well mixed already; the probe start only needs their low bits.
    let slot = hash & mask;
    while (slots[slot] !== -1 && byId[slots[slot] as number] !== hash) slot = (slot + 1) & mask;
    return slot;
  };
  const grow = (): void => {
    [slots, byId] = [new Int32Array(slots.length * 2).fill(-1), Uint32Array.from({ length: byId.length * 2 }, (_, i) => byId[i] ?? 0)];
    for (let id = 0; id < size; id++) slots[slotOf(byId[id] as number)] = id;
  };
  return {
    idOf(hash) {
      const slot = slotOf(hash);
      if (slots[slot] !== -1) return slots[slot] as number;
      if (size === byId.length) {
        grow();
        return this.idOf(hash);
      }
      byId[size] = hash;
      slots[slot] = size;
      return size++;
    },
    size: () => size,
    hashes: () => byId.slice(0, size),
  };
}
