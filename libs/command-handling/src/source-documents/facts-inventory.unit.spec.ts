import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * datasets/FACTS.md names, per source document, each fact with a quote and the dataset lines that record
 * it: every quote must be the document's words (whitespace aside) and every command id one the dataset holds,
 * so the inventory cannot drift from the record it counts.
 */
const DATASETS = join(__dirname, '../../../../datasets');
const INVENTORY = readFileSync(join(DATASETS, 'FACTS.md'), 'utf8');
const COMMAND_IDS = new Set(
  readFileSync(join(DATASETS, 'rijk-vng-jeugdzorg-2020-2025.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { commandId: string }).commandId),
);
const squeezed = (text: string) => text.replace(/\s+/g, '');
const DOCUMENTS = new Map(
  readdirSync(join(DATASETS, 'documents')).map((name) => [
    name.slice(0, 8),
    squeezed(readFileSync(join(DATASETS, 'documents', name), 'utf8')),
  ]),
);

type Section = { heading: string; document: string; rows: string[][] };

function sections(): Section[] {
  const found: Section[] = [];
  for (const line of INVENTORY.split('\n')) {
    if (/^## \d{3} /.test(line)) found.push({ heading: line, document: '', rows: [] });
    else if (found.length > 0 && /^\| \d+ \|/.test(line)) found.at(-1)!.rows.push(line.split(' | '));
  }
  const counted = [...INVENTORY.matchAll(/^\| (\d{3}) .*?`([0-9a-f]{8})…`/gm)];
  for (const section of found)
    section.document = counted.find(([, number]) => section.heading.startsWith(`## ${number} `))![2];
  return found;
}

describe('the fact inventory', () => {
  it.each(sections().map((section) => [section.heading, section] as const))('%s', (_, section) => {
    const text = DOCUMENTS.get(section.document)!;
    for (const [, , quoted, status, lines] of section.rows) {
      const quote = /^"(.*)"$/.exec(quoted)?.[1];
      for (const part of quote?.split('…') ?? [])
        expect({ quote, found: text.includes(squeezed(part)) }).toEqual({ quote, found: true });
      expect(status).toMatch(/^(said|not yet|left out)\b/);
      for (const [, commandId] of `${status} ${lines}`.matchAll(/`([a-z0-9-]+\/[a-z0-9/-]+)`/g))
        expect({ commandId, known: COMMAND_IDS.has(commandId) }).toEqual({ commandId, known: true });
    }
  });

  it('counts, per document, the rows of its table', () => {
    for (const section of sections()) {
      const number = section.heading.slice(3, 6);
      const row = new RegExp(`^\\| ${number} .*\\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$`, 'm').exec(INVENTORY)!;
      const count = (status: string) => section.rows.filter((cells) => cells[3].startsWith(status)).length;
      expect(row.slice(1).map(Number)).toEqual([
        section.rows.length,
        count('said'),
        count('not yet'),
        count('left out'),
      ]);
    }
  });
});
