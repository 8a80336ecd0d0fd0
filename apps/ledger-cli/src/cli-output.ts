/** Where the CLI writes: stdout for results, stderr for refusals; a seam so the commands stay testable. */
export type CliOutput = Readonly<{ info(message: string): void; error(message: string): void }>;

export const consoleOutput: CliOutput = {
  info: (message) => process.stdout.write(`${message}\n`),
  error: (message) => process.stderr.write(`${message}\n`),
};
