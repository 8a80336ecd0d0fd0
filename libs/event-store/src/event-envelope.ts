/** Who may see an entry: everyone, every party at the table, or one party's own (internal) material. */
export type EnvelopeClassification = Readonly<{ level: 'public' | 'parties' | 'internal'; party?: string }>;

/** A citation carried in metadata; the domain's SourceRef has the same shape. */
export type EnvelopeSource = Readonly<{
  document: Readonly<{ title: string; issuer: string; date: string; kenmerk?: string; sha256?: string }>;
  quote: string;
  page?: number;
  paragraph?: string;
}>;

/** A date as a document said it, with the inclusive interval it stands for; the domain's Period has the same shape. */
export type EnvelopePeriod = Readonly<{ asSaid: string; precision: string; start: string; end: string | null }>;

/** Metadata every event travels with. */
export type EventMetadata = Readonly<{
  /** When it happened in the world (valid time), YYYY-MM-DD. */
  occurredOn: string;
  /** The date as the document said it ("juni 2021"), holding occurredOn; absent where the document gives the day. */
  occurredAsSaid?: EnvelopePeriod;
  /** When the ledger learned of it (transaction time), ISO 8601 instant. */
  recordedAt: string;
  /** The authenticated caller. */
  recordedBy: string;
  /** Idempotency key: a retried command with the same id appends nothing. */
  commandId: string;
  correlationId: string;
  causationId: string;
  sources: readonly EnvelopeSource[];
  classification: EnvelopeClassification;
}>;

/**
 * What a writer hands to `append`: no revisions, positions or hashes yet. `eventId` is the id the event is
 * stored under when the writer chose it (the write path's keyed ids, or a copy of a stored event keeping
 * its id); without it the store derives one from the command id. One append gives ids to all its events or
 * to none.
 */
export type NewEvent = Readonly<{
  eventId?: string;
  type: string;
  schemaVersion: number;
  data: Readonly<Record<string, unknown>>;
  metadata: EventMetadata;
}>;

/**
 * An event as stored: the envelope. `hash = SHA-256(prevHash || canonical(event without hash))` chains
 * the events of one stream; the first event of a stream has a prevHash of 64 zeros.
 */
export type RecordedEvent = Readonly<{
  eventId: string;
  streamId: string;
  /** 0-based position within the stream. */
  revision: number;
  /** 1-based position in the global log; strictly increasing, no gaps in the embedded store. */
  globalPosition: number;
  type: string;
  schemaVersion: number;
  data: Readonly<Record<string, unknown>>;
  metadata: EventMetadata;
  prevHash: string;
  hash: string;
}>;
