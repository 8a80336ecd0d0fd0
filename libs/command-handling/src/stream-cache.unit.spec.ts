import { InMemoryEventStore, type NewEvent, type RecordedEvent } from '@ledger/event-store';
import { StreamCache } from './stream-cache';

const STREAM = 'negotiation-vjn-2025';

const newEvent = (type: string, data: Record<string, unknown>, commandId: string): NewEvent => ({
  type,
  schemaVersion: 1,
  data: { negotiationId: 'vjn-2025', ...data },
  metadata: {
    occurredOn: '2025-04-16',
    recordedAt: '2025-04-16T18:00:00.000Z',
    recordedBy: 'delegatie-vng',
    commandId,
    correlationId: commandId,
    causationId: commandId,
    sources: [],
    classification: { level: 'parties' },
  },
});
const opened = newEvent('NegotiationOpened', { title: 'Voorjaarsnota 2025', description: '' }, 'cmd-open');
const admitted = (partyId: string) =>
  newEvent('PartyJoined', { partyId, name: partyId.toUpperCase(), kind: 'other', delegation: [] }, `cmd-${partyId}`);

/** The in-memory store, counting the events its stream reads hand back: what the cache had to read and fold again. */
class CountingStore extends InMemoryEventStore {
  eventsReadBack = 0;

  override async readStream(streamId: string, options?: { fromRevision?: number }): Promise<RecordedEvent[]> {
    const events = await super.readStream(streamId, options);
    this.eventsReadBack += events.length;
    return events;
  }
}

describe(StreamCache.name, () => {
  let store: CountingStore;
  let streams: StreamCache;

  beforeEach(() => {
    store = new CountingStore();
    streams = new StreamCache(store);
  });

  it('folds what its own appends returned without reading them back', async () => {
    await streams.load(STREAM);
    streams.remember(STREAM, (await store.append(STREAM, 'no_stream', [opened])).events);
    streams.remember(STREAM, (await store.append(STREAM, 0, [admitted('rijk')])).events);
    const snapshot = await streams.load(STREAM);
    expect(store.eventsReadBack).toBe(0);
    expect(snapshot.revision).toBe(1);
    expect([...snapshot.table().keys()]).toEqual(['rijk']);
    expect(snapshot.eventsOfCommand('cmd-rijk')?.map((event) => event.type)).toEqual(['PartyJoined']);
  });

  it('reads what another writer appended in between, even when its own later append is remembered first', async () => {
    await store.append(STREAM, 'no_stream', [opened]);
    await streams.load(STREAM);
    await store.append(STREAM, 0, [admitted('rijk')]);
    const ours = await store.append(STREAM, 1, [admitted('vng')]);
    streams.remember(STREAM, ours.events);
    const snapshot = await streams.load(STREAM);
    expect(snapshot.revision).toBe(2);
    expect([...snapshot.table().keys()]).toEqual(['rijk', 'vng']);
  });

  it('folds nothing twice when an append and a load hand it the same events', async () => {
    await store.append(STREAM, 'no_stream', [opened]);
    const appended = await store.append(STREAM, 0, [admitted('rijk')]);
    await streams.load(STREAM);
    streams.remember(STREAM, appended.events);
    const snapshot = await streams.load(STREAM);
    expect(snapshot.revision).toBe(1);
    expect(snapshot.eventsOfCommand('cmd-rijk')).toHaveLength(1);
  });
});
