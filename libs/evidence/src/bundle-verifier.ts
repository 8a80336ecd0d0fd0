import { openCheckpoint, type Checkpoint } from './checkpoint';
import { readBundle, type BundleEntry, type EvidenceBundle } from './evidence-bundle';
import { applyKeyRotations } from './key-rotation';
import { fromHex, hashLeaf, leafOfEvent } from './merkle-hash';
import { verifyConsistency, verifyInclusion } from './merkle-proof';
import { parseVerifierKey, type NoteVerifier } from './note-key';
import { verifyDisclosure } from './selective-disclosure';
import { messages, type CheckKind, type Message, type VerificationCheck, type VerificationReport } from './verification-report';

const check = (kind: CheckKind, passed: boolean, where: string, message: Message): VerificationCheck => ({
  check: kind,
  status: passed ? 'PASS' : 'FAIL',
  where,
  message,
});

const hashes = (hexes: readonly string[]) => hexes.map((hex) => fromHex(hex)!);

function pinnedVerifiers(pinnedVkeys: readonly string[], checks: VerificationCheck[]): NoteVerifier[] {
  const verifiers: NoteVerifier[] = [];
  pinnedVkeys.forEach((vkey, i) => {
    const verifier = parseVerifierKey(vkey);
    if (verifier) verifiers.push(verifier);
    else checks.push(check('pinned-keys', false, `pinned[${i}]`, messages.pinnedKeyInvalid()));
  });
  checks.push(check('pinned-keys', verifiers.length > 0, 'pinned', verifiers.length > 0 ? messages.pinnedKeys(verifiers.length) : messages.noPinnedKeys()));
  return verifiers;
}

function trustedKeys(bundle: EvidenceBundle, pinned: readonly NoteVerifier[], checks: VerificationCheck[]): readonly NoteVerifier[] {
  const { trusted, results } = applyKeyRotations(pinned, bundle.rotations);
  results.forEach((result, i) => {
    const where = `rotations[${i}]`;
    if (result.ok) checks.push(check('key-rotation', true, where, messages.rotationAccepted(result.toVkey)));
    else if (result.reason === 'malformed') checks.push(check('key-rotation', false, where, messages.rotationMalformed()));
    else if (result.reason === 'old-key-not-trusted') checks.push(check('key-rotation', false, where, messages.rotationUntrusted()));
    else checks.push(check('key-rotation', false, where, messages.rotationSingleSigned()));
  });
  return trusted;
}

/** Opens every checkpoint; returns the verified ones by tree size. */
function verifiedCheckpoints(bundle: EvidenceBundle, trusted: readonly NoteVerifier[], checks: VerificationCheck[]): Map<number, Checkpoint> {
  const verified = new Map<number, Checkpoint>();
  let previousSize = -1;
  bundle.checkpoints.forEach((note, i) => {
    const where = `checkpoints[${i}]`;
    const opened = openCheckpoint(note, trusted);
    if (!opened.ok) {
      const message = opened.reason === 'unverified' ? messages.checkpointUnverified(opened.verification?.invalid ?? []) : messages.checkpointMalformed();
      checks.push(check('checkpoint', false, where, message));
      return;
    }
    const { checkpoint, verification } = opened;
    if (checkpoint.origin !== bundle.origin) checks.push(check('checkpoint', false, where, messages.checkpointOtherLog(checkpoint.origin)));
    else if (checkpoint.size <= previousSize) checks.push(check('checkpoint', false, where, messages.checkpointOutOfOrder()));
    else {
      checks.push(check('checkpoint', true, where, messages.checkpointVerified(checkpoint.size, verification.valid)));
      verified.set(checkpoint.size, checkpoint);
    }
    previousSize = Math.max(previousSize, checkpoint.size);
  });
  if (verified.size === 0) checks.push(check('checkpoint', false, 'checkpoints', messages.noCheckpoint()));
  return verified;
}

function checkConsistency(bundle: EvidenceBundle, checkpoints: readonly Checkpoint[], checks: VerificationCheck[]): void {
  for (let i = 1; i < checkpoints.length; i += 1) {
    const [older, newer] = [checkpoints[i - 1], checkpoints[i]];
    const where = `consistency[${i - 1}]`;
    const step = bundle.consistency[i - 1];
    if (!step || step.from !== older.size || step.to !== newer.size) {
      checks.push(check('consistency', false, where, messages.consistencyMissing(older.size, newer.size)));
      continue;
    }
    const holds = verifyConsistency(older.size, newer.size, older.root, newer.root, hashes(step.proof));
    checks.push(check('consistency', holds, where, holds ? messages.consistent(older.size, newer.size) : messages.inconsistent(older.size, newer.size)));
  }
  if (bundle.consistency.length !== Math.max(checkpoints.length - 1, 0)) {
    checks.push(check('consistency', false, 'consistency', messages.malformed('consistency')));
  }
}

