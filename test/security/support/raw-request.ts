import type { LedgerTestApp } from '../../e2e/support/ledger-app';

export type RawAnswer = {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
};

/** A request to the GraphQL endpoint exactly as given: for bodies and headers no well-behaved client sends. */
export async function rawRequest(
  ledger: LedgerTestApp,
  body: string,
  headers: Record<string, string> = {},
  method = 'POST',
  query = '',
): Promise<RawAnswer> {
  const url = `${ledger.websocketUrl.replace(/^ws/, 'http')}${query}`;
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'GET' ? undefined : body,
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as RawAnswer['body'] };
}

/** Every event of the log with its hash, as an admin reads it (withheld events keep their hashes): what must never change. */
export async function ledgerFingerprint(ledger: LedgerTestApp): Promise<{ count: number; hashes: string[] }> {
  const { data } = await ledger.graphql<{
    events: { totalCount: number; edges: { node: { eventId: string; hash: string; prevHash: string } }[] };
  }>('{ events(first: 500) { totalCount edges { node { eventId hash prevHash } } } }');
  return {
    count: data!.events.totalCount,
    hashes: data!.events.edges.map(({ node }) => `${node.eventId}:${node.prevHash}:${node.hash}`),
  };
}
