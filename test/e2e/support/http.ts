import { issueLocalToken } from '@ledger/local-auth';
import { DEFAULT_CALLER, type LedgerTestApp } from './ledger-app';

/** The bearer token each API root is called with, signed by the local key in that API's data folder. */
const authorizations = new Map<string, Promise<Record<string, string>>>();

/** Calls the API at `root` as the default caller (an admin of VNG), as LedgerTestApp.graphql does. */
export function authorizeAs(root: string, dataDir: string): void {
  authorizations.set(
    root,
    issueLocalToken(dataDir, { ...DEFAULT_CALLER, ttl: '1h' }).then((token) => ({ authorization: `Bearer ${token}` })),
  );
}

/** The app's HTTP root (for routes beside /graphql), derived from its GraphQL endpoint; GraphQL calls to it carry a token. */
export function httpRoot(app: LedgerTestApp): string {
  const root = app.websocketUrl.replace(/^ws/, 'http').replace(/\/graphql$/, '');
  authorizeAs(root, app.dataDir);
  return root;
}

/** One GraphQL request with the headers a test chooses; returns the response too, for its headers. */
export async function postGraphql<T>(
  root: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${root}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authorizations.get(root)), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  return { response, body };
}

export const OPEN_NEGOTIATION =
  'mutation Open($input: OpenNegotiationInput!) { openNegotiation(input: $input) { globalPosition eventIds } }';

export const openNegotiationInput = (negotiationId: string) => ({
  negotiationId,
  occurredOn: '2025-03-17',
  title: `Dossier ${negotiationId}`,
});
