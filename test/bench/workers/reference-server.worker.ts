import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, GraphQLModule, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ledgerHttpAdapter } from '../../../apps/ledger-api/src/http-adapter';
import { LedgerEventConnection } from '../../../apps/ledger-api/src/queries/models/connection.models';
import type { ServerReady } from './ledger-server.worker';
import { answerProfileRequests } from './cpu-profiler';

const PAGE_SIZE = 50;
const hash = (seed: number) => seed.toString(16).padStart(64, '0');

/** One page of 50 entries as the service answers it: the same fields, typical sizes, built once. */
const PAGE = {
  totalCount: 100,
  pageInfo: { hasNextPage: true, endCursor: 'cursor-50', hasPreviousPage: false, startCursor: 'cursor-1' },
  edges: Array.from({ length: PAGE_SIZE }, (_, index) => ({
    cursor: `cursor-${index + 1}`,
    node: {
      id: `LedgerEvent:${index}`,
      eventId: `event-${index}`,
      negotiationId: 'bench',
      streamId: 'negotiation-bench',
      revision: index,
      globalPosition: String(index + 1),
      withheld: false,
      type: 'PositionTaken',
      schemaVersion: 1,
      data: {
        positionId: `position-${index}`,
        partyId: 'vng',
        topic: 'Bod kabinet',
        stance: 'SUPPORTS',
        reasons: ['Niet optimaal, maar best haalbare resultaat'],
      },
      occurredOn: '2025-04-16',
      recordedAt: '2025-04-16T20:00:00.000Z',
      recordedBy: 'bench-recorder',
      commandId: `command-${index}`,
      correlationId: null,
      causationId: null,
      prevHash: hash(index),
      hash: hash(index + 1),
      sources: [
        {
          quote: 'Demping ravijn, vanaf 2026 met structureel geld',
          page: null,
          paragraph: null,
          document: { title: 'Voorjaarsnota 2025', date: '2025-05-15' },
        },
      ],
      classification: { level: 'public', party: null },
    },
  })),
};

@Resolver()
class ConstantAuditTrailResolver {
  @Query(() => LedgerEventConnection)
  auditTrail(
    @Args('entityId', { type: () => ID }) _entityId: string,
    @Args('first', { type: () => Int }) _first: number,
  ) {
    return PAGE;
  }
}

@Module({
  imports: [GraphQLModule.forRoot<MercuriusDriverConfig>({ driver: MercuriusDriver, autoSchemaFile: true, jit: 1 })],
  providers: [ConstantAuditTrailResolver],
})
class ReferenceModule {}

/**
 * The reference the service's auditTrail figures are held to: Nest with the same driver (Mercurius with
 * graphql-jit on Fastify) and the same response shape, answering a constant page: what the stack costs
 * without authentication, limits, the read audit, the store or the read models.
 */
async function main(): Promise<void> {
  const started = performance.now();
  answerProfileRequests();
  const app = await NestFactory.create(ReferenceModule, ledgerHttpAdapter(), { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  const ready: ServerReady = { port, bootMs: performance.now() - started, authorization: 'Bearer not-checked' };
  process.send?.(ready);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
