import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryEventStore, SqliteEventStore, type EventStore, type NewEvent } from '@ledger/event-store';
import { auditTrailProjection } from '../audit-trail/audit-trail.projection';
import { entityTrail } from '../audit-trail/audit-trail.query';
import { eventLogPositions } from '../event-log/event-log.query';
import { eventLogProjection } from '../event-log/event-log.projection';
import { negotiationSummaries, negotiationSummary } from '../negotiation-list/negotiation-list.query';
import { negotiationListProjection } from '../negotiation-list/negotiation-list.projection';
import type { Projection } from '../shared/projection';
import { inMemoryStoreWith, storeWith } from '../testing/in-memory-ledger.fixture';
import { voorjaarsnota2025 } from '../testing/voorjaarsnota-2025.fixture';
import { InMemoryCheckpointStore } from './checkpoint-store';
import { ProjectionRunner } from './projection-runner';
import { ProjectionRunnerErrorCode } from './projection-runner.errors';

const projections = [
  auditTrailProjection,
  eventLogProjection,
  negotiationListProjection,
] as readonly Projection<unknown>[];
/** The projections that fold lean events; the others read each event's classification, for the access policy. */
const leanProjections = [auditTrailProjection] as readonly Projection<unknown>[];

/** Everything the read side holds, as plain data, to compare two runs. */
const readSide = (runner: ProjectionRunner) => ({
  position: runner.position(),
  auditTrail: runner.document(auditTrailProjection),
  eventLog: eventLogPositions(runner.document(eventLogProjection), {}, { first: 500 }),
  negotiations: negotiationSummaries(runner.document(negotiationListProjection)),
});

/** The ALV of June 2025, appended while the runner follows the log. */
const alvResolution: NewEvent = {
  type: 'ResolutionAdopted',
  schemaVersion: 1,
  data: {
    negotiationId: 'vjn-2025',
    resolutionId: 'res-alv-2025-06',
    body: 'ALV VNG',
    text: 'De ALV stemt in met de afspraken van 16 april',
    bindsParty: 'vng',
  },
  metadata: {
    occurredOn: '2025-06-04',
    recordedAt: '2025-06-05T09:00:00.000Z',
    recordedBy: 'beleidsmedewerker@vng.nl',
    commandId: 'cmd-alv-2025-06',
    correlationId: 'corr-alv-2025-06',
    causationId: 'cmd-alv-2025-06',
    sources: [],
    classification: { level: 'public' },
  },
};
const appendAlvResolution = (store: EventStore) => store.append('negotiation-vjn-2025', 'any', [alvResolution]);

/** The clerk corrects the title and opening date of the negotiation: a fold reads the patch and the corrected event id. */
async function correctOpening(store: EventStore) {
  const [opening] = await store.readStream('negotiation-vjn-2025');
  return store.append('negotiation-vjn-2025', 'any', [
    {
      type: 'EntryCorrected',
      schemaVersion: 1,
      data: {
        negotiationId: 'vjn-2025',
        correctedEventId: opening.eventId,
        entityId: 'vjn-2025',
        reason: 'Officiële titel',
        retracted: false,
        patch: { title: 'Financiering jeugdzorg en Hervormingsagenda' },
        occurredOn: '2025-03-18',
      },
      metadata: {
        ...alvResolution.metadata,
        occurredOn: '2025-05-20',
        commandId: 'cmd-correct-opening',
        causationId: 'cmd-correct-opening',
      },
    },
  ]);
}

