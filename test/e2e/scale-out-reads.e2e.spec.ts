import { LedgerTestApp } from './support/ledger-app';
import { OPEN_NEGOTIATION, openNegotiationInput } from './support/http';

type Opened = { openNegotiation: { globalPosition: string; eventIds: string[] } };
type Log = { events: { edges: { node: { eventId: string } }[] } };

const EVENTS_SINCE =
  'query Log($minPosition: String) { events(first: 500, minPosition: $minPosition) { edges { node { eventId } } } }';

/** Two replicas on one embedded store file: B learns of A's writes only by reading the shared file. */
describe('reading your own writes on another replica', () => {
  let replicaA: LedgerTestApp;
  let replicaB: LedgerTestApp;

  beforeAll(async () => {
    replicaA = await new LedgerTestApp().start();
    replicaB = await new LedgerTestApp(null, replicaA.dataDir).start();
  });
  afterAll(async () => {
    await replicaB.stop();
    await replicaA.destroy();
  });

  it('answers on replica B with the event written through replica A, given the position A returned', async () => {
    const written = await replicaA.graphql<Opened>(OPEN_NEGOTIATION, { input: openNegotiationInput('schaal-a') });
    const { globalPosition, eventIds } = written.data!.openNegotiation;

    const read = await replicaB.graphql<Log>(EVENTS_SINCE, { minPosition: globalPosition });

    expect(read.errors).toBeUndefined();
    expect(read.data!.events.edges.map((edge) => edge.node.eventId)).toEqual(expect.arrayContaining(eventIds));
  });

  it('answers READ_MODEL_BEHIND, naming minPosition, when the position is not reached within the bound', async () => {
    const written = await replicaA.graphql<Opened>(OPEN_NEGOTIATION, { input: openNegotiationInput('schaal-b') });
    const beyond = String(Number(written.data!.openNegotiation.globalPosition) + 1_000);

    const read = await replicaB.graphql<Log>(EVENTS_SINCE, { minPosition: beyond });

    expect(read.data).toBeNull();
    expect(read.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(`did not reach global position ${beyond}`),
        extensions: expect.objectContaining({ code: 'READ_MODEL_BEHIND', field: 'minPosition' }),
      }),
    ]);
  });
});
