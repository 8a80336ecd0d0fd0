import type { SubjectKey } from './sealed-value';

/** A key as the read side finds it: usable, destroyed by an erasure, or never held by this vault. */
export type KeyLookup = Buffer | 'erased' | undefined;

export type SubjectKeyStatus = Readonly<{ subjectId: string; keyId: string; erasedAt: string | null }>;

/**
 * Where the per-person keys live, apart from the events they seal: destroying a key here is what erases a
 * person, while the event store stays append-only. Synchronous because revealing runs inside the
 * synchronous mappers of every read; an adapter for a remote vault (KMS, HSM) keeps unwrapped keys in
 * memory and drops one when its subject is erased.
 */
export interface SubjectKeyVault {
  /** The subject's key, made on first use; 'erased' once destroyed: nothing new is sealed for an erased person. */
  keyForSealing(subjectId: string): SubjectKey | 'erased';
  keyById(keyId: string): KeyLookup;
  /** Undefined for a subject this vault never held a key for. */
  statusOf(subjectId: string): SubjectKeyStatus | undefined;
  /** Destroys the subject's key for good; destroying it again changes nothing. */
  destroy(subjectId: string, erasedAt: string): void;
  close(): void;
}
