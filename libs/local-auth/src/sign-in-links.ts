import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES, type Role } from '@ledger/domain';

/** Who a one-time sign-in link signs in: the claims of the token the service hands out for it. */
export type SignInClaims = Readonly<{ sub: string; party: string; role: Role; ttl: string }>;

/** A link is meant to be opened right away: after this it is refused. */
export const SIGN_IN_LINK_VALID_MS = 10 * 60 * 1000;

const folderOf = (dataDir: string) => join(dataDir, 'sign-in-links');
const fileOf = (dataDir: string, code: string) =>
  join(folderOf(dataDir), createHash('sha256').update(code).digest('hex'));
const CODE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Writes a one-time sign-in code into the data folder and returns it. Only its hash is kept (mode 0600), so the
 * folder holds nothing that signs anyone in; the code travels in the link's fragment, which no server logs.
 */
export function createSignInCode(dataDir: string, claims: SignInClaims, now: Date): string {
  const code = randomBytes(32).toString('base64url');
  mkdirSync(folderOf(dataDir), { recursive: true, mode: 0o700 });
  const expiresAt = new Date(now.getTime() + SIGN_IN_LINK_VALID_MS).toISOString();
  writeFileSync(fileOf(dataDir, code), JSON.stringify({ ...claims, expiresAt }), { mode: 0o600, flag: 'wx' });
  return code;
}

/**
 * Redeems a code once: the file is first renamed away, which only one caller (of any process) can do, then read
 * and deleted. Unknown, used and expired codes all give null.
 */
export function redeemSignInCode(dataDir: string, code: unknown, now: Date): SignInClaims | null {
  if (typeof code !== 'string' || !CODE.test(code)) return null;
  const claimed = `${fileOf(dataDir, code)}.${randomBytes(8).toString('hex')}.redeemed`;
  try {
    renameSync(fileOf(dataDir, code), claimed);
  } catch {
    return null;
  }
  try {
    const stored = JSON.parse(readFileSync(claimed, 'utf8')) as SignInClaims & { expiresAt: string };
    if (!(Date.parse(stored.expiresAt) > now.getTime()) || !ROLES.includes(stored.role)) return null;
    return { sub: stored.sub, party: stored.party, role: stored.role, ttl: stored.ttl };
  } finally {
    rmSync(claimed, { force: true });
  }
}
