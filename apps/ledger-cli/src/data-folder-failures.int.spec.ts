import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyDossierJson } from '@ledger/evidence';
import { capturedOutput } from './cli-output';
import { runCli } from './main';

const REPO_ROOT = join(__dirname, '../../..');
const DATASET = join(REPO_ROOT, 'datasets/rijk-vng-jeugdzorg-2020-2025.jsonl');
const NEGOTIATION = 'vjn2025-financiering-jeugdzorg';
/** Root writes through file modes: run the CLI as nobody to meet a read-only folder as anyone else would. */
const OTHER_USER = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** The CLI in its own process, as another user when this one is root. */
function ledgerAs(dataDir: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['-r', 'sucrase/register/ts', '-r', 'tsconfig-paths/register', 'apps/ledger-cli/src/main.ts', ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, LEDGER_DATA_DIR: dataDir },
      encoding: 'utf8',
      ...OTHER_USER,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const snapshot = (dir: string) =>
  readdirSync(dir)
    .map((name) => `${name} ${statSync(join(dir, name)).size} ${statSync(join(dir, name)).mtimeMs}`)
    .sort();

describe('data folder failures', () => {
  let root: string;
  let dataDir: string;
  let lines: ReturnType<typeof capturedOutput>;
  const ledger = (...args: string[]) => runCli(args, { LEDGER_DATA_DIR: dataDir }, lines.output);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ledger-folder-'));
    chmodSync(root, 0o755);
    dataDir = join(root, 'data');
    lines = capturedOutput();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('names a damaged store file and what to do, for every command that opens it, and changes nothing', async () => {
    mkdirSync(dataDir);
    const storeFile = join(dataDir, 'ledger.sqlite');
    writeFileSync(storeFile, 'dit is geen database\n'.repeat(300));
    const before = snapshot(dataDir);
    for (const args of [
      ['import', DATASET],
      ['export', '--negotiation', NEGOTIATION, '--out', join(root, 'out')],
    ]) {
      lines = capturedOutput();
      expect(await ledger(...args)).toBe(1);
      expect(lines.error.join('\n')).toContain(
        `The store file ${storeFile} is not a readable ledger store (file is not a database). Restore it from a backup`,
      );
    }
    expect(snapshot(dataDir)).toEqual(before);
  });

  describe('a read-only copy of a data folder, as handed to a legal team', () => {
    let readOnly: string;

    beforeEach(async () => {
      expect(await ledger('import', DATASET)).toBe(0);
      expect(await ledger('export', '--negotiation', NEGOTIATION, '--out', join(root, 'first'))).toBe(0); // makes the evidence keys
      readOnly = join(root, 'read-only');
      mkdirSync(readOnly);
      for (const name of readdirSync(dataDir)) {
        copyFileSync(join(dataDir, name), join(readOnly, name));
        chmodSync(join(readOnly, name), 0o444);
      }
      chmodSync(readOnly, 0o555);
    });
    afterEach(() => chmodSync(readOnly, 0o755));

    it('exports from it, signed with its own key, and leaves it exactly as it was', () => {
      const out = join(root, 'out');
      mkdirSync(out, { mode: 0o777 });
      chmodSync(out, 0o777);
      const before = snapshot(readOnly);
      const run = ledgerAs(readOnly, 'export', '--negotiation', NEGOTIATION, '--out', out);
      expect(run.stderr).toContain('the data folder is read-only: reading a private copy of it');
      expect(run.code).toBe(0);
      const pin = /pin this key to verify: (\S+)/.exec(run.stdout)![1];
      expect(verifyDossierJson(readFileSync(join(out, 'dossier.json'), 'utf8'), [pin]).verdict).toBe('PASS');
      expect(readFileSync(join(root, 'first/dossier.json'), 'utf8')).toContain(pin.split('+')[1]);
      expect(snapshot(readOnly)).toEqual(before);
    }, 60_000);

    it('refuses an import into it, naming the file and the remedy', () => {
      const run = ledgerAs(readOnly, 'import', DATASET);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`The store file ${join(readOnly, 'ledger.sqlite')} cannot be opened for writing`);
      expect(run.stderr).toContain(`Make ${readOnly} and its files writable for this user`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }, 60_000);
  });
});
