import { benchReport } from './support/bench-report';
import { loopAsync } from './support/bounded-loop';
import { withCommandRecorder } from './support/command-recorder-app';
import { RAW_INSERTS_PER_SECOND } from './raw-insert.bench';

export const SINGLE_WRITER_COMMANDS_PER_SECOND = 'command path, 1 writer (recorder → committed)';

/** Enough commands to JIT the path and fill the statement caches before the clock starts. */
const WARM_UP = { maxIterations: 300, maxMs: 5_000 };
const BOUNDS = { maxIterations: 50_000, maxMs: 5_000 };
const TARGET_SHARE_OF_RAW = 0.7;

/**
 * The ledger's write path, one writer: command recorder → load the negotiation → decide → append with the
 * expected revision and hash chain → committed (fsynced). One event per command, awaited before the next.
 */
export async function run(): Promise<void> {
  await withCommandRecorder(async (writerSteps) => {
    const warmUp = writerSteps('warm-up');
    await loopAsync(WARM_UP, (iteration) => warmUp(0, iteration));
    const send = writerSteps('sequential');
    const result = await loopAsync(BOUNDS, (iteration) => send(0, iteration));
    const raw = benchReport.valueOf(RAW_INSERTS_PER_SECOND) ?? Number.NaN;
    benchReport.rate(SINGLE_WRITER_COMMANDS_PER_SECOND, result.perSecond, 'commands/s', {
      // Run alone, there is no baseline to judge against: say so rather than print a NaN target.
      label: Number.isNaN(raw)
        ? '70% raw (run raw-insert too)'
        : `≥ ${Math.round(raw * TARGET_SHARE_OF_RAW)} (70% raw)`,
      met: (value) => value >= raw * TARGET_SHARE_OF_RAW,
    });
  });
}
