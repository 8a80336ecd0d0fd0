import type { Checkpoint } from './checkpoint';
import type { BundleEntry, EvidenceBundle } from './evidence-bundle';
import { scopeMessages } from './scope-messages';
import type { VerificationCheck } from './verification-report';

/** The checkpoint extension line by which the log states the first sealed leaf (format 3). */
export const SEALED_FROM_LINE = 'sealed-leaves-from ';

export const sealedFromLine = (index: number): string => `${SEALED_FROM_LINE}${index}`;

/** The first sealed leaf a checkpoint states; null when it states none; 'malformed' for a bad or repeated line. */
function sealedFromOf(checkpoint: Checkpoint): number | null | 'malformed' {
  const lines = checkpoint.extensions.filter((line) => line.startsWith(SEALED_FROM_LINE));
  if (lines.length === 0) return null;
  const value = lines[0].slice(SEALED_FROM_LINE.length);
  return lines.length === 1 && /^(0|[1-9][0-9]*)$/.test(value) && Number.isSafeInteger(Number(value))
    ? Number(value)
    : 'malformed';
}

const isSealedKind = (entry: BundleEntry) => entry.kind === 'entry' || entry.kind === 'sealed';

const fail = (where: string, message: VerificationCheck['message']): VerificationCheck => ({
  check: 'leaf-format',
  status: 'FAIL',
  where,
  message,
});

/**
 * Each leaf is bundled in the format it has: sealed from the leaf the signed checkpoints state on, format 2
 * before. Every checkpoint that states it states the same leaf, and one that does not is no larger than it
 * (its leaves are all of format 2). Without this, a sealed leaf could be passed off as a bare format 2 leaf
 * whose subject nobody can check. Returns the first sealed leaf (null: none).
 */
export function checkLeafFormats(
  bundle: EvidenceBundle,
  checkpoints: ReadonlyMap<number, Checkpoint>,
  checks: VerificationCheck[],
): number | null {
  const stated = [...checkpoints.values()].map((checkpoint) => ({
    size: checkpoint.size,
    from: sealedFromOf(checkpoint),
  }));
  const values = new Set(stated.map(({ from }) => from).filter((from) => from !== null));
  const sealedFrom = values.size === 1 ? [...values][0] : null;
  if (
    values.has('malformed') ||
    values.size > 1 ||
    stated.some(({ size, from }) => from === null && sealedFrom !== null && size > (sealedFrom as number))
  ) {
    checks.push(fail('checkpoints', scopeMessages.sealedFromMalformed()));
    return null;
  }
  const first = sealedFrom as number | null;
  const misplaced = bundle.entries.findIndex(
    (entry) => isSealedKind(entry) !== (first !== null && entry.index >= first),
  );
  if (misplaced >= 0)
    checks.push(fail(`entries[${misplaced}]`, scopeMessages.wrongLeafFormat(bundle.entries[misplaced].index)));
  else
    checks.push({
      check: 'leaf-format',
      status: 'PASS',
      where: 'entries',
      message: scopeMessages.leafFormatsAgree(first),
    });
  return first;
}
