/**
 * The part of node:crypto that libs/evidence's verifier calls, for the browser bundle only: SHA-256 and HMAC
 * from @noble/hashes, Ed25519 verification from @noble/curves (strict RFC 8032, as Node verifies). Signing
 * is not offered: the page only ever checks.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { Buffer } from 'buffer';

type Data = string | Uint8Array;
type Encoding = 'hex' | 'base64' | 'buffer' | undefined;

const bytesOf = (data: Data): Uint8Array => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

function encoded(digest: Uint8Array, encoding: Encoding): Buffer | string {
  const buffer = Buffer.from(digest);
  return encoding === undefined || encoding === 'buffer' ? buffer : buffer.toString(encoding);
}

function requireSha256(algorithm: string): void {
  if (algorithm.toLowerCase() !== 'sha256')
    throw new Error(`Only sha256 is available in the browser, not ${algorithm}`);
}

export function hash(algorithm: string, data: Data, encoding: Encoding = 'hex'): Buffer | string {
  requireSha256(algorithm);
  return encoded(sha256(bytesOf(data)), encoding);
}

/** A hasher with Node's update/digest shape, over one incremental SHA-256 or HMAC-SHA-256. */
function hasher(state: { update(data: Uint8Array): unknown; digest(): Uint8Array }) {
  const api = {
    update(data: Data) {
      state.update(bytesOf(data));
      return api;
    },
    digest: (encoding?: Encoding) => encoded(state.digest(), encoding),
  };
  return api;
}

export function createHash(algorithm: string) {
  requireSha256(algorithm);
  return hasher(sha256.create());
}

export function createHmac(algorithm: string, key: Data) {
  requireSha256(algorithm);
  return hasher(hmac.create(sha256, bytesOf(key)));
}

/** An Ed25519 public key, as much of Node's KeyObject as the verifier uses. */
export type KeyObject = Readonly<{
  raw: Uint8Array;
  export(options: { format: 'jwk' }): { kty: string; crv: string; x: string };
}>;

const keyObject = (raw: Uint8Array): KeyObject => ({
  raw,
  export: () => ({ kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }),
});

export function createPublicKey(
  input: KeyObject | { key: { kty: string; crv: string; x: string }; format: 'jwk' },
): KeyObject {
  if ('raw' in input) return input;
  if (input.key.kty !== 'OKP' || input.key.crv !== 'Ed25519')
    throw new Error('Only Ed25519 keys are available in the browser');
  const raw = new Uint8Array(Buffer.from(input.key.x, 'base64url'));
  if (raw.length !== 32) throw new Error('An Ed25519 public key is 32 bytes');
  return keyObject(raw);
}

export function verify(_algorithm: null, message: Uint8Array, key: KeyObject, signature: Uint8Array): boolean {
  try {
    return ed25519.verify(signature, message, key.raw, { zip215: false });
  } catch {
    return false;
  }
}

export function createPrivateKey(): never {
  throw new Error('The browser verifies only; it never holds a signing key');
}

export function sign(): never {
  throw new Error('The browser verifies only; it never holds a signing key');
}