describe('projection runner', () => {
  let store: InMemoryEventStore;
  const { talks } = voorjaarsnota2025();

  beforeEach(async () => {
    store = await inMemoryStoreWith(talks.events);
  });
  afterEach(() => store.close());

  describe('when started on a stored log', () => {
    it('catches up every projection to the head of the log', async () => {
      const runner = new ProjectionRunner(store, projections);
      await runner.start();
      expect(runner.position()).toBe(await store.headPosition());
      expect(negotiationSummary(runner.document(negotiationListProjection), 'vjn-2025')?.eventCount).toBe(
        talks.events.length,
      );
      await runner.stop();
    });

    it('follows new appends live, and waitUntil resolves once they are folded', async () => {
      const runner = new ProjectionRunner(store, projections, { catchUpPageSize: 5 });
      await runner.start();
      const { lastGlobalPosition } = await appendAlvResolution(store);
      await runner.waitUntil(lastGlobalPosition, 5_000);
      expect(entityTrail(runner.document(auditTrailProjection), 'res-alv-2025-06')).toEqual([lastGlobalPosition]);
      await runner.stop();
    });
  });

  describe('when a projection already has a checkpoint', () => {
    it('skips the events at or below it, while the others fold everything', async () => {
      const checkpoints = new InMemoryCheckpointStore();
      await checkpoints.save(auditTrailProjection.name, 10);
      const runner = new ProjectionRunner(store, projections, { checkpoints });
      await runner.start();
      const negotiationTrail = entityTrail(runner.document(auditTrailProjection), 'vjn-2025');
      expect(negotiationTrail?.[0]).toBe(11);
      expect(runner.document(eventLogProjection).positions.length).toBe(talks.events.length);
      expect(await checkpoints.load(auditTrailProjection.name)).toBe(talks.events.length);
      await runner.stop();
    });
  });

  describe('when rebuilt from an empty read side', () => {
    it('gives exactly the same state, in place and in a fresh runner', async () => {
      const runner = new ProjectionRunner(store, projections, { catchUpPageSize: 4 });
      await runner.start();
      const before = readSide(runner);

      await runner.rebuild();
      expect(readSide(runner)).toEqual(before);

      const fresh = new ProjectionRunner(store, projections, {
        checkpoints: new InMemoryCheckpointStore(),
        catchUpPageSize: 7,
      });
      await fresh.rebuild();
      expect(readSide(fresh)).toEqual(before);
      await runner.stop();
    });

    it('keeps following the log after a rebuild when it was running', async () => {
      const runner = new ProjectionRunner(store, projections);
      await runner.start();
      await runner.rebuild();
      const { lastGlobalPosition } = await appendAlvResolution(store);
      await runner.waitUntil(lastGlobalPosition, 5_000);
      expect(runner.position()).toBe(lastGlobalPosition);
      await runner.stop();
    });
  });

  describe('waitUntil', () => {
    it('rejects with a clear error when the position is not reached within the bound', async () => {
      const runner = new ProjectionRunner(store, projections);
      await runner.start();
      await expect(runner.waitUntil(1_000, 10)).rejects.toMatchObject({
        code: ProjectionRunnerErrorCode.Timeout,
        message: `Read models did not reach global position 1000 within 10 ms; they are at ${talks.events.length}`,
      });
      await runner.stop();
    });

    it('tells a waiter when the runner is stopped', async () => {
      const runner = new ProjectionRunner(store, projections);
      await runner.start();
      const waiting = runner.waitUntil(1_000, 60_000);
      await runner.stop();
      await expect(waiting).rejects.toMatchObject({ code: ProjectionRunnerErrorCode.Stopped });
    });

    it('rejects at once when a projection failed on an event, naming it', async () => {
      const broken: Projection<number> = {
        name: 'broken',
        canHandle: new Set(['AgreementReached']),
        initialDocument: () => 0,
        evolve: () => {
          throw new Error('kapot');
        },
      };
      const runner = new ProjectionRunner(store, [broken as Projection<unknown>]);
      await expect(runner.start()).rejects.toMatchObject({
        code: ProjectionRunnerErrorCode.Failed,
        message: expect.stringContaining('Projection broken failed on event'),
      });
      await expect(runner.waitUntil(talks.events.length, 5_000)).rejects.toMatchObject({
        code: ProjectionRunnerErrorCode.Failed,
      });
    });
  });

  describe('on a store that can read lean events (SQLite)', () => {
    let directory: string;
    let sqlite: SqliteEventStore;

    beforeEach(async () => {
      directory = mkdtempSync(join(tmpdir(), 'ledger-runner-'));
      sqlite = await storeWith(talks.events, SqliteEventStore.open({ filename: join(directory, 'events.sqlite') }));
      await correctOpening(sqlite);
      await correctOpening(store);
    });
    afterEach(async () => {
      await sqlite.close();
      rmSync(directory, { recursive: true, force: true });
    });

    it('catches up on lean reads into exactly the documents full envelopes give', async () => {
      const readAll = jest.spyOn(sqlite, 'readAll');
      const lean = new ProjectionRunner(sqlite, leanProjections, { catchUpPageSize: 4 });
      const full = new ProjectionRunner(store, leanProjections);
      await lean.start();
      await full.start();

      expect(readAll).not.toHaveBeenCalled();
      expect(lean.document(auditTrailProjection)).toEqual(full.document(auditTrailProjection));
      expect(entityTrail(lean.document(auditTrailProjection), 'vjn-2025')).toHaveLength(talks.events.length + 1);
      await lean.stop();
      await full.stop();
    });

    it('follows live appends after a lean catch-up as it would after a full one', async () => {
      const runner = new ProjectionRunner(sqlite, leanProjections);
      await runner.start();
      const { lastGlobalPosition } = await appendAlvResolution(sqlite);
      await runner.waitUntil(lastGlobalPosition, 5_000);
      expect(entityTrail(runner.document(auditTrailProjection), 'res-alv-2025-06')).toEqual([lastGlobalPosition]);
      await runner.stop();
    });

    it('reads full envelopes when one projection needs more than a lean event holds', async () => {
      const recorders: Projection<string[]> = {
        name: 'recorders',
        canHandle: new Set(['NegotiationOpened']),
        initialDocument: () => [],
        evolve: (seen, event) => [...seen, event.metadata.recordedBy],
      };
      const runner = new ProjectionRunner(sqlite, [...projections, recorders as Projection<unknown>]);
      await runner.start();
      expect(runner.document(recorders)).toEqual(['beleidsmedewerker@vng.nl']);
      await runner.stop();
    });
  });
});
