import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, RecordedEvent } from '@ledger/event-store';
import type { Caller } from '../common/caller';
import { Clock } from '../common/clock';
import { EVENT_STORE } from '../store/store.module';
import { GroupCommitQueue } from './group-commit.queue';

/** Its own stream, apart from every negotiation: reading a record is not a step in the talks. */
export const READ_AUDIT_STREAM = 'readaudit-log';
export const RECORDS_READ = 'RecordsRead';

export type RecordsRead = Readonly<{
  reader: string;
  party: string;
  role: string;
  operation: string;
  negotiationIds: string[];
}>;

/** One read waiting to be written: what was read, and when. */
type UnwrittenRead = Readonly<{ read: RecordsRead; at: string }>;

/**
 * Writes who read which negotiations' records, and when, into the store: with a hash chain like every
 * stream, so the read audit a court is shown is as tamper-evident as the record itself.
 *
 * Durable before the answer: `record` resolves only once the read's event is committed (and synced), and
 * rejects if it could not be, so a read that was not audited is not answered. Reads arriving together are
 * committed together, one event per read in one append, so the audit costs one write per group of
 * concurrent requests rather than one per request.
 */
@Injectable()
export class ReadAuditRecorder {
  private readonly unwritten = new GroupCommitQueue<UnwrittenRead>((reads) => this.write(reads));

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  record(caller: Caller, operation: string, negotiationIds: readonly string[]): Promise<void> {
    if (negotiationIds.length === 0) return Promise.resolve();
    const read: RecordsRead = {
      reader: caller.id,
      party: caller.party,
      role: caller.role,
      operation,
      negotiationIds: [...new Set(negotiationIds)].sort(),
    };
    return this.unwritten.add({ read, at: this.clock.now() });
  }

  /** One append, so one command id for the group (the store's idempotency key); each read keeps its own correlation id. */
  private async write(reads: readonly UnwrittenRead[]): Promise<void> {
    const commandId = randomUUID();
    await this.store.append(
      READ_AUDIT_STREAM,
      'any',
      reads.map(({ read, at }): NewEvent => {
        const readId = randomUUID();
        return {
          type: RECORDS_READ,
          schemaVersion: 1,
          data: read,
          metadata: {
            occurredOn: at.slice(0, 10),
            recordedAt: at,
            recordedBy: read.reader,
            commandId,
            correlationId: readId,
            causationId: readId,
            sources: [],
            classification: { level: 'internal', party: 'ledger-admins' },
          },
        };
      }),
    );
  }

  /** Every recorded read, oldest first; optionally only the reads of one negotiation. */
  async reads(negotiationId?: string): Promise<RecordedEvent[]> {
    const reads = await this.store.readStream(READ_AUDIT_STREAM);
    return negotiationId
      ? reads.filter((event) => (event.data as RecordsRead).negotiationIds.includes(negotiationId))
      : reads;
  }
}
