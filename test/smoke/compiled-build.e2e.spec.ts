import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { version } from '../../package.json';
import { freePort, untilReady } from '../e2e/support/api-process';

const ROOT = join(__dirname, '../..');
const API = join(ROOT, 'dist/apps/ledger-api/src/main.js');
const CLI = join(ROOT, 'dist/apps/ledger-cli/src/main.js');
const NEGOTIATION = 'vjn2025-financiering-jeugdzorg';

/** The compiled CLI, as the image and `npm run ledger` run it: plain node, no TypeScript at run time. */
function ledger(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, LEDGER_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the compiled build (npm run build, then node dist/…)', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-smoke-'));
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  }, 600_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs the CLI: --version, help, an import and an export whose dossier verifies', () => {
    expect(ledger(dataDir, '--version')).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(ledger(dataDir, 'export', '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Examples:'),
    });

    const dataset = join(ROOT, 'datasets/rijk-vng-jeugdzorg-2020-2025.jsonl');
    const lines = readFileSync(dataset, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '').length;
    const imported = ledger(dataDir, 'import', dataset);
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringContaining(`${lines} lines, `) });
    expect(imported.stdout).toContain(', 0 corrections');

    const out = join(dataDir, 'dossier');
    const exported = ledger(dataDir, 'export', '--negotiation', NEGOTIATION, '--out', out);
    expect(exported.code).toBe(0);
    // FORMAT.md ships beside the compiled code: the dossier carries it.
    expect(readFileSync(join(out, 'FORMAT.md'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'libs/evidence/FORMAT.md'), 'utf8'),
    );
    const pin = /pin this key to verify: (\S+)/.exec(exported.stdout)![1];
    expect(ledger(dataDir, 'verify', join(out, 'dossier.json'), '--pin', pin)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^PASS/),
    });
  }, 120_000);

  it('serves the API from compiled code (writer and evidence worker threads included), answers with a CLI token, and stops on SIGTERM', async () => {
    const apiData = mkdtempSync(join(dataDir, 'api-'));
    const port = await freePort();
    const root = `http://127.0.0.1:${port}`;
    const api = spawn(process.execPath, [API], {
      cwd: tmpdir(), // nothing may depend on starting in the repository
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LEDGER_DATA_DIR: apiData,
        PORT: String(port),
        LEDGER_STORE: 'embedded',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    api.stdout!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    api.stderr!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      api.on('exit', (code, signal) => resolve({ code, signal })),
    );
    try {
      await untilReady(root, Date.now() + 90_000);
      const token = ledger(apiData, 'token', '--sub', 'smoke', '--party', 'vng', '--role', 'reader');
      expect(token.code).toBe(0);
      const response = await fetch(`${root}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token.stdout.trim()}` },
        body: JSON.stringify({
          query: `{ agreedState(negotiationId: "${NEGOTIATION}", asOf: "2025-04-16") { title } }`,
        }),
      });
      // The default seed (the shipped dataset, found beside the compiled code) was loaded on first start.
      expect(await response.json()).toEqual({
        data: { agreedState: { title: expect.stringContaining('Voorjaarsnota 2025') } },
      });
    } finally {
      api.kill('SIGTERM');
    }
    // Nest re-raises the signal once its shutdown hooks are done: exiting by SIGTERM is the clean path.
    expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(logs).not.toMatch(/Cannot find module|ERR_MODULE_NOT_FOUND/);
  }, 180_000);
});
