import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SHIPPED_DATASET = join(__dirname, '../../../datasets/rijk-vng-jeugdzorg-2020-2025.jsonl');

/** Every id in the shipped record starts with its negotiation's prefix. */
const SHIPPED_ID = /"(jz2020|vjn2025)-/g;

/**
 * A JSONL dataset in the import format at a size the shipped record (114 lines) does not reach: that
 * record `copies` times over, each copy's ids (negotiations, entries, commands) prefixed with its number.
 */
export function generatedDataset(copies: number): { text: string; lines: number } {
  const shipped = readFileSync(SHIPPED_DATASET, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const lines: string[] = [];
  for (let copy = 0; copy < copies; copy++)
    lines.push(...shipped.map((line) => line.replace(SHIPPED_ID, `"copy${copy}-$1-`)));
  return { text: `${lines.join('\n')}\n`, lines: lines.length };
}
