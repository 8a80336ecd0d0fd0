import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceDocuments, sha256Of } from '@ledger/command-handling';
import { SqliteEventStore } from '@ledger/event-store';
import { capturedOutput } from './cli-output';
import { storeFileIn } from './data-folder';
import { runCli } from './main';

const TEXT = 'Brief VNG aan de minister-president, 7 mei 2025.\nCompensatie tekorten 2023/2024.';

describe('ledger store-document', () => {
  let dataDir: string;
  let lines: ReturnType<typeof capturedOutput>;
  const run = (...args: string[]) => runCli(['store-document', ...args], { LEDGER_DATA_DIR: dataDir }, lines.output);
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dataDir, name), content);
    return join(dataDir, name);
  };
  const storedContent = async (sha256: string) => {
    const store = SqliteEventStore.open({ filename: storeFileIn(dataDir) });
    try {
      return await new SourceDocuments(store).contentOf(sha256);
    } finally {
      await store.close();
    }
  };

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-store-document-'));
    lines = capturedOutput();
    await SqliteEventStore.open({ filename: storeFileIn(dataDir) }).close();
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stores the text and its PDF under the hash of the text, prints the hash, and writes nothing the second time', async () => {
    const text = file('brief.txt', TEXT);
    const pdf = file('brief.pdf', '%PDF-1.7\n...');
    expect(await run(text, '--pdf', pdf)).toBe(0);
    expect(lines.info).toEqual([sha256Of(TEXT)]);
    expect(await storedContent(sha256Of(TEXT))).toMatchObject({
      text: TEXT,
      pdf: { sha256: sha256Of('%PDF-1.7\n...') },
    });
    expect(await run(text)).toBe(0);
    expect(lines.notes).toContain('already stored: nothing written');
  });

  it.each([
    ['an empty text', '', /text: a source document has a text/],
    ['a text that is not UTF-8', Buffer.from([0xff, 0xfe, 0x00]), /text is UTF-8/],
  ])('refuses %s (exit 1) and stores nothing', async (_, content, message) => {
    expect(await run(file('bad.txt', content))).toBe(1);
    expect(lines.error.join('\n')).toMatch(message);
    expect(lines.info).toEqual([]);
    const store = SqliteEventStore.open({ filename: storeFileIn(dataDir) });
    expect(await store.headPosition()).toBe(0);
    await store.close();
  });

  it('refuses a data folder without a store', async () => {
    rmSync(storeFileIn(dataDir));
    expect(await run(file('brief.txt', TEXT))).toBe(1);
    expect(lines.error.join('\n')).toContain('There is no store in the data folder');
  });
});
