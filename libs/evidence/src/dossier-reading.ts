import { isHashHex } from './merkle-hash';

/** The dossier's parts, in the order FORMAT.md lists them; the manifest names exactly these. */
export const DOSSIER_PART_NAMES = [
  'exportedAt',
  'subject',
  'withheld',
  'publicKeys',
  'evidence',
  'specification',
] as const;
export const MANIFEST_ALGORITHM = 'sha256-jcs';

const DOSSIER_KEYS = ['format', ...DOSSIER_PART_NAMES, 'manifest', 'signature'];
const SUBJECT_KEYS = ['negotiationId', 'disputeId', 'from', 'to', 'asKnownAt'];
const WITHHELD_KEYS = ['entries', 'fields', 'outsideSubject'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasExactKeys = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).length === keys.length && keys.every((key) => Object.hasOwn(value, key));
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isDay = (value: unknown) => value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
const isInstant = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(value);

function subjectProblem(subject: unknown): string | null {
  if (!isRecord(subject) || !hasExactKeys(subject, SUBJECT_KEYS)) return 'subject';
  if (typeof subject.negotiationId !== 'string' || subject.negotiationId === '') return 'subject.negotiationId';
  if (subject.disputeId !== null && (typeof subject.disputeId !== 'string' || subject.disputeId === ''))
    return 'subject.disputeId';
  if (!isDay(subject.from)) return 'subject.from';
  if (!isDay(subject.to)) return 'subject.to';
  return subject.asKnownAt === null || isInstant(subject.asKnownAt) ? null : 'subject.asKnownAt';
}

function manifestProblem(manifest: unknown): string | null {
  if (!isRecord(manifest) || !hasExactKeys(manifest, ['algorithm', 'parts'])) return 'manifest';
  if (manifest.algorithm !== MANIFEST_ALGORITHM) return 'manifest.algorithm';
  const { parts } = manifest;
  if (!isRecord(parts) || !hasExactKeys(parts, DOSSIER_PART_NAMES)) return 'manifest.parts';
  const bad = DOSSIER_PART_NAMES.find((name) => !isHashHex(parts[name]));
  return bad ? `manifest.parts.${bad}` : null;
}

/**
 * Where a dossier deviates from the shape FORMAT.md gives it, outside its evidence bundle (checked on its
 * own): every key present and no other at every level, counts as non-negative integers, one algorithm.
 * Null when it has that shape.
 */
export function dossierShapeProblem(input: Record<string, unknown>): string | null {
  if (!hasExactKeys(input, DOSSIER_KEYS)) return '(dossier keys)';
  if (!isInstant(input.exportedAt)) return 'exportedAt';
  const subject = subjectProblem(input.subject);
  if (subject) return subject;
  const { withheld } = input;
  if (!isRecord(withheld) || !hasExactKeys(withheld, WITHHELD_KEYS)) return 'withheld';
  const badCount = WITHHELD_KEYS.find((key) => !isCount(withheld[key]));
  if (badCount) return `withheld.${badCount}`;
  if (!Array.isArray(input.publicKeys) || !input.publicKeys.every((key) => typeof key === 'string'))
    return 'publicKeys';
  if (typeof input.specification !== 'string') return 'specification';
  if (typeof input.signature !== 'string') return 'signature';
  return manifestProblem(input.manifest);
}
