import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSignInCode, redeemSignInCode, SIGN_IN_LINK_VALID_MS } from './sign-in-links';

describe('one-time sign-in codes', () => {
  let dataDir: string;
  const claims = { sub: 'jan', party: 'vng', role: 'reader' as const, ttl: '8h' };
  const now = new Date('2026-12-02T10:00:00Z');

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sign-in-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('redeems a code once, for the claims it was made for', () => {
    const code = createSignInCode(dataDir, claims, now);
    expect(redeemSignInCode(dataDir, code, now)).toEqual(claims);
    expect(redeemSignInCode(dataDir, code, now)).toBeNull();
    expect(readdirSync(join(dataDir, 'sign-in-links'))).toEqual([]);
  });

  it('keeps only the hash of the code, readable by the owner alone', () => {
    const code = createSignInCode(dataDir, claims, now);
    const [file] = readdirSync(join(dataDir, 'sign-in-links'));
    expect(file).toMatch(/^[0-9a-f]{64}$/);
    expect(file).not.toContain(code);
    expect(statSync(join(dataDir, 'sign-in-links', file)).mode & 0o777).toBe(0o600);
  });

  it('refuses an expired code, and uses it up all the same', () => {
    const code = createSignInCode(dataDir, claims, now);
    const later = new Date(now.getTime() + SIGN_IN_LINK_VALID_MS + 1);
    expect(redeemSignInCode(dataDir, code, later)).toBeNull();
    expect(redeemSignInCode(dataDir, code, now)).toBeNull();
  });

  it.each([undefined, 42, '', '../../etc/passwd', 'x'.repeat(43)])('refuses %p', (code) => {
    createSignInCode(dataDir, claims, now);
    expect(redeemSignInCode(dataDir, code, now)).toBeNull();
  });
});
