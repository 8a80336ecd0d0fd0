import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { LedgerTestApp } from './support/ledger-app';
import { record } from './support/mutations';

type Recorded = { eventRecorded: { type: string; negotiationId: string; data: Record<string, unknown> } };

/** Collects `count` events of one subscription, then completes it. */
function collect(client: Client, count: number, negotiationId: string): Promise<Recorded['eventRecorded'][]> {
  const received: Recorded['eventRecorded'][] = [];
  return new Promise((resolve, reject) => {
    const unsubscribe = client.subscribe<Recorded>(
      {
        query: 'subscription Live($id: ID) { eventRecorded(negotiationId: $id) { type negotiationId data } }',
        variables: { id: negotiationId },
      },
      {
        next: ({ data }) => {
          received.push(data!.eventRecorded);
          if (received.length === count) {
            unsubscribe();
            resolve(received);
          }
        },
        error: reject,
        complete: () => resolve(received),
      },
    );
  });
}

describe('the eventRecorded subscription over graphql-ws', () => {
  const ledger = new LedgerTestApp();
  let client: Client;

  beforeAll(async () => {
    await ledger.start();
    const { authorization } = await ledger.authorization();
    client = createClient({
      url: ledger.websocketUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization },
    });
  });
  afterAll(async () => {
    await client.dispose();
    await ledger.destroy();
  });

  it('delivers the events recorded in the negotiation it follows, and only those', async () => {
    const live = collect(client, 2, 'bo-jeugd-2025');
    // The subscription starts at the log's head when the server accepts it; give the handshake a moment.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const open = (negotiationId: string, title: string) =>
      record(ledger, 'openNegotiation', 'OpenNegotiationInput', { negotiationId, occurredOn: '2025-03-17', title });
    await open('andere-tafel', 'Samenwerkingsagenda');
    await open('bo-jeugd-2025', 'BO Jeugd 2025');
    await record(ledger, 'admitParty', 'AdmitPartyInput', {
      negotiationId: 'bo-jeugd-2025',
      occurredOn: '2025-03-17',
      partyId: 'vng',
      name: 'VNG',
      kind: 'VNG',
    });
    expect(await live).toEqual([
      {
        type: 'NegotiationOpened',
        negotiationId: 'bo-jeugd-2025',
        data: expect.objectContaining({ title: 'BO Jeugd 2025' }),
      },
      { type: 'PartyJoined', negotiationId: 'bo-jeugd-2025', data: expect.objectContaining({ partyId: 'vng' }) },
    ]);
  });
});
