import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@ledger/domain';
import { issueLocalToken } from '@ledger/local-auth';
import type { CliOutput } from './cli-output';

export const TOKEN_USAGE =
  'usage: npm run ledger -- token --sub <name> --party <rijk|vng|...> --role <reader|recorder|legal|admin> [--ttl 8h]';

const TTL = /^\d+\s?(s|m|h|d|w)$/;

/**
 * `token`: a bearer token for the embedded default, signed with the key in LEDGER_DATA_DIR (created on
 * first use, 0600). The token goes to stdout alone, so `TOKEN=$(npm run -s ledger -- token ...)` works.
 */
export async function runToken(args: readonly string[], env: NodeJS.ProcessEnv, output: CliOutput): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args], strict: true,
      options: { sub: { type: 'string' }, party: { type: 'string' }, role: { type: 'string' }, ttl: { type: 'string', default: '8h' } },
    }));
  } catch (error) {
    output.error(`${(error as Error).message}\n${TOKEN_USAGE}`);
    return 2;
  }
  const { sub, party, role, ttl = '8h' } = values;
  const refusal = !sub?.trim() || !party?.trim() ? 'give --sub and --party'
    : !ROLES.includes(role as Role) ? `--role must be one of ${ROLES.join(', ')}`
    : !TTL.test(ttl) ? '--ttl is a number with s, m, h, d or w, e.g. 8h' : null;
  if (refusal) {
    output.error(`${refusal}\n${TOKEN_USAGE}`);
    return 2;
  }
  const dataDir = resolve(env.LEDGER_DATA_DIR ?? './data');
  output.info(await issueLocalToken(dataDir, { sub: sub!.trim(), party: party!.trim(), role: role as Role, ttl }));
  return 0;
}
