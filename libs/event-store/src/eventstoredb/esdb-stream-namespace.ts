/**
 * Where the ledger's streams live unless told otherwise: `ledger.negotiation-1`. The server's category
 * projection splits on the first `-`, so that stream's category is `ledger.negotiation`.
 */
export const DEFAULT_STREAM_PREFIX = 'ledger.';

/**
 * Maps the port's stream ids onto EventStoreDB stream names. Every ledger stream is under one prefix, so
 * the server can filter `$all` down to the ledger's own streams and other writers on the cluster stay
 * invisible; several ledgers (or test runs) can share a cluster under prefixes of their own. The envelope,
 * and so the hash chain, always carries the unprefixed stream id, so the same events hash the same in
 * every store.
 */
export class EsdbStreamNamespace {
  constructor(readonly prefix = DEFAULT_STREAM_PREFIX) {
    if (prefix === '') {
      throw new RangeError(
        "Stream prefix must not be empty: without one every stream on the cluster would be taken for the ledger's",
      );
    }
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
