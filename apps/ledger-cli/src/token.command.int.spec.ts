import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { loadOrCreateLocalKey, LOCAL_AUDIENCE, LOCAL_ISSUER, LOCAL_KEY_FILE } from '@ledger/local-auth';
import { capturedOutput } from './cli-output';
import { runCli } from './main';

describe('ledger token', () => {
  let dataDir: string;
  let lines: ReturnType<typeof capturedOutput>;
  const token = (...args: string[]) => runCli(['token', ...args], { LEDGER_DATA_DIR: dataDir }, lines.output);

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-token-'));
    lines = capturedOutput();
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  describe('in the data folder of an API that has started', () => {
    beforeEach(() => loadOrCreateLocalKey(dataDir)); // what the API does on its first start

    it("signs a token with the API's key, says which folder it used, and prints the token alone on stdout", async () => {
      expect(await token('--sub', 'jan', '--party', 'vng', '--role', 'recorder', '--ttl', '2h')).toBe(0);
      expect(statSync(join(dataDir, LOCAL_KEY_FILE)).mode & 0o777).toBe(0o600);
      expect(lines.info).toHaveLength(1);
      const { payload } = await jwtVerify(lines.info[0], loadOrCreateLocalKey(dataDir).publicKey, {
        issuer: LOCAL_ISSUER,
        audience: LOCAL_AUDIENCE,
      });
      expect(payload).toMatchObject({ sub: 'jan', party: 'vng', role: 'recorder' });
      expect(payload.exp! - payload.iat!).toBe(7200);
      expect(decodeProtectedHeader(lines.info[0]).alg).toBe('EdDSA');
      expect(lines.notes).toEqual([`data folder: ${dataDir}`]);
    });

    it('keeps the key and gives 8 hours by default', async () => {
      await token('--sub', 'jan', '--party', 'vng', '--role', 'reader');
      await token('--sub', 'piet', '--party', 'rijk', '--role', 'reader');
      const key = loadOrCreateLocalKey(dataDir).publicKey;
      await expect(jwtVerify(lines.info[0], key)).resolves.toBeDefined();
      await expect(jwtVerify(lines.info[1], key)).resolves.toBeDefined();
      expect(decodeJwt(lines.info[0]).exp! - decodeJwt(lines.info[0]).iat!).toBe(8 * 3600);
    });

    it.each([
      [['--sub', 'jan', '--party', 'vng', '--role', 'boss'], /--role must be one of/],
      [['--party', 'vng', '--role', 'reader'], /required option '--sub <name>' not specified/],
      [['--sub', 'jan', '--party', 'vng', '--role', 'reader', '--ttl', 'forever'], /--ttl/],
      [['--sub', 'jan', '--party', 'vng', '--role', 'reader', '--colour', 'red'], /unknown option '--colour'/],
    ])('refuses %j as wrong usage (exit 2)', async (args, message) => {
      expect(await token(...args)).toBe(2);
      expect(lines.error.join('\n')).toMatch(message);
      expect(lines.info).toEqual([]);
    });
  });

  it('refuses a data folder without the API key, and creates no key there', async () => {
    expect(await token('--sub', 'jan', '--party', 'vng', '--role', 'reader')).toBe(1);
    expect(lines.error.join('\n')).toContain(`No signing key at ${join(dataDir, LOCAL_KEY_FILE)}`);
    expect(lines.error.join('\n')).toContain('LEDGER_DATA_DIR');
    expect(lines.info).toEqual([]);
    expect(readdirSync(dataDir)).toEqual([]);
    expect(existsSync(join(dataDir, LOCAL_KEY_FILE))).toBe(false);
  });
});
