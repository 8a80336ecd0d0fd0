import type { NewEvent } from '@ledger/event-store';

export const TEST_NOW = '2025-09-01T09:00:00.000Z';
/** One evidence secret for every test data folder, so that only the store tells their logs apart. */
export const TEST_EVIDENCE_ENV = { LEDGER_EVIDENCE_SECRET: Buffer.alloc(32, 7).toString('base64') };

/** A small event to fill a test store with, its own command each. */
export const positionTaken = (index: number): NewEvent => ({
  type: 'PositionTaken',
  schemaVersion: 1,
  data: { positionId: `position-${index}`, stance: 'SUPPORTS', reasons: [`reason ${index}`] },
  metadata: {
    occurredOn: '2025-05-15',
    recordedAt: TEST_NOW,
    recordedBy: 'test',
    commandId: `command-${index}`,
    correlationId: `command-${index}`,
    causationId: `command-${index}`,
    sources: [],
    classification: { level: 'public' },
  },
});
