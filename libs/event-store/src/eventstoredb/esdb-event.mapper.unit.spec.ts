import { GENESIS_PREV_HASH } from '@ledger/evidence';
import type { NewEvent } from '../event-envelope';
import { EventStoreErrorCode } from '../event-store.errors';
import { deterministicEventId } from '../event-id';
import { findRecordedChainBreak, sealBatch } from '../hashed-envelope';
import { appendAttemptIdOf, fromEsdbEvent, toEsdbEventData, type EsdbStoredEvent } from './esdb-event.mapper';

const newEvent = (n: number): NewEvent => ({
  type: 'CommitmentMade',
  schemaVersion: 2,
  data: { negotiationId: 'n-1', dueBy: 'uiterlijk augustus', bedragInCenten: 42_400_000_000, n },
  metadata: {
    occurredOn: '2025-04-16',
    recordedAt: '2025-04-17T09:30:00.000Z',
    recordedBy: 'vng-delegatie',
    commandId: 'command-7',
    correlationId: 'correlation-7',
    causationId: 'causation-7',
    sources: [
      {
        document: { title: 'Bestuurlijk Overleg Jeugd', issuer: 'VWS', date: '2025-04-16' },
        quote: 'uiterlijk augustus',
        page: 2,
      },
    ],
    classification: { level: 'internal', party: 'VNG' },
  },
});

/** What the client hands back for a written event: the same id, type, data and metadata, plus its place. */
const asStored = (
  data: ReturnType<typeof toEsdbEventData>,
  streamName: string,
  revision: bigint,
  commit: bigint,
): EsdbStoredEvent => ({
  id: data.id,
  streamId: streamName,
  revision,
  type: data.type,
  isJson: data.contentType === 'application/json',
  data: JSON.parse(JSON.stringify(data.data)),
  metadata: JSON.parse(JSON.stringify(data.metadata)),
  position: { commit, prepare: commit },
});

describe('envelope ⇄ EventStoreDB event', () => {
  const sealed = sealBatch('negotiation-1', { lastRevision: -1, lastHash: null }, [newEvent(0), newEvent(1)]);

  it('writes the deterministic event id, data as data and the rest of the envelope as JSON metadata', () => {
    const written = toEsdbEventData(sealed[1], 'attempt-1');

    expect(written).toMatchObject({
      id: deterministicEventId('command-7', 1),
      contentType: 'application/json',
      type: 'CommitmentMade',
      data: newEvent(1).data,
    });
    expect(written.metadata).toEqual({
      schemaVersion: 2,
      metadata: newEvent(1).metadata,
      prevHash: sealed[0].hash,
      hash: sealed[1].hash,
      appendAttemptId: 'attempt-1',
      $correlationId: 'correlation-7',
      $causationId: 'causation-7',
    });
  });

  it('reads back the same envelope, hash chain included, with the commit position as global position', () => {
    const recorded = sealed.map((event, index) =>
      fromEsdbEvent(
        asStored(
          toEsdbEventData(event, 'attempt-1'),
          'run-42-negotiation-1',
          BigInt(index),
          1000n + BigInt(index) * 200n,
        ),
        'negotiation-1',
      ),
    );

    expect(recorded).toEqual(sealed.map((event, index) => ({ ...event, globalPosition: 1000 + index * 200 })));
    expect(recorded[0].prevHash).toBe(GENESIS_PREV_HASH);
    expect(findRecordedChainBreak(recorded)).toBeNull();
  });

  it('keeps the attempt id out of the envelope but readable for duplicate detection', () => {
    const stored = asStored(toEsdbEventData(sealed[0], 'attempt-9'), 'negotiation-1', 0n, 10n);

    expect(appendAttemptIdOf(stored)).toBe('attempt-9');
    expect(fromEsdbEvent(stored, 'negotiation-1')).not.toHaveProperty('appendAttemptId');
    expect(
      appendAttemptIdOf({ ...stored, metadata: { ...(stored.metadata as object), appendAttemptId: undefined } }),
    ).toBeUndefined();
  });

  it('refuses events that are not ledger envelopes instead of guessing', () => {
    const stored = asStored(toEsdbEventData(sealed[0], 'attempt-1'), 'negotiation-1', 0n, 10n);
    const foreign: EsdbStoredEvent[] = [
      { ...stored, metadata: undefined },
      { ...stored, metadata: { schemaVersion: 1 } },
      { ...stored, isJson: false, data: new Uint8Array([1]) },
      { ...stored, position: undefined },
    ];

    for (const event of foreign) {
      expect(() => fromEsdbEvent(event, 'negotiation-1')).toThrow(
        expect.objectContaining({ code: EventStoreErrorCode.InvalidEvent }),
      );
    }
  });
});