/** Every index of the range exactly once and in order: a dropped or reordered entry shows here first. */
function checkCoverage(bundle: EvidenceBundle, largestSize: number, checks: VerificationCheck[]): void {
  const { from, to } = bundle.range;
  if (bundle.entries.length === 0 || from >= to) {
    checks.push(check('coverage', false, 'entries', messages.noEntries()));
    return;
  }
  if (to > largestSize) checks.push(check('coverage', false, 'range', messages.rangeBeyondLog(to, largestSize)));
  const misplaced = bundle.entries.findIndex((entry, i) => entry.index !== from + i);
  if (misplaced >= 0) {
    checks.push(check('coverage', false, `entries[${misplaced}]`, messages.entryOutOfPlace(from + misplaced, bundle.entries[misplaced].index)));
  } else if (bundle.entries.length !== to - from) {
    checks.push(check('coverage', false, 'entries', messages.entryOutOfPlace(from + bundle.entries.length, null)));
  } else {
    checks.push(check('coverage', true, 'entries', messages.covered(from, to)));
  }
}

function leafHashOf(entry: BundleEntry): Uint8Array | null {
  if (entry.kind !== 'disclosed') return fromHex(entry.leafHash);
  try {
    return hashLeaf(leafOfEvent(entry.envelope));
  } catch {
    return null;
  }
}

function checkEntry(entry: BundleEntry, i: number, checkpoints: Map<number, Checkpoint>, checks: VerificationCheck[]): number {
  const where = `entries[${i}]`;
  const checkpoint = checkpoints.get(entry.checkpoint);
  const leafHash = leafHashOf(entry);
  if (!checkpoint) checks.push(check('inclusion', false, where, messages.unknownCheckpoint(entry.checkpoint)));
  else if (!leafHash) checks.push(check('inclusion', false, where, messages.malformed(`${where}.envelope`)));
  else {
    const holds = verifyInclusion(entry.index, checkpoint.size, leafHash, hashes(entry.proof), checkpoint.root);
    checks.push(check('inclusion', holds, where, holds ? messages.included(entry.index, checkpoint.size) : messages.notIncluded(entry.index, checkpoint.size)));
  }
  if (entry.kind !== 'partial') return 0;
  const disclosure = verifyDisclosure(entry.disclosure);
  if (disclosure.ok) {
    checks.push(check('disclosure', true, `${where}.disclosure`, messages.disclosed(Object.keys(disclosure.disclosed).length, disclosure.withheldFields)));
    return disclosure.withheldFields;
  }
  checks.push(check('disclosure', false, `${where}.disclosure`, disclosure.reason === 'malformed' ? messages.disclosureMalformed() : messages.disclosureMismatch()));
  return 0;
}

const emptySummary = { checkpoints: 0, entries: 0, disclosedEntries: 0, partialEntries: 0, withheldEntries: 0, withheldFields: 0 };
const failed = (checks: VerificationCheck[]): VerificationReport => ({ verdict: 'FAIL', checks, summary: emptySummary });

function verify(input: unknown, pinnedVkeys: readonly string[]): VerificationReport {
  const reading = readBundle(input);
  if (!reading.ok) return failed([check('bundle-format', false, reading.where, messages.malformed(reading.where))]);
  const { bundle } = reading;
  const checks: VerificationCheck[] = [check('bundle-format', true, '(bundle)', messages.wellFormed())];
  const trusted = trustedKeys(bundle, pinnedVerifiers(pinnedVkeys, checks), checks);
  const checkpoints = verifiedCheckpoints(bundle, trusted, checks);
  const ordered = [...checkpoints.values()];
  checkConsistency(bundle, ordered, checks);
  checkCoverage(bundle, ordered.at(-1)?.size ?? 0, checks);
  const withheldFields = bundle.entries.reduce((total, entry, i) => total + checkEntry(entry, i, checkpoints, checks), 0);
  const countOf = (kind: BundleEntry['kind']) => bundle.entries.filter((entry) => entry.kind === kind).length;
  return {
    verdict: checks.every((item) => item.status === 'PASS') ? 'PASS' : 'FAIL',
    checks,
    summary: {
      checkpoints: checkpoints.size,
      entries: bundle.entries.length,
      disclosedEntries: countOf('disclosed'),
      partialEntries: countOf('partial'),
      withheldEntries: countOf('withheld'),
      withheldFields,
    },
  };
}

/**
 * Verifies an evidence bundle against keys pinned out of band (never the bundle's own). Pure and total:
 * whatever the input, it returns a report, and PASS only when every check passed.
 */
export function verifyBundle(input: unknown, pinnedVkeys: readonly string[]): VerificationReport {
  try {
    return verify(input, pinnedVkeys);
  } catch {
    return failed([check('bundle-format', false, '(bundle)', messages.unexpected())]);
  }
}

/** The same for the bundle's JSON text, as read from a file. */
export function verifyBundleJson(text: string, pinnedVkeys: readonly string[]): VerificationReport {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return failed([check('bundle-format', false, '(json)', messages.notJson())]);
  }
  return verifyBundle(input, pinnedVkeys);
}
