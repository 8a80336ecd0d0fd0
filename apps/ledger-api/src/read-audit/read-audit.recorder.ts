import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import type { Caller } from '../common/caller';
import { Clock } from '../common/clock';
import { EVENT_STORE } from '../store/store.module';

/** Its own stream, apart from every negotiation: reading a record is not a step in the talks. */
export const READ_AUDIT_STREAM = 'readaudit-log';
export const RECORDS_READ = 'RecordsRead';

export type RecordsRead = Readonly<{ reader: string; party: string; role: string; operation: string; negotiationIds: string[] }>;

/**
 * Writes who read which negotiations' records, and when, into the store: with a hash chain like every
 * stream, so the read audit a court is shown is as tamper-evident as the record itself.
 */
@Injectable()
export class ReadAuditRecorder {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async record(caller: Caller, operation: string, negotiationIds: readonly string[]): Promise<void> {
    if (negotiationIds.length === 0) return;
    const now = this.clock.now();
    const commandId = randomUUID();
    const data: RecordsRead = { reader: caller.id, party: caller.party, role: caller.role, operation, negotiationIds: [...new Set(negotiationIds)].sort() };
    await this.store.append(READ_AUDIT_STREAM, 'any', [{
      type: RECORDS_READ,
      schemaVersion: 1,
      data,
      metadata: {
        occurredOn: now.slice(0, 10), recordedAt: now, recordedBy: caller.id, commandId, correlationId: commandId, causationId: commandId,
        sources: [], classification: { level: 'internal', party: 'ledger-admins' },
      },
    }]);
  }

  /** Every recorded read, oldest first; optionally only the reads of one negotiation. */
  async reads(negotiationId?: string): Promise<RecordedEvent[]> {
    const reads = await this.store.readStream(READ_AUDIT_STREAM);
    return negotiationId ? reads.filter((event) => (event.data as RecordsRead).negotiationIds.includes(negotiationId)) : reads;
  }
}
