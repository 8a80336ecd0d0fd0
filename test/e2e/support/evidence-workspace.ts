import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDataset } from '@ledger/command-handling';
import { keyedEventIds, SqliteEventStore } from '@ledger/event-store';
import { loadEvidenceSecret } from '@ledger/evidence-ledger';
import type { Dossier } from '@ledger/evidence';
import { runCli } from '../../../apps/ledger-cli/src/main';

export const DATASET = join(__dirname, '../../../datasets/rijk-vng-jeugdzorg-2020-2025.jsonl');
export const COMPENSATION_NEGOTIATION = 'vjn2025-financiering-jeugdzorg';
export const COMPENSATION_DISPUTE = 'vjn2025-dispute-compensatie-2023-2024';
/** Who the test says recorded the import: a person's name, which a personal-data export must not show. */
export const RECORDER = 'griffier-j-de-vries';

export type CliRun = Readonly<{ code: number; stdout: string; stderr: string }>;

/** A temporary data folder holding the real dataset in an embedded store, and the CLI run in-process against it. */
export class EvidenceWorkspace {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'ledger-evidence-'));

  get storeFile(): string {
    return join(this.dataDir, 'ledger.sqlite');
  }

  async importRealDataset(): Promise<this> {
    const store = SqliteEventStore.open({ filename: this.storeFile });
    try {
      await importDataset(store, readFileSync(DATASET, 'utf8'), {
        now: '2025-09-01T09:00:00.000Z',
        recordedBy: RECORDER,
        eventIds: keyedEventIds(loadEvidenceSecret(this.dataDir, {})),
      });
    } finally {
      await store.close();
    }
    return this;
  }

  async cli(...args: string[]): Promise<CliRun> {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runCli(
      args,
      { LEDGER_DATA_DIR: this.dataDir },
      { info: (line) => stdout.push(line), error: (line) => stderr.push(line) },
    );
    return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
  }

  /** Exports into a folder of the workspace; returns the dossier and the key to pin, as printed. */
  async export(
    name: string,
    ...options: string[]
  ): Promise<Readonly<{ dossier: Dossier; file: string; pin: string; run: CliRun }>> {
    const out = join(this.dataDir, name);
    const run = await this.cli('export', ...options, '--out', out);
    if (run.code !== 0) throw new Error(`export failed: ${run.stderr}`);
    const file = join(out, 'dossier.json');
    return {
      dossier: JSON.parse(readFileSync(file, 'utf8')) as Dossier,
      file,
      pin: /pin this key to verify: (\S+)/.exec(run.stdout)![1],
      run,
    };
  }

  destroy(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
