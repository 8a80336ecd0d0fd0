import { hash } from 'node:crypto';

// SHA-256 comes from node:crypto rather than @noble/hashes: the @noble v2/v3 packages are ESM-only and
// do not load under our CommonJS jest, and node:crypto is faster at the 1,000,000-leaf scale anyway.

/** Size in bytes of every hash in the log (SHA-256). */
export const HASH_SIZE = 32;

const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** A plain Uint8Array view (no copy): hashes compare equal whichever way they were made, Buffer or decoded bytes. */
const asBytes = (digest: Buffer): Uint8Array => new Uint8Array(digest.buffer, digest.byteOffset, digest.length);

// One-shot `hash` over the joined parts: the log hashes a dozen short inputs per event, and creating a Hash
// object per input cost more than hashing it.
export const sha256 = (...parts: readonly Uint8Array[]): Uint8Array =>
  asBytes(hash('sha256', parts.length === 1 ? parts[0] : Buffer.concat(parts), 'buffer'));

/** RFC 9162 §2.1.1: the hash of an empty tree is the hash of the empty string. */
export const EMPTY_ROOT: Uint8Array = sha256();

/** RFC 9162 §2.1.1: leaf hashes and node hashes are domain separated so a node can never pose as a leaf. */
export const hashLeaf = (leaf: Uint8Array): Uint8Array => sha256(LEAF_PREFIX, leaf);

export const hashChildren = (left: Uint8Array, right: Uint8Array): Uint8Array => sha256(NODE_PREFIX, left, right);

// The hex forms below are what a verifier works in: a bundle's hashes are hex, and a digest written as hex
// costs about a third of one returned as a Buffer (the Buffer is made in native code for each call).

/** SHA-256 of a text (UTF-8) or bytes, as hex. */
export const sha256Hex = (input: string | Uint8Array): string => hash('sha256', input, 'hex');

/** RFC 9162 leaf hash of a leaf given as text: U+0000 is the single byte 0x00 in UTF-8, so this is H(0x00 || leaf). */
export const hashLeafTextHex = (leafText: string): string => sha256Hex(`\u0000${leafText}`);

/** RFC 9162 node hash of two child hashes given as lower-case hex. */
export const hashChildrenHex = (leftHex: string, rightHex: string): string =>
  sha256Hex(Buffer.from(`01${leftHex}${rightHex}`, 'hex'));

/** Exactly 64 lower-case hex digits: the only way the format writes a hash. */
export const isHashHex = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

/** Every item a hash in hex: one regular expression over the joined list, cheaper than one per hash. */
export const isHashHexList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.every((item) => typeof item === 'string' && item.length === 64) &&
  /^[0-9a-f]*$/.test(value.join(''));

export const bytesEqual = (left: Uint8Array, right: Uint8Array): boolean =>
  left.length === right.length && left.every((byte, index) => byte === right[index]);

export const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** Strict decoders: Buffer.from silently skips bad characters, which a verifier must not accept. */
export function fromHex(text: string): Uint8Array | null {
  return /^(?:[0-9a-f]{2})*$/.test(text) ? new Uint8Array(Buffer.from(text, 'hex')) : null;
}

export function fromBase64(text: string): Uint8Array | null {
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? new Uint8Array(bytes) : null;
}

/** Largest power of two strictly smaller than n (n > 1): where RFC 9162 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
