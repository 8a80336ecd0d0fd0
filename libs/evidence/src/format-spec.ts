import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** FORMAT.md, shipped inside every dossier so the other side can write its own verifier. */
export const readFormatSpecification = (): string => readFileSync(join(__dirname, '..', 'FORMAT.md'), 'utf8');
