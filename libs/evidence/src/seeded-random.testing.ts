import type { RandomSource } from './selective-disclosure';

/** mulberry32: a tiny seeded generator, so that salts and fuzz cases repeat exactly from run to run. */
export function seededGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededRandomSource(seed: number): RandomSource {
  const next = seededGenerator(seed);
  return (byteLength) => Uint8Array.from({ length: byteLength }, () => Math.floor(next() * 256));
}
