import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { fromBase64, sha256, toBase64 } from './merkle-hash';

// Ed25519 comes from node:crypto rather than @noble/ed25519: the @noble v2/v3 packages are ESM-only and
// do not load under our CommonJS jest. Node implements RFC 8032, so signatures are deterministic.

/** C2SP signed-note signature types: Ed25519 notes, and Ed25519 timestamped cosignatures (tlog-cosignature). */
export type KeyType = 0x01 | 0x04;
const ED25519_TYPE = 0x01;
/** DER prefix that wraps a raw 32-byte Ed25519 seed as a PKCS#8 private key (RFC 8410). */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const NEWLINE = Uint8Array.of(0x0a);

/** C2SP signed-note: key names are non-empty and hold neither Unicode spaces nor '+'. */
export const isValidKeyName = (name: string): boolean => /^[^\s+]+$/u.test(name);

/** key ID = SHA-256(key name || 0x0A || 0x01 || 32-byte public key)[:4], as a big-endian uint32. */
export function noteKeyId(name: string, publicKey: Uint8Array, type: KeyType = ED25519_TYPE): number {
  const digest = sha256(new TextEncoder().encode(name), NEWLINE, Uint8Array.of(type), publicKey);
  return Buffer.from(digest).readUInt32BE(0);
}

export type NoteSigner = Readonly<{
  name: string;
  keyId: number;
  publicKey: Uint8Array;
  /** Signs the note text (its UTF-8 bytes), returning the bare 64-byte Ed25519 signature. */
  sign(message: Uint8Array): Uint8Array;
}>;

export type NoteVerifier = Readonly<{
  name: string;
  keyId: number;
  publicKey: Uint8Array;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}>;

const rawPublicKey = (key: KeyObject): Uint8Array => {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(jwk.x ?? '', 'base64url'));
};

/** A signer from a PKCS#8 PEM Ed25519 private key or a raw 32-byte seed, under the given key name. */
export function createNoteSigner(name: string, privateKey: string | Uint8Array): NoteSigner {
  if (!isValidKeyName(name)) throw new TypeError(`invalid key name ${JSON.stringify(name)}`);
  if (typeof privateKey !== 'string' && privateKey.length !== 32) throw new TypeError('an Ed25519 seed has 32 bytes');
  const key =
    typeof privateKey === 'string'
      ? createPrivateKey(privateKey)
      : createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, privateKey]), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new TypeError('the signing key must be an Ed25519 key');
  const publicKey = rawPublicKey(key);
  return {
    name,
    keyId: noteKeyId(name, publicKey),
    publicKey,
    sign: (message) => new Uint8Array(sign(null, message, key)),
  };
}

function createNoteVerifier(name: string, publicKey: Uint8Array, type: KeyType): NoteVerifier {
  const key = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') },
    format: 'jwk',
  });
  return {
    name,
    keyId: noteKeyId(name, publicKey, type),
    publicKey,
    verify: (message, signature) => {
      try {
        return signature.length === 64 && verify(null, message, key, signature);
      } catch {
        return false;
      }
    },
  };
}

/** The vkey to pin: `<name>+<8 hex digits key id>+<base64(0x01 || public key)>`. */
export function verifierKeyOf(key: Pick<NoteSigner, 'name' | 'publicKey'>, type: KeyType = ED25519_TYPE): string {
  const id = noteKeyId(key.name, key.publicKey, type).toString(16).padStart(8, '0');
  return `${key.name}+${id}+${toBase64(Uint8Array.of(type, ...key.publicKey))}`;
}

/** Parses a pinned vkey; null unless it is well formed, Ed25519, and its key id matches its key. */
export function parseVerifierKey(vkey: string, type: KeyType = ED25519_TYPE): NoteVerifier | null {
  if (typeof vkey !== 'string') return null;
  const match = /^([^+]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(vkey);
  if (!match || !isValidKeyName(match[1])) return null;
  const [, name, id, encoded] = match;
  const material = fromBase64(encoded);
  if (!material || material.length !== 33 || material[0] !== type) return null;
  const publicKey = material.slice(1);
  if (noteKeyId(name, publicKey, type) !== parseInt(id, 16)) return null;
  try {
    return createNoteVerifier(name, publicKey, type);
  } catch {
    return null;
  }
}
