import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@ledger/domain';
import { createSignInCode } from '../../ledger-api/src/web/sign-in-links';
import type { CliOutput } from './cli-output';

export const SIGN_IN_LINK_USAGE =
  'usage: npm run ledger -- sign-in-link --sub <name> --party <rijk|vng|...> --role <reader|recorder|legal|admin> [--ttl 8h] [--url http://localhost:3000]';

const TTL = /^\d+\s?(s|m|h|d|w)$/;

/**
 * `sign-in-link`: a one-time link to the web workspace on the embedded default. Opened within ten minutes,
 * it signs its holder in once, with a token of --ttl (default 8h); the link alone goes to stdout.
 */
export async function runSignInLink(args: readonly string[], env: NodeJS.ProcessEnv, output: CliOutput): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args], strict: true,
      options: {
        sub: { type: 'string' }, party: { type: 'string' }, role: { type: 'string' },
        ttl: { type: 'string', default: '8h' }, url: { type: 'string', default: `http://localhost:${env.PORT ?? 3000}` },
      },
    }));
  } catch (error) {
    output.error(`${(error as Error).message}\n${SIGN_IN_LINK_USAGE}`);
    return 2;
  }
  const { sub, party, role, ttl = '8h', url = '' } = values;
  const refusal = !sub?.trim() || !party?.trim() ? 'give --sub and --party'
    : !ROLES.includes(role as Role) ? `--role must be one of ${ROLES.join(', ')}`
    : !TTL.test(ttl) ? '--ttl is a number with s, m, h, d or w, e.g. 8h'
    : !/^https?:\/\/[^\s/]+\/?$/.test(url) ? '--url is the service\'s address, e.g. http://localhost:3000' : null;
  if (refusal) {
    output.error(`${refusal}\n${SIGN_IN_LINK_USAGE}`);
    return 2;
  }
  const dataDir = resolve(env.LEDGER_DATA_DIR ?? './data');
  const code = createSignInCode(dataDir, { sub: sub!.trim(), party: party!.trim(), role: role as Role, ttl }, new Date());
  output.info(`${url.replace(/\/$/, '')}/#/aanmelden?code=${code}`);
  return 0;
}
