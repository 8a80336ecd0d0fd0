import type { Classification, SourceRef } from '@ledger/domain';
import type { PersonalDataMark } from '@ledger/personal-data';

/** What travels with a command besides its data: identity, causality, evidence and who may see it. */
export type CommandEnvelope = Readonly<{
  /** Idempotency key: the same id again returns the first result and writes nothing. */
  commandId: string;
  correlationId?: string;
  causationId?: string;
  /** When set, the command is refused with a conflict unless the negotiation is at exactly this revision. */
  expectedRevision?: number;
  sources: readonly SourceRef[];
  classification: Classification;
  /** Texts of the command that are personal data, sealed under a per-person key before they are stored. */
  personalData?: readonly PersonalDataMark[];
}>;

/** What a recorded command produced. */
export type CommandResult = Readonly<{
  negotiationId: string;
  /** Revision of the negotiation stream after the command. */
  revision: number;
  /** Global position of the last event written: wait for it to read your own writes. */
  globalPosition: number;
  eventIds: readonly string[];
  /** True when this command id had been recorded before and nothing new was written. */
  duplicate: boolean;
}>;
