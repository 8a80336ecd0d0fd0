import { Presets, SingleBar } from 'cli-progress';
import { noteTo, type CliOutput } from './cli-output';

/** How far a long step has come; `done` is called once at the end. */
export type Progress = Readonly<{ update(count: number): void; done(): void }>;

/**
 * A bar on a terminal; otherwise a line `label: count/total` at most every `progressEveryMs`, and one at
 * the end, so a log of a long import shows it moving.
 */
export function startProgress(output: CliOutput, label: string, total: number): Progress {
  if (output.interactive) {
    const bar = new SingleBar(
      { format: `${label} [{bar}] {value}/{total} {percentage}% eta {eta_formatted}`, stream: process.stderr },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    return { update: (count) => bar.update(count), done: () => bar.stop() };
  }
  const note = noteTo(output);
  const everyMs = output.progressEveryMs ?? 2000;
  let lastAt = Date.now();
  let current = 0;
  let printed = -1;
  const print = () => {
    printed = current;
    lastAt = Date.now();
    note(`${label}: ${current}/${total}`);
  };
  return {
    update: (count) => {
      current = count;
      if (Date.now() - lastAt >= everyMs) print();
    },
    done: () => {
      if (printed !== current) print();
    },
  };
}
