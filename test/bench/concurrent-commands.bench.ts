import { benchReport } from './support/bench-report';
import { loopConcurrent } from './support/bounded-loop';
import { withCommandRecorder } from './support/command-recorder-app';
import { SINGLE_WRITER_COMMANDS_PER_SECOND } from './command-path.bench';

const WRITERS = 10;
const WARM_UP = { maxIterations: 500, maxMs: 5_000 };
const BOUNDS = { maxIterations: 200_000, maxMs: 5_000 };
const TARGET_FACTOR = 3;

/**
 * Ten writers with a command in flight each, on different negotiations so none conflicts: the embedded
 * store's group commit should let their appends share fsyncs, so the rate scales past one writer's.
 */
export async function run(): Promise<void> {
  await withCommandRecorder(async (writerSteps) => {
    await loopConcurrent(WRITERS, WARM_UP, writerSteps('warm-up'));
    const result = await loopConcurrent(WRITERS, BOUNDS, writerSteps('concurrent'));
    const single = benchReport.valueOf(SINGLE_WRITER_COMMANDS_PER_SECOND) ?? Number.NaN;
    benchReport.rate(`command path, ${WRITERS} concurrent writers`, result.perSecond, 'commands/s', {
      label: `≥ ${Math.round(single * TARGET_FACTOR)} (3× 1 writer)`,
      met: (value) => value >= single * TARGET_FACTOR,
    });
  });
}
