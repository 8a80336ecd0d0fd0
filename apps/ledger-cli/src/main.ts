import { CommanderError } from 'commander';
import { consoleOutput, type CliOutput } from './cli-output';
import { ledgerProgram } from './cli-program';
import { CommandRefusal } from './data-folder';

/** Help and --version asked for exit 0; every other parser complaint is wrong usage (2). */
const exitCodeOf = (error: CommanderError) =>
  error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;

/** The ledger's command line: the same libs as the API, without HTTP. Returns the process exit code. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv, output: CliOutput): Promise<number> {
  let exitCode = 0;
  try {
    await ledgerProgram(env, output, (code) => (exitCode = code)).parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return exitCodeOf(error);
    if (error instanceof CommandRefusal) {
      output.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), process.env, consoleOutput).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      consoleOutput.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
