import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { version } from '../../../package.json';
import { capturedOutput } from './cli-output';
import { runCli } from './main';

const REPO_ROOT = join(__dirname, '../../..');
const DATASET = join(REPO_ROOT, 'datasets/rijk-vng-jeugdzorg-2020-2025.jsonl');
const COMMANDS = ['import', 'export', 'verify', 'migrate', 'token'];
const DATASET_LINES = readFileSync(DATASET, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
/** Retract lines take back what an earlier version of the dataset recorded: a fresh store has nothing to retract. */
const RETRACT_LINES = DATASET_LINES.filter((line) => line.includes('"type":"Retract"')).length;

async function headPosition(dataDir: string): Promise<number> {
  const store = SqliteEventStore.open({ filename: join(dataDir, 'ledger.sqlite') });
  try {
    return await store.headPosition();
  } finally {
    await store.close();
  }
}

describe('ledger command line', () => {
  let root: string;
  let dataDir: string;
  let lines: ReturnType<typeof capturedOutput>;
  const ledger = (...args: string[]) => runCli(args, { LEDGER_DATA_DIR: dataDir }, lines.output);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
    dataDir = join(root, 'data');
    lines = capturedOutput();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  describe('help and version', () => {
    it('lists every command on --help, on stdout, and exits 0', async () => {
      expect(await ledger('--help')).toBe(0);
      for (const command of COMMANDS) expect(lines.info.join('\n')).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
      expect(lines.info.join('\n')).toContain('LEDGER_DATA_DIR');
      expect(lines.error).toEqual([]);
    });

    it.each(COMMANDS)('explains %s with examples on --help, exits 0 and touches no data folder', async (command) => {
      expect(await ledger(command, '--help')).toBe(0);
      const help = lines.info.join('\n');
      expect(help).toContain(`Usage: ledger ${command}`);
      expect(help).toMatch(new RegExp(`Examples:\\n  \\$ npm run ledger -- ${command} `));
      expect(existsSync(dataDir)).toBe(false);
    });

    it('prints the version of the package', async () => {
      expect(await ledger('--version')).toBe(0);
      expect(lines.info).toEqual([version]);
    });

    it.each([[['no-such-command']], [['constructor']], [[]]])(
      'refuses %j as wrong usage with the list of commands (exit 2)',
      async (args) => {
        expect(await ledger(...args)).toBe(2);
        const said = lines.error.join('\n');
        expect(said).toMatch(/unknown command|Usage: ledger/);
        if (args.length === 0) for (const command of COMMANDS) expect(said).toContain(command);
        expect(lines.info).toEqual([]);
      },
    );
  });

  describe('import', () => {
    it('imports the dataset into ledger.sqlite in LEDGER_DATA_DIR, counting its progress, and appends nothing the second time', async () => {
      expect(await ledger('import', DATASET)).toBe(0);
      expect(lines.error).toEqual([]);
      const [total, appended] = [DATASET_LINES.length, DATASET_LINES.length - RETRACT_LINES];
      expect(lines.info).toEqual([
        expect.stringMatching(
          new RegExp(
            `^imported .*: ${total} lines, ${appended} appended, ${RETRACT_LINES} duplicates, 0 corrections, 5 source documents stored$`,
          ),
        ),
      ]);
      expect(lines.notes[0]).toBe(`data folder: ${dataDir}`);
      // Outside a terminal, counts: here every command, as the interval is 0.
      expect(lines.notes).toEqual(
        expect.arrayContaining([
          `rehearsing: 0/${total}`,
          `rehearsing: ${total}/${total}`,
          `writing: 0/${total}`,
          `writing: ${total}/${total}`,
        ]),
      );
      expect(lines.notes.indexOf(`rehearsing: ${total}/${total}`)).toBeLessThan(
        lines.notes.indexOf(`writing: 0/${total}`),
      );

      const head = await headPosition(dataDir);
      lines = capturedOutput();
      expect(await ledger('import', DATASET)).toBe(0);
      expect(lines.info.join('\n')).toContain(`${total} lines, 0 appended, ${total} duplicates, 0 corrections`);
      expect(await headPosition(dataDir)).toBe(head);
    });

    it('refuses a bad file with the line and field at fault (exit 1), and leaves no store behind in a new folder', async () => {
      const bad = join(root, 'bad.jsonl');
      const [firstLine] = readFileSync(DATASET, 'utf8').split('\n');
      writeFileSync(bad, `${firstLine}\n{"commandId": "broken"\n`);
      expect(await ledger('import', bad)).toBe(1);
      expect(lines.error.join('\n')).toContain('nothing was imported: line 2: json: the line is not valid JSON');
      expect(existsSync(dataDir)).toBe(false);
    });

    it('leaves an existing store as it was when it refuses a dataset', async () => {
      await ledger('import', DATASET);
      const [head, files] = [await headPosition(dataDir), readdirSync(dataDir).sort()];
      const bad = join(root, 'bad.jsonl');
      writeFileSync(bad, '{"commandId": "broken"\n');
      expect(await ledger('import', bad)).toBe(1);
      expect(await headPosition(dataDir)).toBe(head);
      expect(readdirSync(dataDir).sort()).toEqual(files);
    });
  });

  describe('export', () => {
    it('refuses a data folder without a store, naming it, and creates nothing', async () => {
      expect(
        await ledger('export', '--negotiation', 'vjn2025-financiering-jeugdzorg', '--out', join(root, 'out')),
      ).toBe(1);
      expect(lines.error.join('\n')).toContain(`There is no store in the data folder ${dataDir}`);
      expect(existsSync(dataDir)).toBe(false);
      expect(existsSync(join(root, 'out'))).toBe(false);
    });

    it('exports, counting the evidence log it rebuilds from the store, and says which data folder it read', async () => {
      await ledger('import', DATASET);
      const events = await headPosition(dataDir);
      lines = capturedOutput();
      expect(
        await ledger('export', '--negotiation', 'vjn2025-financiering-jeugdzorg', '--out', join(root, 'out')),
      ).toBe(0);
      expect(lines.notes[0]).toBe(`data folder: ${dataDir}`);
      expect(lines.notes.at(-1)).toBe(`evidence log: ${events}/${events}`);
      expect(readdirSync(join(root, 'out')).sort()).toEqual([
        'FORMAT.md',
        'checkpoint.txt',
        'chronologie.pdf',
        'dossier.json',
      ]);
    });

    it('leaves neither keys nor a folder behind when the negotiation is unknown', async () => {
      await ledger('import', DATASET);
      const files = readdirSync(dataDir).sort();
      lines = capturedOutput();
      expect(await ledger('export', '--negotiation', 'no-such-negotiation', '--out', join(root, 'out'))).toBe(1);
      expect(lines.error.join('\n')).toContain('nothing exported');
      expect(lines.notes[0]).toBe(`data folder: ${dataDir}`);
      expect(readdirSync(dataDir).sort()).toEqual(files);
      expect(existsSync(join(root, 'out'))).toBe(false);
    });

    it('refuses a malformed instant as wrong usage (exit 2), before it reads the data folder', async () => {
      expect(
        await ledger('export', '--negotiation', 'vjn2025-financiering-jeugdzorg', '--as-known-at', 'gisteren'),
      ).toBe(2);
      expect(lines.error.join('\n')).toContain('asKnownAt must be an ISO 8601 instant');
      expect(existsSync(dataDir)).toBe(false);
    });
  });
});
