import { findRecordedChainBreak, type EventStore } from '@ledger/event-store';

export type VerifySummary = Readonly<{ streams: number; events: number; problems: readonly string[] }>;

/**
 * After the copy, reads every stream back from the target: its hash chain must be intact, and it must
 * hold as many events as the source with the same last hash, which the chain ties to every event before it.
 */
export async function verifyMigration(
  source: EventStore,
  target: EventStore,
  streamIds: readonly string[],
): Promise<VerifySummary> {
  const problems: string[] = [];
  let events = 0;
  for (const streamId of streamIds) {
    const [original, copy] = await Promise.all([source.readStream(streamId), target.readStream(streamId)]);
    events += copy.length;
    const chainBreak = findRecordedChainBreak(copy);
    if (chainBreak)
      problems.push(`${streamId}: hash chain broken at revision ${chainBreak.index} (${chainBreak.reason})`);
    if (copy.length !== original.length)
      problems.push(`${streamId}: the target holds ${copy.length} events, the source ${original.length}`);
    else if (copy.at(-1)?.hash !== original.at(-1)?.hash)
      problems.push(`${streamId}: the last hash differs from the source's`);
  }
  return { streams: streamIds.length, events, problems };
}
