import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { eventually } from '../../libs/event-store/src/testing';
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

  /** The subscription takes the log's head before its read is audited: once the audit shows it, it follows. */
  async function followed(negotiationId: string): Promise<void> {
    await eventually(async () => {
      const { data } = await ledger.graphql<{ readAudit: { edges: { node: { operation: string } }[] } }>(
        'query Audit($id: ID) { readAudit(negotiationId: $id) { edges { node { operation } } } }',
        { id: negotiationId },
      );
      return data?.readAudit.edges.some(({ node }) => node.operation === 'eventRecorded') ?? false;
    });
  }

  it('delivers the events recorded in the negotiation it follows, and only those', async () => {
    const open = (negotiationId: string, title: string) =>
      record(ledger, 'openNegotiation', 'OpenNegotiationInput', { negotiationId, occurredOn: '2025-03-17', title });
    const admit = (partyId: string, name: string, kind: string) =>
      record(ledger, 'admitParty', 'AdmitPartyInput', {
        negotiationId: 'bo-jeugd-2025',
        occurredOn: '2025-03-17',
        partyId,
        name,
        kind,
      });
    await open('bo-jeugd-2025', 'BO Jeugd 2025');
    const live = collect(client, 2, 'bo-jeugd-2025');
    await followed('bo-jeugd-2025');
    await admit('vng', 'VNG', 'VNG');
    await open('andere-tafel', 'Samenwerkingsagenda');
    await admit('rijk', 'Rijk', 'RIJK');
    expect(await live).toEqual([
      { type: 'PartyJoined', negotiationId: 'bo-jeugd-2025', data: expect.objectContaining({ partyId: 'vng' }) },
      { type: 'PartyJoined', negotiationId: 'bo-jeugd-2025', data: expect.objectContaining({ partyId: 'rijk' }) },
    ]);
  });
});
