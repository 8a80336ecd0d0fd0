import { join } from 'node:path';
import { negotiationStreamId } from '@ledger/domain';
import { SqliteEventStore, type NewEvent } from '@ledger/event-store';
import { EMBEDDED_STORE_FILE } from '../../../apps/ledger-api/src/store/store.module';
import { COMMANDS_PER_NEGOTIATION, negotiationScript } from './negotiation-script';
import { decideScript } from './scripted-events';

/**
 * An embedded store in the data folder with `negotiations` scripted negotiations, in which the subject's
 * opening is the first event and its last entry the last, every other negotiation in between: the
 * subject's dossier carries every leaf of the log (most of them as hashes only). Returns the event count.
 */
export async function seedSpanningStore(dataDir: string, subject: string, negotiations: number): Promise<number> {
  const store = SqliteEventStore.open({ filename: join(dataDir, EMBEDDED_STORE_FILE) });
  // Appends started together are committed together, in call order: one fsync per group, not per command.
  const appendAll = (negotiationId: string, commands: readonly NewEvent[][]) =>
    Promise.all(commands.map((events) => store.append(negotiationStreamId(negotiationId), 'any', events)));
  try {
    const subjectCommands = decideScript(negotiationScript(subject));
    await appendAll(subject, subjectCommands.slice(0, -1));
    for (let n = 1; n < negotiations; n += 1) {
      const negotiationId = `${subject}-other-${n}`;
      await appendAll(negotiationId, decideScript(negotiationScript(negotiationId)));
    }
    await appendAll(subject, subjectCommands.slice(-1));
    return negotiations * COMMANDS_PER_NEGOTIATION;
  } finally {
    await store.close();
  }
}
