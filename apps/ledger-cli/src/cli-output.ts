/**
 * Where the CLI writes: stdout for results, stderr for refusals and for notes (the data folder used,
 * progress), so `TOKEN=$(npm run -s ledger -- token ...)` captures the token alone. A seam for tests.
 */
export type CliOutput = Readonly<{
  info(message: string): void;
  error(message: string): void;
  /** Status on stderr; without it, notes go to `error`. */
  note?(message: string): void;
  /** A terminal on stderr gets a progress bar; anything else a count every `progressEveryMs` (default 2 s). */
  interactive?: boolean;
  progressEveryMs?: number;
}>;

export const noteTo = (output: CliOutput) => (message: string) => (output.note ?? output.error)(message);

export const consoleOutput: CliOutput = {
  info: (message) => process.stdout.write(`${message}\n`),
  error: (message) => process.stderr.write(`${message}\n`),
  note: (message) => process.stderr.write(`${message}\n`),
  interactive: process.stderr.isTTY === true,
  progressEveryMs: 2000,
};

/** Collects every line, for tests; notes and progress counts go to `notes`. */
export function capturedOutput(progressEveryMs = 0) {
  const lines = { info: [] as string[], error: [] as string[], notes: [] as string[] };
  const output: CliOutput = {
    info: (message) => lines.info.push(message),
    error: (message) => lines.error.push(message),
    note: (message) => lines.notes.push(message),
    interactive: false,
    progressEveryMs,
  };
  return { output, ...lines };
}
