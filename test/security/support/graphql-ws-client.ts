import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export type GraphqlError = { message: string; extensions?: Record<string, unknown> };

/** How one operation over graphql-ws ended: with a result, with errors for that operation, or with the connection closed. */
export type WsOutcome = Readonly<{
  data?: unknown;
  errors?: GraphqlError[];
  closed?: { code: number; reason: string };
}>;

/** Opens a connection with these parameters, runs one operation, and reports its first result, its errors, or the close. */
export async function overWebSocket(
  url: string,
  connectionParams: Record<string, unknown>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<WsOutcome> {
  let closed: WsOutcome['closed'];
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams,
    on: {
      closed: (event) =>
        (closed = { code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }),
    },
  });
  try {
    return await new Promise<WsOutcome>((resolve) => {
      client.subscribe(
        { query, variables },
        {
          next: (result) => resolve(result as WsOutcome),
          error: (error) =>
            resolve(Array.isArray(error) ? { errors: error as GraphqlError[] } : { closed: closed ?? closeOf(error) }),
          complete: () => resolve({ closed }),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

const closeOf = (event: unknown) => ({
  code: (event as { code?: number }).code ?? 0,
  reason: String((event as { reason?: unknown }).reason ?? ''),
});

/** One subscribe message whose payload is written by hand (for payloads no client would build); resolves with the first answer to it. */
export function rawWebSocketOperation(
  url: string,
  authorization: string,
  payloadJson: string,
): Promise<{ type: string; payload?: unknown }> {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  return new Promise((resolve, reject) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
      if (message.type === 'connection_ack') socket.send(`{"type":"subscribe","id":"1","payload":${payloadJson}}`);
      else resolve(message);
    });
    socket.on('close', (code) => reject(new Error(`closed with ${code}`)));
    socket.on('error', reject);
  }).finally(() => socket.close()) as Promise<{ type: string; payload?: unknown }>;
}
