// The CBOR that Pagefind's index files hold (minicbor's encoding of its structs): definite-length arrays,
// integers in their shortest form, and UTF-8 text. Nothing else is needed.

export type CborValue = number | string | readonly CborValue[];

const utf8 = new TextEncoder();

export class CborWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  private head(major: number, value: number): void {
    this.room(9);
    const m = major << 5;
    const b = this.bytes;
    if (value < 24) b[this.length++] = m | value;
    else if (value < 0x100) {
      b[this.length++] = m | 24;
      b[this.length++] = value;
    } else if (value < 0x10000) {
      b[this.length++] = m | 25;
      b[this.length++] = value >>> 8;
      b[this.length++] = value & 0xff;
    } else if (value < 0x100000000) {
      b[this.length++] = m | 26;
      b[this.length++] = value >>> 24;
      b[this.length++] = (value >>> 16) & 0xff;
      b[this.length++] = (value >>> 8) & 0xff;
      b[this.length++] = value & 0xff;
    } else {
      throw new RangeError(`CBOR integer out of range: ${value}`);
    }
  }

  int(value: number): this {
    if (!Number.isInteger(value)) throw new TypeError(`CBOR integers only; got ${value}`);
    if (value >= 0) this.head(0, value);
    else this.head(1, -1 - value);
    return this;
  }

  text(value: string): this {
    const encoded = utf8.encode(value);
    this.head(3, encoded.length);
    this.room(encoded.length);
    this.bytes.set(encoded, this.length);
    this.length += encoded.length;
    return this;
  }

  array(length: number): this {
    this.head(4, length);
    return this;
  }

  /** An array of the `count` integers of `values` from `start`. */
  intRun(values: readonly number[], start: number, count: number): this {
    this.array(count);
    this.room(count * 9);
    const b = this.bytes;
    let at = this.length;
    for (let i = start; i < start + count; i++) {
      let value = values[i]!;
      let major = 0;
      if (value < 0) {
        major = 0x20;
        value = -1 - value;
      }
      if (value < 24) b[at++] = major | value;
      else if (value < 0x100) {
        b[at++] = major | 24;
        b[at++] = value;
      } else if (value < 0x10000) {
        b[at++] = major | 25;
        b[at++] = value >>> 8;
        b[at++] = value & 0xff;
      } else {
        this.length = at;
        this.int(values[i]!);
        at = this.length;
      }
    }
    this.length = at;
    return this;
  }

  value(value: CborValue): this {
    if (typeof value === "number") return this.int(value);
    if (typeof value === "string") return this.text(value);
    this.array(value.length);
    for (const item of value) this.value(item);
    return this;
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

export function encodeCbor(value: CborValue): Uint8Array {
  return new CborWriter().value(value).finish();
}

/** Decodes what encodeCbor writes (for tests and checks): arrays, integers and text. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  const argument = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[at++]!;
    if (info === 25) return (at += 2), view.getUint16(at - 2);
    if (info === 26) return (at += 4), view.getUint32(at - 4);
    throw new Error(`unsupported CBOR argument ${info} at byte ${at - 1}`);
  };
  const item = (): CborValue => {
    const initial = bytes[at++];
    if (initial === undefined) throw new Error("CBOR ended early");
    const major = initial >> 5;
    const n = argument(initial & 31);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 3) return decoder.decode(bytes.subarray(at, (at += n)));
    if (major === 4) {
      const items: CborValue[] = [];
      for (let i = 0; i < n; i++) items.push(item());
      return items;
    }
    throw new Error(`unsupported CBOR major type ${major}`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`${bytes.length - at} bytes after the CBOR value`);
  return value;
}
