import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redeemSignInCode } from '@ledger/local-auth';
import { capturedOutput } from './cli-output';
import { runCli } from './main';

describe('ledger sign-in-link', () => {
  let dataDir: string;
  let lines: ReturnType<typeof capturedOutput>;
  const link = (...args: string[]) =>
    runCli(['sign-in-link', ...args], { LEDGER_DATA_DIR: dataDir, PORT: '3100' }, lines.output);

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-sign-in-link-'));
    lines = capturedOutput();
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints a link to this service whose code signs in once, with the claims and session length asked for', async () => {
    expect(await link('--sub', 'jan', '--party', 'vng', '--role', 'legal', '--ttl', '2h')).toBe(0);
    expect(lines.info).toHaveLength(1);
    const match = /^http:\/\/localhost:3100\/#\/aanmelden\?code=([\w-]{43})$/.exec(lines.info[0]);
    expect(match).not.toBeNull();
    expect(redeemSignInCode(dataDir, match![1], new Date())).toEqual({
      sub: 'jan',
      party: 'vng',
      role: 'legal',
      ttl: '2h',
    });
    expect(redeemSignInCode(dataDir, match![1], new Date())).toBeNull();
  });

  it('takes the address the users reach the service at', async () => {
    expect(
      await link('--sub', 'jan', '--party', 'vng', '--role', 'reader', '--url', 'https://ledger.example.nl/'),
    ).toBe(0);
    expect(lines.info[0]).toMatch(/^https:\/\/ledger\.example\.nl\/#\/aanmelden\?code=/);
  });

  it.each([
    [['--sub', 'jan', '--party', 'vng', '--role', 'king'], '--role must be one of'],
    [['--sub', 'jan', '--party', 'vng', '--role', 'reader', '--url', 'localhost:3000'], '--url is the service'],
  ])('refuses %p with exit code 2 and prints no link', async (args, message) => {
    expect(await link(...args)).toBe(2);
    expect(lines.error.join('\n')).toContain(message);
    expect(lines.info).toEqual([]);
  });
});
