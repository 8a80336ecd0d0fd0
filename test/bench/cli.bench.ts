import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateLocalKey } from '@ledger/local-auth';
import { benchReport } from './support/bench-report';
import { generatedDataset } from './support/generated-dataset';

const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'dist/apps/ledger-cli/src/main.js');
const STARTS = 7;
/** The shipped record 176 times over: 20,064 lines, the size the issue timed (20,002). */
const DATASET_COPIES = 176;

function timedRun(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const medianOf = (args: readonly string[], env?: NodeJS.ProcessEnv) =>
  median(Array.from({ length: STARTS }, () => timedRun(args, env)));

/**
 * The compiled CLI (what `npm run ledger` and the image run): its start against a bare `node` start in
 * the same run, and an import of 20,064 lines, rehearsed whole and then written.
 */
export async function run(): Promise<void> {
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
  const dir = mkdtempSync(join(tmpdir(), 'ledger-cli-bench-'));
  try {
    const env = { ...process.env, LEDGER_DATA_DIR: join(dir, 'data') };
    loadOrCreateLocalKey(env.LEDGER_DATA_DIR);
    const bare = { label: 'bare node start', ms: medianOf(['-e', '']) };
    console.log(`  bare node start: ${bare.ms.toFixed(0)} ms (median of ${STARTS})`);
    const underOneSecond = { label: '< 1,000 ms', met: (ms: number) => ms < 1000 };
    benchReport.against('CLI --help (compiled)', medianOf([CLI, '--help']), bare, underOneSecond);
    benchReport.against(
      'CLI token (compiled)',
      medianOf([CLI, 'token', '--sub', 'b', '--party', 'vng', '--role', 'reader'], env),
      bare,
      underOneSecond,
    );

    const { text, lines } = generatedDataset(DATASET_COPIES);
    const file = join(dir, 'dataset.jsonl');
    writeFileSync(file, text);
    const elapsed = timedRun([CLI, 'import', file], env);
    console.log(`  imported ${lines.toLocaleString('en')} lines in ${(elapsed / 1000).toFixed(1)} s`);
    benchReport.rate(`CLI import of ${lines.toLocaleString('en')} lines`, (lines * 1000) / elapsed, 'lines/s', {
      label: `< 30 s (≥ ${Math.ceil(lines / 30)}/s)`,
      met: (rate) => lines / rate < 30,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
