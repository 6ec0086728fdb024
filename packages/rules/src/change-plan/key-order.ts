// The picker's order by per-day key without a comparator: a stable LSD radix sort of the keys'
// bits. A non-negative double's bit pattern, read as an unsigned 64-bit number, orders as its value.

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = 1 - LO;
const PASSES = 8;

/**
 * The indices 0…n−1 ordered by `keys`, stably (equal keys keep their index order); null when a key
 * is negative, −0 or NaN, whose bits do not order as their values: the caller sorts those itself.
 * Eight passes of eight bits; a pass whose digit is the same for every key is skipped.
 */
export function orderByKey(keys: Float64Array): Uint32Array | null {
  const n = keys.length;
  const words = new Uint32Array(keys.buffer, keys.byteOffset, n * 2);
  const counts = new Uint32Array(PASSES * 256);
  for (let i = 0; i < n; i += 1) {
    const lo = words[2 * i + LO] as number;
    const hi = words[2 * i + HI] as number;
    // The sign bit (negatives and −0) or an all-ones exponent with a mantissa (NaN).
    if (hi >>> 31 === 1 || Number.isNaN(keys[i])) return null;
    for (let p = 0; p < 4; p += 1) {
      const at = p * 256 + ((lo >>> (8 * p)) & 255);
      counts[at] = (counts[at] as number) + 1;
      const high = (p + 4) * 256 + ((hi >>> (8 * p)) & 255);
      counts[high] = (counts[high] as number) + 1;
    }
  }
  let from = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) from[i] = i;
  let to = new Uint32Array(n);
  const offsets = new Uint32Array(256);
  for (let p = 0; p < PASSES && n > 0; p += 1) {
    const word = p < 4 ? LO : HI;
    const shift = 8 * (p % 4);
    const base = p * 256;
    if (counts[base + (((words[word] as number) >>> shift) & 255)] === n) continue;
    let sum = 0;
    for (let d = 0; d < 256; d += 1) {
      offsets[d] = sum;
      sum += counts[base + d] as number;
    }
    for (let k = 0; k < n; k += 1) {
      const i = from[k] as number;
      const digit = ((words[2 * i + word] as number) >>> shift) & 255;
      to[offsets[digit] as number] = i;
      offsets[digit] = (offsets[digit] as number) + 1;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  return from;
}
