import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * A sealed value replaces one string of personal data in a stored event, as a string, so every type and
 * fold of the domain holds whether the value is plain, sealed or erased:
 * `pd:v1:<subjectId>:<keyId>:<base64url(iv | AES-256-GCM ciphertext | tag)>`. Subject and key id are bound
 * to the ciphertext as additional data, so a sealed value cannot be passed off as another subject's.
 */
export const SEALED_PREFIX = 'pd:v1:';
/** What every answer shows where a subject's key was destroyed. */
export const ERASED_PERSONAL_DATA = '[gewist]';
/** Shown where the key is not in this ledger's vault (e.g. a record migrated without its keys) or the value does not open. */
export const UNREADABLE_PERSONAL_DATA = '[versleuteld]';

/** Plain ASCII, no ':' (the separator of a sealed value), like every identifier of the ledger. */
export const SUBJECT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export type SubjectKey = Readonly<{ subjectId: string; keyId: string; key: Buffer }>;
type SealedValue = Readonly<{ subjectId: string; keyId: string; payload: Buffer }>;

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SEALED = /^pd:v1:([A-Za-z0-9][A-Za-z0-9._-]{0,127}):([0-9a-f]{32}):([A-Za-z0-9_-]+)$/;

const additionalData = (subjectId: string, keyId: string) =>
  Buffer.from(`${SEALED_PREFIX}${subjectId}:${keyId}`, 'utf8');

export const isSealed = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(SEALED_PREFIX);

export function sealValue(plaintext: string, { subjectId, keyId, key }: SubjectKey): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(additionalData(subjectId, keyId));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${SEALED_PREFIX}${subjectId}:${keyId}:${Buffer.concat([iv, ciphertext, cipher.getAuthTag()]).toString('base64url')}`;
}

export function parseSealed(value: string): SealedValue | null {
  const match = SEALED.exec(value);
  return match ? { subjectId: match[1], keyId: match[2], payload: Buffer.from(match[3], 'base64url') } : null;
}

/** The plaintext, or null when the value was altered or sealed under another key. */
export function openSealed({ subjectId, keyId, payload }: SealedValue, key: Buffer): string | null {
  if (payload.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv(ALGORITHM, key, payload.subarray(0, IV_BYTES));
    decipher.setAAD(additionalData(subjectId, keyId));
    decipher.setAuthTag(payload.subarray(payload.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(payload.subarray(IV_BYTES, payload.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  }
}
