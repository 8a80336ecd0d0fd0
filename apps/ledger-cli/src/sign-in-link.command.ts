import { ROLES, type Role } from '@ledger/domain';
import { createSignInCode } from '@ledger/local-auth';
import { noteTo, type CliOutput } from './cli-output';
import type { SignInLinkCommandOptions } from './cli-program';
import { dataFolderOf } from './data-folder';

const TTL = /^\d+\s?(s|m|h|d|w)$/;

/**
 * `sign-in-link`: a one-time link to the web workspace on the embedded default. Opened within ten minutes,
 * it signs its holder in once, with a token of --ttl (default 8h); the link alone goes to stdout.
 */
export function signInLinkCommand(
  options: SignInLinkCommandOptions,
  env: NodeJS.ProcessEnv,
  output: CliOutput,
): number {
  const [sub, party] = [options.sub.trim(), options.party.trim()];
  const url = (options.url ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, '');
  const refusal =
    !sub || !party
      ? 'give --sub and --party'
      : !ROLES.includes(options.role as Role)
        ? `--role must be one of ${ROLES.join(', ')}`
        : !TTL.test(options.ttl)
          ? '--ttl is a number with s, m, h, d or w, e.g. 8h'
          : !/^https?:\/\/[^\s/]+$/.test(url)
            ? "--url is the service's address, e.g. http://localhost:3000"
            : null;
  if (refusal) {
    output.error(`${refusal}\n(add --help for usage)`);
    return 2;
  }
  const dataDir = dataFolderOf(env);
  noteTo(output)(`data folder: ${dataDir}`);
  const code = createSignInCode(dataDir, { sub, party, role: options.role as Role, ttl: options.ttl }, new Date());
  output.info(`${url}/#/aanmelden?code=${code}`);
  return 0;
}
