import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchReport, printSummary } from './support/bench-report';

type BenchModule = Readonly<{ run?: () => Promise<void> }>;

/** The order matters: the baseline first, then each figure that later targets are relative to. */
const ORDERED = ['raw-insert', 'command-path', 'concurrent-commands', 'rebuild', 'audit-trail-http'].map(
  (name) => `${name}.bench.ts`,
);

/** Ours in order, then every other benchmark in this folder (e.g. evidence.bench.ts) in name order. */
function benchFiles(): string[] {
  const others = readdirSync(__dirname)
    .filter((file) => file.endsWith('.bench.ts') && !ORDERED.includes(file))
    .sort();
  return [...ORDERED, ...others];
}

/** `npm run bench -- rebuild audit-trail-http` runs only those (a partial run has no baseline for ratios). */
function selected(files: readonly string[]): string[] {
  const wanted = process.argv.slice(2);
  return wanted.length === 0 ? [...files] : files.filter((file) => wanted.some((name) => file.startsWith(name)));
}

/** Other work on the machine moves every figure; the load average says how quiet the run was. */
const loadAverage = () =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`${cpus().length} cores, Node ${process.version}, load average ${loadAverage()} (1, 5, 15 min)`);
  for (const file of selected(benchFiles())) {
    const bench = (await import(join(__dirname, file))) as BenchModule;
    if (typeof bench.run !== 'function') continue;
    console.log(`\n${file}`);
    const benchStarted = performance.now();
    try {
      await bench.run();
    } catch (error) {
      // One broken benchmark must not hide the figures of the others; the run still fails at the end.
      console.error(`  FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 1;
    }
    console.log(`  (${((performance.now() - benchStarted) / 1000).toFixed(1)} s)`);
  }
  printSummary(benchReport.figures);
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${loadAverage()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
