import { TEST_EVENT_IDS } from '@ledger/event-store/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDataset } from '@ledger/command-handling';
import type { EventStore, RecordedEvent } from '@ledger/event-store';

const DATASET = join(__dirname, '../../../datasets/rijk-vng-jeugdzorg-2020-2025.jsonl');

/**
 * Fills a store with the shipped record (several streams, one event per command), then one command of
 * three events, which a migration must copy as one append.
 */
export async function importShippedRecord(store: EventStore): Promise<void> {
  const now = '2025-09-01T12:00:00.000Z';
  await importDataset(store, readFileSync(DATASET, 'utf8'), {
    now,
    recordedBy: 'migration-test',
    eventIds: TEST_EVENT_IDS,
  });
  const metadata = {
    occurredOn: '2025-09-01',
    recordedAt: now,
    recordedBy: 'migration-test',
    commandId: 'three-events',
    correlationId: 'three-events',
    causationId: 'three-events',
    sources: [],
    classification: { level: 'public' as const },
  };
  await store.append(
    'negotiation-migration-test',
    'no_stream',
    [1, 2, 3].map((step) => ({ type: 'StepRecorded', schemaVersion: 1, data: { step }, metadata })),
  );
}

/** Every event of the log in global order, without its position (which only the embedded store keeps gap-free). */
export async function logOf(store: EventStore): Promise<Omit<RecordedEvent, 'globalPosition'>[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: events.at(-1)?.globalPosition ?? 0, limit: 1000 });
    events.push(...page);
    if (page.length < 1000) return events.map(({ globalPosition: _position, ...event }) => event);
  }
}

/** The store, except that the process "dies" at the given append: it throws and writes nothing. */
export function crashingAtAppend(store: EventStore, crashAt: number): EventStore {
  let appends = 0;
  return new Proxy(store, {
    get(target, property) {
      if (property === 'append') {
        return (...args: Parameters<EventStore['append']>) => {
          appends += 1;
          if (appends === crashAt) return Promise.reject(new Error('simulated crash'));
          return target.append(...args);
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
