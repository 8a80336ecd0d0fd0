import {
  foldableOf,
  foldNegotiation,
  type Classification,
  type OpenNegotiationState,
  type Viewer,
} from '@ledger/domain';
import { InMemoryEventStore, type NewEvent } from '@ledger/event-store';
import { StreamCache } from './stream-cache';

const STREAM = 'negotiation-vjn-2025';
const VNG_RECORDER: Viewer = { party: 'vng', role: 'recorder' };
const RIJK_INTERNAL: Classification = { level: 'internal', party: 'rijk' };
const PARTIES: Classification = { level: 'parties' };

let commands = 0;
const event = (type: string, data: Record<string, unknown>, classification: Classification = PARTIES): NewEvent => {
  const commandId = `cmd-${++commands}`;
  return {
    type,
    schemaVersion: 1,
    data: { negotiationId: 'vjn-2025', ...data },
    metadata: {
      occurredOn: '2025-04-16',
      recordedAt: '2025-04-16T18:00:00.000Z',
      recordedBy: 'delegatie',
      commandId,
      correlationId: commandId,
      causationId: commandId,
      sources: [],
      classification,
    },
  };
};
const party = (partyId: string, kind: string) =>
  event('PartyJoined', { partyId, name: partyId.toUpperCase(), kind, delegation: [] });
const proposal = (proposalId: string, partyId: string, classification?: Classification) =>
  event(
    'ProposalTabled',
    {
      proposalId,
      partyId,
      meetingId: null,
      title: proposalId,
      terms: 'terms',
      financialTerms: [],
      nonNegotiable: false,
    },
    classification,
  );

describe('the state a viewer judges commands against', () => {
  let store: InMemoryEventStore;
  let streams: StreamCache;
  const append = async (...events: NewEvent[]) => {
    for (const next of events) await store.append(STREAM, 'any', [next]);
  };
  /** What a from-scratch fold of only the events the viewer may see gives: the view must always equal it. */
  const foldedFromScratch = async (visible: (classification: Classification) => boolean) => {
    const events = await store.readStream(STREAM);
    return foldNegotiation(events.filter((stored) => visible(stored.metadata.classification)).map(foldableOf));
  };
  const vngSees = (classification: Classification) =>
    classification.level !== 'internal' || classification.party === 'vng';
  const proposalsOf = (state: unknown) => [...(state as OpenNegotiationState).proposals.keys()];

  beforeEach(async () => {
    store = new InMemoryEventStore();
    streams = new StreamCache(store);
    await append(
      event('NegotiationOpened', { title: 'Voorjaarsnota 2025', description: '' }),
      party('rijk', 'rijk'),
      party('vng', 'vng'),
    );
  });

  it('is the stream state itself while the viewer may see every event', async () => {
    await append(proposal('bod-kabinet', 'rijk'));
    const snapshot = await streams.load(STREAM);
    expect(snapshot.stateVisibleTo(VNG_RECORDER)).toBe(snapshot.state);
  });

  it("leaves out another party's internal entry, and follows the stream as it grows without losing that", async () => {
    await append(proposal('rijk-intern', 'rijk', RIJK_INTERNAL));
    const first = await streams.load(STREAM);
    expect(proposalsOf(first.stateVisibleTo(VNG_RECORDER))).toEqual([]);

    await append(
      proposal('vng-inzet', 'vng'),
      proposal('rijk-intern-2', 'rijk', RIJK_INTERNAL),
      proposal('bod-kabinet', 'rijk'),
    );
    const later = await streams.load(STREAM);
    const view = later.stateVisibleTo(VNG_RECORDER);
    expect(proposalsOf(view)).toEqual(['vng-inzet', 'bod-kabinet']);
    expect(view).toEqual(await foldedFromScratch(vngSees));
    expect(proposalsOf(later.state)).toEqual(['rijk-intern', 'vng-inzet', 'rijk-intern-2', 'bod-kabinet']);
  });

  it('applies a correction recorded after the viewer last looked, as a fold from scratch would', async () => {
    await append(proposal('rijk-intern', 'rijk', RIJK_INTERNAL), proposal('vng-inzet', 'vng'));
    const before = await streams.load(STREAM);
    before.stateVisibleTo(VNG_RECORDER);
    const tabled = (await store.readStream(STREAM)).find((stored) => stored.data.proposalId === 'vng-inzet')!;
    await append(
      event('EntryCorrected', {
        correctedEventId: tabled.eventId,
        entityId: 'vng-inzet',
        reason: 'ten onrechte vastgelegd',
        retracted: true,
        patch: {},
        occurredOn: null,
      }),
    );
    const after = await streams.load(STREAM);
    expect(proposalsOf(after.stateVisibleTo(VNG_RECORDER))).toEqual([]);
    expect(after.stateVisibleTo(VNG_RECORDER)).toEqual(await foldedFromScratch(vngSees));
  });
});
