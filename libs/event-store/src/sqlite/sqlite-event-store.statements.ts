import type { Database, Statement } from 'better-sqlite3';
import type { RecordedEvent } from '../event-envelope';
import type { LeanEvent } from '../event-store.port';
import type { AppendLookup } from '../append-plan';
import type { SealedEvent } from '../hashed-envelope';
import { deterministicEventId } from '../event-id';
import { prepareLeanRead, toLeanEvent, type LeanRow } from './lean-rows';

type EventRow = Readonly<{
  global_position: number;
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
  prev_hash: string;
  hash: string;
}>;

const COLUMNS = 'global_position, event_id, stream_id, revision, type, schema_version, data, metadata, prev_hash, hash';

const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  eventId: row.event_id,
  streamId: row.stream_id,
  revision: row.revision,
  globalPosition: row.global_position,
  type: row.type,
  schemaVersion: row.schema_version,
  data: JSON.parse(row.data),
  metadata: JSON.parse(row.metadata),
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** The prepared statements of the store, with rows already turned into envelopes. */
export class SqliteEventStatements implements AppendLookup {
  private readonly byEventId: Statement<[string], EventRow & { command_id: string }>;
  private readonly streamAfter: Statement<[string, number], EventRow & { command_id: string }>;
  private readonly head: Statement<[string], Pick<EventRow, 'revision' | 'hash'>>;
  private readonly stream: Statement<[string, number], EventRow>;
  private readonly all: Statement<[number, number], EventRow>;
  private readonly allLean: Statement<[number, number], LeanRow>;
  private readonly lastPosition: Statement<[], { position: number | null }>;
  private readonly insert: Statement<unknown[]>;

  constructor(db: Database) {
    this.byEventId = db.prepare(`SELECT ${COLUMNS}, command_id FROM events WHERE event_id = ?`);
    this.streamAfter = db.prepare(
      `SELECT ${COLUMNS}, command_id FROM events WHERE stream_id = ? AND revision > ? ORDER BY revision`,
    );
    this.head = db.prepare('SELECT revision, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1');
    this.stream = db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision`);
    this.all = db.prepare(`SELECT ${COLUMNS} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`);
    this.allLean = prepareLeanRead(db);
    this.lastPosition = db.prepare('SELECT MAX(global_position) AS position FROM events');
    this.insert = db.prepare(
      `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, command_id, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /**
   * One append is one command, so its events are the first one and those right after it in its stream.
   * The first is found by the id this append would give it, or by the unkeyed id an event stored before
   * the write path keyed its ids holds.
   */
  eventsOfCommand(commandId: string, firstEventId: string): RecordedEvent[] {
    const legacyId = deterministicEventId(commandId, 0);
    const first = [firstEventId, ...(legacyId === firstEventId ? [] : [legacyId])]
      .map((id) => this.byEventId.get(id))
      .find((row) => row?.command_id === commandId);
    if (!first) return [];
    const rows = [first];
    for (const row of this.streamAfter.iterate(first.stream_id, first.revision)) {
      if (row.command_id !== commandId) break;
      rows.push(row);
    }
    return rows.map(toRecordedEvent);
  }

  streamHead(streamId: string): { lastRevision: number; lastHash: string | null } {
    const last = this.head.get(streamId);
    return { lastRevision: last?.revision ?? -1, lastHash: last?.hash ?? null };
  }

  readStream(streamId: string, fromRevision: number): RecordedEvent[] {
    return this.stream.all(streamId, fromRevision).map(toRecordedEvent);
  }

  /** A negative limit is SQLite's "no limit". */
  readAll(after: number, limit = -1): RecordedEvent[] {
    return this.all.all(after, limit).map(toRecordedEvent);
  }

  readAllLean(after: number, limit = -1): LeanEvent[] {
    return this.allLean.all(after, limit).map(toLeanEvent);
  }

  headPosition(): number {
    return this.lastPosition.get()?.position ?? 0;
  }

  insertEvent(event: SealedEvent): RecordedEvent {
    const { lastInsertRowid } = this.insert.run(
      event.eventId,
      event.streamId,
      event.revision,
      event.type,
      event.schemaVersion,
      JSON.stringify(event.data),
      JSON.stringify(event.metadata),
      event.metadata.commandId,
      event.prevHash,
      event.hash,
    );
    return { ...event, globalPosition: Number(lastInsertRowid) };
  }
}
