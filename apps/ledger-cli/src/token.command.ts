import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES, type Role } from '@ledger/domain';
import { issueLocalToken, LOCAL_KEY_FILE } from '@ledger/local-auth';
import { noteTo, type CliOutput } from './cli-output';
import type { TokenCommandOptions } from './cli-program';
import { CommandRefusal, dataFolderOf } from './data-folder';

const TTL = /^\d+\s?(s|m|h|d|w)$/;

/**
 * `token`: a bearer token for the embedded default, signed with the key the API created in the data folder
 * on its first start. A folder without that key is refused: a new key there would sign tokens the API
 * refuses. The token goes to stdout alone, so `TOKEN=$(npm run -s ledger -- token ...)` works.
 */
export async function tokenCommand(
  options: TokenCommandOptions,
  env: NodeJS.ProcessEnv,
  output: CliOutput,
): Promise<number> {
  const [sub, party] = [options.sub.trim(), options.party.trim()];
  const refusal =
    !sub || !party
      ? 'give --sub and --party'
      : !ROLES.includes(options.role as Role)
        ? `--role must be one of ${ROLES.join(', ')}`
        : !TTL.test(options.ttl)
          ? '--ttl is a number with s, m, h, d or w, e.g. 8h'
          : null;
  if (refusal) {
    output.error(`${refusal}\n(add --help for usage)`);
    return 2;
  }
  const dataDir = dataFolderOf(env);
  const keyFile = join(dataDir, LOCAL_KEY_FILE);
  if (!existsSync(keyFile)) {
    throw new CommandRefusal(
      `No signing key at ${keyFile}: the API creates it on its first start with this data folder. ` +
        'Start the API once (npm start), or set LEDGER_DATA_DIR to the folder it uses.',
    );
  }
  noteTo(output)(`data folder: ${dataDir}`);
  output.info(await issueLocalToken(dataDir, { sub, party, role: options.role as Role, ttl: options.ttl }));
  return 0;
}
