import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { GraphQLError, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { makeServer, type Context, type ServerOptions, type SubscribePayload } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Gauge } from 'prom-client';
import { WebSocketServer, type WebSocket } from 'ws';
import { AuthenticationError } from '../auth/authentication.error';
import { OperationLimits } from '../auth/hardening/operation-limits';
import { RequestAdmission } from '../auth/request-admission';
import { SECURITY_CONFIG, type SecurityConfig } from '../auth/security-config';
import type { Session } from '../auth/token.verifier';
import type { LedgerContext } from '../common/caller';
import { errorAnswer } from '../common/errors/error-response';
import { toGraphQLError } from '../common/errors/graphql-error.mapper';
import { GRAPHQL_PATH } from '../common/graphql/graphql-driver.options';
import { MAX_BODY_BYTES } from '../http-adapter';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { connectionRefusal } from './connection-refusal';

/** What one graphql-ws connection carries beside the socket: its session once authenticated, and the timer that ends it. */
type Connection = {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
  session?: Session;
  expiry?: ReturnType<typeof setTimeout>;
};

/** How long shutdown gives clients to answer the close frame before their sockets are cut. */
const CLOSE_GRACE_MS = 2_000;

/**
 * GraphQL over WebSocket (the graphql-transport-ws protocol of graphql-ws) on the same port and path as
 * HTTP, under the same rules: the token of `connection_init` (`{ authorization: "Bearer <token>" }`) is
 * verified before the connection is acknowledged (close 4401 without a valid one, 4403 when the client is
 * over its rate limit), and every subscribe message then meets the HTTP pipeline: the session still valid
 * and within the caller's rate limit, variables, tokens, fields, validation with the introspection policy,
 * depth and cost, and errors in the one shape, masked in production. A connection ends when its token expires.
 */
@Injectable()
export class GraphqlWsServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES });
  /** Open connections, whose running subscriptions a scrape counts: nothing is counted per message. */
  private readonly connections = new Set<Context<Record<string, unknown>, Connection>>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly admission: RequestAdmission,
    private readonly limits: OperationLimits,
    @Inject(SECURITY_CONFIG) private readonly security: SecurityConfig,
    metrics: LedgerMetrics,
  ) {
    const connections = this.connections;
    new Gauge({
      name: 'ledger_open_subscriptions',
      help: 'GraphQL subscriptions running over graphql-ws',
      registers: [metrics.registry],
      collect() {
        let running = 0;
        for (const connection of connections) {
          for (const id in connection.subscriptions) if (connection.subscriptions[id]) running += 1;
        }
        this.set(running);
      },
    });
  }

  onApplicationBootstrap(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<
      FastifyInstance & { graphql?: { schema: GraphQLSchema } }
    >();
    if (!fastify?.graphql) return;
    const schema = () => fastify.graphql!.schema;
    const options: ServerOptions<Record<string, unknown>, Connection> = {
      onConnect: async (context) => {
        this.connections.add(context);
        return this.authenticate(context.extra, context.connectionParams);
      },
      onSubscribe: async ({ extra }, _id, payload) => this.prepare(schema(), extra, payload),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: this.formatted(result.errors, true) } : undefined,
      onError: (_ctx, _id, _payload, errors) => this.formatted(errors, false),
      onClose: (context) => {
        this.connections.delete(context);
        clearTimeout(context.extra.expiry);
      },
    };
    serveOver(this.sockets, makeServer(options));
    fastify.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (new URL(request.url ?? '/', 'http://ledger').pathname !== GRAPHQL_PATH) return socket.destroy();
      this.sockets.handleUpgrade(request, socket, head, (websocket) =>
        this.sockets.emit('connection', websocket, request),
      );
    });
  }

  /** Closes every socket with a close frame (1001, going away), and cuts those that do not answer in time. */
  async beforeApplicationShutdown(): Promise<void> {
    const closing = [...this.sockets.clients].map(
      (socket) =>
        new Promise<void>((closed) => {
          socket.once('close', () => closed());
          socket.close(1001, 'The service is shutting down');
        }),
    );
    const cut = setTimeout(() => this.sockets.clients.forEach((socket) => socket.terminate()), CLOSE_GRACE_MS);
    await Promise.all(closing).finally(() => clearTimeout(cut));
    await new Promise((closed) => this.sockets.close(closed));
  }

  private async authenticate(
    connection: Connection,
    params: Readonly<Record<string, unknown>> | undefined,
  ): Promise<boolean> {
    try {
      const session = await this.admission.authenticate(
        params?.authorization ?? params?.Authorization,
        connection.request.socket.remoteAddress ?? 'unknown',
      );
      connection.session = session;
      connection.expiry = setTimeout(
        () => connection.socket.close(4401, 'The token has expired'),
        Math.max(0, session.expiresAtMs - Date.now()),
      );
      return true;
    } catch (error) {
      const refused = connectionRefusal(error);
      connection.socket.close(refused.code, refused.reason);
      return false;
    }
  }

  /** The HTTP pipeline, in the same order, for one subscribe message; a refusal answers that operation only. */
  private prepare(
    schema: GraphQLSchema,
    connection: Connection,
    payload: SubscribePayload,
  ): ExecutionArgs | readonly GraphQLError[] {
    try {
      if (!connection.session) throw new AuthenticationError('The connection is not authenticated', false);
      const caller = this.admission.admit(connection.session);
      this.limits.assertVariables(payload.variables);
      const document = this.limits.parse(payload.query);
      this.limits.assertFieldCount(document);
      const invalid = this.limits.validate(schema, document);
      if (invalid.length > 0) return invalid;
      const variableValues = payload.variables ?? {};
      this.limits.assertDepthAndCost(schema, document, payload.operationName, variableValues);
      const contextValue: LedgerContext = { caller, req: connection.request };
      return { schema, document, variableValues, operationName: payload.operationName, contextValue };
    } catch (error) {
      return [toGraphQLError(error)];
    }
  }

  private formatted(errors: readonly GraphQLError[], ran: boolean) {
    return errorAnswer(errors, ran, this.security.production).errors;
  }
}

/** Connects the protocol to each socket of the ws server: messages in, sends and closes out, the end of the socket reported. */
function serveOver(
  sockets: WebSocketServer,
  server: ReturnType<typeof makeServer<Record<string, unknown>, Connection>>,
): void {
  sockets.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((sent, failed) =>
            socket.readyState === socket.OPEN ? socket.send(data, (error) => (error ? failed(error) : sent())) : sent(),
          ),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data) => {
            handle(String(data)).catch(() => socket.close(4500, 'Internal error'));
          }),
      },
      { socket, request },
    );
    // ws closes the socket itself after an error (1009 for a message over maxPayload); unheard, the error would end the process.
    socket.on('error', () => undefined);
    socket.once('close', (code, reason) => void closed(code, String(reason)));
  });
}
