import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../event-envelope';
import type { EventStore } from '../event-store.port';

export type EventStoreFixture = Readonly<{
  store: EventStore;
  /** Closes the store and opens the same storage again. Required when `capabilities.reopen` is true. */
  reopen?: () => Promise<EventStore>;
  /** Closes whatever store is open and removes the storage. */
  dispose: () => Promise<void>;
}>;

export type EventStoreContractSetup = Readonly<{
  capabilities: Readonly<{
    /** Global positions are 1, 2, 3, ... with no gaps (the embedded store), not just increasing. */
    gapFreePositions: boolean;
    /** The storage outlives the store object, so closing and reopening finds everything. */
    reopen: boolean;
  }>;
  /** A fresh fixture for each test. */
  createFixture: () => Promise<EventStoreFixture>;
}>;

/** What each test works with; its fields are replaced before every test. */
export type ContractContext = {
  fixture: EventStoreFixture;
  store: EventStore;
  /** A stream id of this test only: the storage may be shared with other tests. */
  streamId(name: string): string;
  /** A command id of this test only. */
  commandId(name: string): string;
};

export function contractContext(setup: EventStoreContractSetup): ContractContext {
  const context = {} as ContractContext;
  beforeEach(async () => {
    const run = randomUUID().slice(0, 8);
    context.fixture = await setup.createFixture();
    context.store = context.fixture.store;
    context.streamId = (name) => `negotiation-${run}${name}`;
    context.commandId = (name) => `command-${run}-${name}`;
  });
  afterEach(async () => {
    await context.fixture.dispose();
  });
  return context;
}

/** `count` events of one command, numbered in their data so order can be checked. */
export function newEvents(commandId: string, count = 1, type = 'ProposalTabled'): NewEvent[] {
  return Array.from({ length: count }, (_, n) => ({
    type,
    schemaVersion: 1,
    data: { n, bedragInCenten: 72_800_000_000 },
    metadata: {
      occurredOn: '2025-04-16',
      recordedAt: '2025-04-16T14:00:00.000Z',
      recordedBy: 'contract-suite',
      commandId,
      correlationId: commandId,
      causationId: commandId,
      sources: [],
      classification: { level: 'parties' },
    },
  }));
}

/** Resolves once `condition` holds; fails with its own message after `deadlineMs`, well before jest's timeout would. */
export async function eventually(condition: () => boolean | Promise<boolean>, deadlineMs = 5000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`eventually: the condition did not hold within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
