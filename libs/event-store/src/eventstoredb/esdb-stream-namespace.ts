/**
 * Maps the port's stream ids onto EventStoreDB stream names. A prefix lets several ledgers (or test runs)
 * share one cluster without seeing each other; the envelope, and so the hash chain, always carries the
 * unprefixed stream id, so the same events hash the same in every store.
 */
export class EsdbStreamNamespace {
  constructor(readonly prefix = '') {
    if (prefix.startsWith('$')) {
      throw new RangeError(`Stream prefix ${prefix} would put ledger streams among the system streams`);
    }
  }

  toStreamName(streamId: string): string {
    return `${this.prefix}${streamId}`;
  }

  /** The port's stream id for a stream name, or null when the stream is not one of this ledger's. */
  toStreamId(streamName: string): string | null {
    if (isSystemStream(streamName) || !streamName.startsWith(this.prefix)) return null;
    return streamName.slice(this.prefix.length);
  }
}

/** EventStoreDB reserves names starting with `$` for its own streams (`$settings`, `$ce-…`, `$$…` metadata). */
export function isSystemStream(streamName: string): boolean {
  return streamName.startsWith('$');
}

/** Event types starting with `$` are the server's (`$>` links, `$metadata`, `$statsCollected`). */
export function isSystemEventType(eventType: string): boolean {
  return eventType.startsWith('$');
}
