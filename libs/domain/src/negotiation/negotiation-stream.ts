/** EventStoreDB's category projection splits on the first '-', so all negotiations form the `$ce-negotiation` category. */
export const NEGOTIATION_STREAM_PREFIX = 'negotiation-';

export const negotiationStreamId = (negotiationId: string): string => `${NEGOTIATION_STREAM_PREFIX}${negotiationId}`;

export const negotiationIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(NEGOTIATION_STREAM_PREFIX) ? streamId.slice(NEGOTIATION_STREAM_PREFIX.length) : null;
