import {
  EVENT_SCHEMA_VERSION,
  type NegotiationEvent,
  type NegotiationEventType,
  negotiationStreamId,
  type Period,
  type SourceRef,
} from '@ledger/domain';
import type { EnvelopeClassification, RecordedEvent } from '@ledger/event-store';

type DataOf<T extends NegotiationEventType> = Omit<Extract<NegotiationEvent, { type: T }>['data'], 'negotiationId'>;

export type EntryFacts = Readonly<{
  occurredOn: string;
  /** The date as the document said it, when it said more than the day. */
  occurredAsSaid?: Period;
  /** Defaults to noon UTC of occurredOn: the ledger learned of it the same day. */
  recordedAt?: string;
  sources?: SourceRef[];
  classification?: EnvelopeClassification;
}>;

/**
 * Writes RecordedEvents by hand for specs of pure folds: one global log, streams per negotiation,
 * positions and revisions as a store would give them. Hashes are placeholders; the evidence lib owns those.
 */
export class LedgerLog {
  readonly events: RecordedEvent[] = [];

  negotiation(negotiationId: string): NegotiationStream {
    return new NegotiationStream(this, negotiationId);
  }

  append(event: Omit<RecordedEvent, 'globalPosition'>): RecordedEvent {
    const recorded = { ...event, globalPosition: this.events.length + 1 };
    this.events.push(recorded);
    return recorded;
  }
}

export class NegotiationStream {
  readonly events: RecordedEvent[] = [];

  constructor(
    private readonly log: LedgerLog,
    readonly negotiationId: string,
  ) {}

  record<T extends NegotiationEventType>(type: T, data: DataOf<T>, facts: EntryFacts): RecordedEvent {
    const revision = this.events.length;
    const recorded = this.log.append({
      eventId: `${this.negotiationId}:${revision}`,
      streamId: negotiationStreamId(this.negotiationId),
      revision,
      type,
      schemaVersion: EVENT_SCHEMA_VERSION[type],
      data: { negotiationId: this.negotiationId, ...data },
      metadata: {
        occurredOn: facts.occurredOn,
        ...(facts.occurredAsSaid === undefined ? {} : { occurredAsSaid: facts.occurredAsSaid }),
        recordedAt: facts.recordedAt ?? `${facts.occurredOn}T12:00:00.000Z`,
        recordedBy: 'beleidsmedewerker@vng.nl',
        commandId: `cmd-${this.negotiationId}-${revision}`,
        correlationId: `corr-${this.negotiationId}-${revision}`,
        causationId: `cmd-${this.negotiationId}-${revision}`,
        sources: facts.sources ?? [],
        classification: facts.classification ?? { level: 'parties' },
      },
      prevHash: '0'.repeat(64),
      hash: String(revision).padStart(64, '0'),
    });
    this.events.push(recorded);
    return recorded;
  }
}
