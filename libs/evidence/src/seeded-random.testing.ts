import { SALT_BYTES, type FieldSaltSource } from './selective-disclosure';

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

/** Salts from a seeded generator, in the order the fields are asked for. */
export function seededSaltSource(seed: number): FieldSaltSource {
  const next = seededGenerator(seed);
  return () => Uint8Array.from({ length: SALT_BYTES }, () => Math.floor(next() * 256));
}
