import { invalid, notFound } from '@ledger/domain';
import type { EventStore } from '@ledger/event-store';
import { SUBJECT_ID } from './sealed-value';
import type { SubjectKeyVault } from './subject-key-vault.port';

/** Erasures are not steps in any negotiation: they have a stream of their own, hash-chained like every stream. */
export const PERSONAL_DATA_STREAM = 'personaldata-erasures';
export const SUBJECT_ERASED = 'SubjectErased';
/** Admins of the ledger only, like the read audit: which subjects were erased is itself no one else's business. */
const ERASURE_CLASSIFICATION = { level: 'internal', party: 'ledger-admins' } as const;
const MAX_REASON_LENGTH = 1000;

/** The data of a SubjectErased event: the pseudonym and key, never the person's name; the reason must not name them either. */
export type SubjectErased = Readonly<{ subjectId: string; keyId: string; reason: string }>;

export type ErasureRequest = Readonly<{ subjectId: string; reason: string; recordedBy: string; now: string }>;

export type ErasureResult = Readonly<{
  subjectId: string;
  eventId: string;
  /** When the erasure was first recorded. */
  erasedAt: string;
  globalPosition: number;
  /** True when the subject had been erased before: nothing new was recorded. */
  duplicate: boolean;
}>;

/**
 * Erases a person: records `SubjectErased`, then destroys their key, so every sealed text about them reads
 * as erased from then on while each stored event, hash and proof stays as it was. One command id per
 * subject makes erasing idempotent: a second erasure, or a retry after a crash between the two steps,
 * returns the first record and makes sure the key is gone.
 */
export async function eraseSubject(
  store: EventStore,
  vault: SubjectKeyVault,
  request: ErasureRequest,
): Promise<ErasureResult> {
  if (!SUBJECT_ID.test(request.subjectId))
    throw invalid('subjectId', 'subjectId must be 1-128 letters a-z, digits and . _ -');
  const reason = request.reason.trim();
  if (reason === '' || reason.length > MAX_REASON_LENGTH)
    throw invalid('reason', `reason must be 1-${MAX_REASON_LENGTH} characters`);
  const status = vault.statusOf(request.subjectId);
  if (!status) throw notFound('subjectId', `no personal data of subject ${request.subjectId} is held`);
  const commandId = `erase-subject:${request.subjectId}`;
  const data: SubjectErased = { subjectId: request.subjectId, keyId: status.keyId, reason };
  const appended = await store.append(PERSONAL_DATA_STREAM, 'any', [
    {
      type: SUBJECT_ERASED,
      schemaVersion: 1,
      data,
      metadata: {
        occurredOn: request.now.slice(0, 10),
        recordedAt: request.now,
        recordedBy: request.recordedBy,
        commandId,
        correlationId: commandId,
        causationId: commandId,
        sources: [],
        classification: ERASURE_CLASSIFICATION,
      },
    },
  ]);
  const [recorded] = appended.events;
  vault.destroy(request.subjectId, recorded.metadata.recordedAt);
  return {
    subjectId: request.subjectId,
    eventId: recorded.eventId,
    erasedAt: recorded.metadata.recordedAt,
    globalPosition: recorded.globalPosition,
    duplicate: appended.duplicate,
  };
}
