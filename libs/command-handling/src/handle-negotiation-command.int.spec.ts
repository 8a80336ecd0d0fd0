import { TEST_EVENT_IDS } from '@ledger/event-store/testing';
import { AccessDeniedError, NegotiationError, NegotiationErrorCode, type NegotiationCommand } from '@ledger/domain';
import { InMemoryEventStore, WrongExpectedRevisionError } from '@ledger/event-store';
import type { CommandEnvelope } from './command-envelope';
import { handleNegotiationCommand } from './handle-negotiation-command';
import { StreamCache } from './stream-cache';

const metadata = { now: '2025-04-16T18:00:00.000Z', occurredOn: '2025-04-16', recordedBy: 'delegatie-vng' };
const openVoorjaarsnota: NegotiationCommand = {
  type: 'OpenNegotiation',
  data: { negotiationId: 'vjn-2025', title: 'Financiering jeugdzorg Voorjaarsnota 2025', description: '' },
  metadata,
};
const admit = (partyId: string): NegotiationCommand => ({
  type: 'AdmitParty',
  data: { negotiationId: 'vjn-2025', partyId, name: partyId.toUpperCase(), kind: 'other', delegation: [] },
  metadata,
});
const envelope = (commandId: string, extra: Partial<CommandEnvelope> = {}): CommandEnvelope => ({
  commandId,
  sources: [],
  classification: { level: 'parties' },
  ...extra,
});

describe('handleNegotiationCommand', () => {
  let store: InMemoryEventStore;
  let run: (command: NegotiationCommand, env: CommandEnvelope) => ReturnType<typeof handleNegotiationCommand>;

  beforeEach(() => {
    store = new InMemoryEventStore();
    const streams = new StreamCache(store);
    run = (command, env) => handleNegotiationCommand({ store, streams, eventIds: TEST_EVENT_IDS }, command, env);
  });

  it('appends the decided events to the negotiation stream with the full envelope', async () => {
    const result = await run(openVoorjaarsnota, envelope('cmd-open', { correlationId: 'corr-1' }));
    const [event] = await store.readStream('negotiation-vjn-2025');
    expect(result).toMatchObject({
      negotiationId: 'vjn-2025',
      revision: 0,
      duplicate: false,
      eventIds: [event.eventId],
    });
    expect(event.type).toBe('NegotiationOpened');
    expect(event.metadata).toMatchObject({
      occurredOn: '2025-04-16',
      recordedAt: metadata.now,
      recordedBy: 'delegatie-vng',
      commandId: 'cmd-open',
      correlationId: 'corr-1',
      causationId: 'cmd-open',
      classification: { level: 'parties' },
    });
  });

  it('returns the first result for a retried command id and appends nothing', async () => {
    const first = await run(openVoorjaarsnota, envelope('cmd-open'));
    const retry = await run(openVoorjaarsnota, envelope('cmd-open'));
    expect(retry).toEqual({ ...first, duplicate: true });
    expect(await store.headPosition()).toBe(1);
  });

  it('refuses a stale expected revision with the current revision and writes nothing', async () => {
    await run(openVoorjaarsnota, envelope('cmd-open'));
    await run(admit('rijk'), envelope('cmd-rijk'));
    const stale = run(admit('vng'), envelope('cmd-vng', { expectedRevision: 0 }));
    await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await expect(stale).rejects.toMatchObject({ actualRevision: 1 });
    expect(await store.headPosition()).toBe(2);
  });

  it('leaves the store untouched when the domain refuses', async () => {
    await expect(run(admit('rijk'), envelope('cmd-rijk'))).rejects.toBeInstanceOf(NegotiationError);
    expect(await store.headPosition()).toBe(0);
  });

  it('refuses an invalid source before deciding', async () => {
    const badSource = {
      document: { title: 'Afspraken Rijk – VNG Jeugdzorg', issuer: 'Rijk en VNG', date: '2025-04' },
      quote: 'x',
    };
    await expect(run(openVoorjaarsnota, envelope('cmd-open', { sources: [badSource] }))).rejects.toMatchObject({
      field: 'sources[0].document.date',
    });
    expect(await store.headPosition()).toBe(0);
  });

  it('records concurrent commands without an expected revision by retrying the lost races', async () => {
    await run(openVoorjaarsnota, envelope('cmd-open'));
    const parties = ['rijk', 'vng', 'ipo', 'vws', 'fin'];
    await Promise.all(parties.map((party) => run(admit(party), envelope(`cmd-${party}`))));
    const stream = await store.readStream('negotiation-vjn-2025');
    expect(stream.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(stream.slice(1).map((event) => event.data.partyId))).toEqual(new Set(parties));
  });

  describe('for an actor', () => {
    const vngRecorder = { party: 'vng', role: 'recorder' } as const;
    const vngInternal = { level: 'internal', party: 'vng' } as const;
    const tableProposal = (proposalId: string): NegotiationCommand =>
      ({
        type: 'TableProposal',
        data: {
          negotiationId: 'vjn-2025',
          proposalId,
          partyId: 'vng',
          title: 'Inzet',
          terms: 'Compensatie',
          financialTerms: [],
          nonNegotiable: false,
          meetingId: null,
        },
        metadata,
      }) as NegotiationCommand;
    const position = (proposalId: string): NegotiationCommand =>
      ({
        type: 'TakePosition',
        data: {
          negotiationId: 'vjn-2025',
          positionId: `standpunt-${proposalId}`,
          partyId: 'rijk',
          proposalId,
          topic: 'compensatie',
          stance: 'opposes',
          reasons: [],
          meetingId: null,
          financialTerms: [],
        },
        metadata,
      }) as NegotiationCommand;

    beforeEach(async () => {
      await run(openVoorjaarsnota, envelope('cmd-open'));
      await run(admit('rijk'), envelope('cmd-rijk'));
      await run(admit('vng'), envelope('cmd-vng'));
      await run(tableProposal('vng-inzet'), envelope('cmd-inzet', { classification: vngInternal }));
    });

    it('refuses a command its role does not allow and writes nothing', async () => {
      const reading = handleNegotiationCommand(
        { store, streams: new StreamCache(store), eventIds: TEST_EVENT_IDS },
        position('vng-inzet'),
        envelope('cmd-x'),
        { party: 'vng', role: 'reader' },
      );
      await expect(reading).rejects.toBeInstanceOf(AccessDeniedError);
      expect(await store.headPosition()).toBe(4);
    });

    it('treats an entry internal to another party as unknown', async () => {
      const rijk = handleNegotiationCommand(
        { store, streams: new StreamCache(store), eventIds: TEST_EVENT_IDS },
        position('vng-inzet'),
        envelope('cmd-rijk-pos'),
        { party: 'rijk', role: 'recorder' },
      );
      await expect(rijk).rejects.toMatchObject({ code: NegotiationErrorCode.NotFound, field: 'proposalId' });
      expect(await store.headPosition()).toBe(4);
    });

    it('records against an entry of its own party', async () => {
      const vng = await handleNegotiationCommand(
        { store, streams: new StreamCache(store), eventIds: TEST_EVENT_IDS },
        position('vng-inzet'),
        envelope('cmd-vng-pos', { classification: vngInternal }),
        vngRecorder,
      );
      expect(vng.revision).toBe(4);
    });
  });
});
