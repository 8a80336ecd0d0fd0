import type { LedgerTestApp } from './ledger-app';

/** The app's HTTP root (for routes beside /graphql), derived from its GraphQL endpoint. */
export const httpRoot = (app: LedgerTestApp): string => app.websocketUrl.replace(/^ws/, 'http').replace(/\/graphql$/, '');

/** One GraphQL request with the headers a test chooses; returns the response too, for its headers. */
export async function postGraphql<T>(root: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${root}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ledger-user': 'delegatie-vng', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { response, body };
}

export const OPEN_NEGOTIATION = 'mutation Open($input: OpenNegotiationInput!) { openNegotiation(input: $input) { globalPosition eventIds } }';

export const openNegotiationInput = (negotiationId: string) => ({ negotiationId, occurredOn: '2025-03-17', title: `Dossier ${negotiationId}` });
