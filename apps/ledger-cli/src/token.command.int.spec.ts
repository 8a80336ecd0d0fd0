import { statSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { loadOrCreateLocalKey, LOCAL_AUDIENCE, LOCAL_ISSUER, LOCAL_KEY_FILE } from '@ledger/local-auth';
import { runToken } from './token.command';

describe('ledger token', () => {
  let dataDir: string;
  let out: string[];
  let err: string[];
  const output = { info: (line: string) => out.push(line), error: (line: string) => err.push(line) };
  const token = (...args: string[]) => runToken(args, { LEDGER_DATA_DIR: dataDir }, output);

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-token-'));
    out = [];
    err = [];
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('signs a token with a key it creates in the data folder, readable by its owner only', async () => {
    expect(await token('--sub', 'jan', '--party', 'vng', '--role', 'recorder', '--ttl', '2h')).toBe(0);
    expect(statSync(join(dataDir, LOCAL_KEY_FILE)).mode & 0o777).toBe(0o600);
    const { payload } = await jwtVerify(out[0], loadOrCreateLocalKey(dataDir).publicKey, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE });
    expect(payload).toMatchObject({ sub: 'jan', party: 'vng', role: 'recorder' });
    expect(payload.exp! - payload.iat!).toBe(7200);
    expect(decodeProtectedHeader(out[0]).alg).toBe('EdDSA');
  });

  it('keeps the key of the first start', async () => {
    await token('--sub', 'jan', '--party', 'vng', '--role', 'reader');
    await token('--sub', 'piet', '--party', 'rijk', '--role', 'reader');
    const key = loadOrCreateLocalKey(dataDir).publicKey;
    await expect(jwtVerify(out[0], key)).resolves.toBeDefined();
    await expect(jwtVerify(out[1], key)).resolves.toBeDefined();
    expect(decodeJwt(out[0]).exp! - decodeJwt(out[0]).iat!).toBe(8 * 3600);
  });

  it.each([
    [['--sub', 'jan', '--party', 'vng', '--role', 'boss'], /--role must be one of/],
    [['--party', 'vng', '--role', 'reader'], /give --sub and --party/],
    [['--sub', 'jan', '--party', 'vng', '--role', 'reader', '--ttl', 'forever'], /--ttl/],
    [['--sub', 'jan', '--colour', 'red'], /Unknown option/],
  ])('refuses %j with the usage', async (args, message) => {
    expect(await token(...args)).toBe(2);
    expect(err.join('\n')).toMatch(message);
    expect(out).toEqual([]);
  });
});
