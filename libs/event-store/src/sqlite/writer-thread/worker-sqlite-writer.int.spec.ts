import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreErrorCode } from '../../event-store.errors';
import { newEvents } from '../../testing';
import { WorkerSqliteWriter } from './worker-sqlite-writer';

describe('WorkerSqliteWriter', () => {
  it('refuses appends as unavailable, rather than leave them waiting, when its thread cannot open the file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ledger-writer-'));
    const committed = jest.fn();
    // The folder is not there, and only the store's `open` creates it.
    const writer = new WorkerSqliteWriter(
      { filename: join(directory, 'missing', 'events.sqlite'), busyTimeoutMs: 100 },
      committed,
    );
    try {
      const append = writer.append({ streamId: 'negotiation-a', expected: 'no_stream', events: newEvents('cmd-1') });

      await expect(append).rejects.toMatchObject({
        code: EventStoreErrorCode.Unavailable,
        message: expect.stringMatching(/sqlite-writer.worker thread (failed|has stopped)/),
      });
      await expect(
        writer.append({ streamId: 'negotiation-a', expected: 'any', events: newEvents('cmd-2') }),
      ).rejects.toMatchObject({
        code: EventStoreErrorCode.Unavailable,
      });
      expect(committed).not.toHaveBeenCalled();
    } finally {
      await writer.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
