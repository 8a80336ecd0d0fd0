import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';

const REPO_ROOT = join(__dirname, '../../..');
const DATASET = join(REPO_ROOT, 'datasets/rijk-vng-jeugdzorg-2020-2025.jsonl');

/** Runs the CLI as `npm run ledger` does, in a child process, against the given data folder. */
function ledger(dataDir: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/ledger-cli/src/main.ts', ...args],
    { cwd: REPO_ROOT, env: { ...process.env, LEDGER_DATA_DIR: dataDir }, encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function headPosition(dataDir: string): Promise<number> {
  const store = SqliteEventStore.open({ filename: join(dataDir, 'ledger.sqlite') });
  try {
    return await store.headPosition();
  } finally {
    await store.close();
  }
}

describe('ledger import', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports the dataset into ledger.sqlite in LEDGER_DATA_DIR, and appends nothing the second time', async () => {
    const first = ledger(dataDir, 'import', DATASET);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^imported .*: \d+ lines, \d+ appended, 0 duplicates\n$/);
    const [, lines, appended] = /(\d+) lines, (\d+) appended/.exec(first.stdout) ?? [];
    expect(appended).toBe(lines);

    const head = await headPosition(dataDir);
    const second = ledger(dataDir, 'import', DATASET);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`${lines} lines, 0 appended, ${lines} duplicates`);
    expect(await headPosition(dataDir)).toBe(head);
  }, 60_000);

  it('refuses a bad file with the line and field at fault, exits non-zero and writes nothing', async () => {
    const bad = join(dataDir, 'bad.jsonl');
    const [firstLine] = readFileSync(DATASET, 'utf8').split('\n');
    writeFileSync(bad, `${firstLine}\n{"commandId": "broken"\n`);
    const result = ledger(dataDir, 'import', bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was imported: line 2: json: the line is not valid JSON');
    expect(await headPosition(dataDir)).toBe(0);
  }, 60_000);

  it.each(['no-such-command', 'constructor'])('explains the usage of every command when the command is %s', (unknown) => {
    const result = ledger(dataDir, unknown);
    expect(result.code).toBe(2);
    for (const command of ['import <dataset.jsonl>', 'export --negotiation', 'verify <dossier.json>', 'migrate --from', 'token --sub']) {
      expect(result.stderr).toContain(`usage: npm run ledger -- ${command}`);
    }
  }, 60_000);
});
