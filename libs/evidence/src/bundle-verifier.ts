import { openCheckpoint, parseCheckpoint, type Checkpoint } from './checkpoint';
import { readBundle, type BundleEntry, type EvidenceBundle } from './evidence-bundle';
import { applyKeyRotations, keysValidAt, type KeyTrust } from './key-rotation';
import { GENESIS_PREV_HASH } from './event-hash';
import { checkWitnesses } from './witness-check';
import { checkHeldCheckpoints, type SignedHead, type VerifyOptions } from './held-checkpoints';
import { leafHashHexOf } from './evidence-leaf';
import { bytesEqual, fromHex, isHashHex, toHex } from './merkle-hash';
import { NodeHashMemo, verifyConsistency, verifyInclusionHex } from './merkle-proof';
import { parseVerifierKey, type NoteVerifier } from './note-key';
import { isSaltBase64, verifyDisclosure } from './selective-disclosure';
import { EVENT_FIELD, negotiationOfStream, negotiationTagOf, sealedLeafHashHexOf } from './sealed-leaf';
import { isEventHeader } from './sealed-entry';
import { checkLeafFormats } from './leaf-formats';
import { scopeMessages } from './scope-messages';
import { parseNote } from './signed-note';
import { recomputeShownEntry } from './shown-entry';
import { parseStrictJson } from './strict-json';
import {
  messages,
  type CheckKind,
  type Message,
  type VerificationCheck,
  type VerificationReport,
} from './verification-report';

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
  checks.push(
    check(
      'pinned-keys',
      verifiers.length > 0,
      'pinned',
      verifiers.length > 0 ? messages.pinnedKeys(verifiers.length) : messages.noPinnedKeys(),
    ),
  );
  return verifiers;
}

function trustedKeys(bundle: EvidenceBundle, pinned: readonly NoteVerifier[], checks: VerificationCheck[]): KeyTrust {
  const trust = applyKeyRotations(pinned, bundle.rotations);
  trust.results.forEach((result, i) => {
    const where = `rotations[${i}]`;
    if (result.ok)
      checks.push(
        check(
          'key-rotation',
          true,
          where,
          messages.rotationAccepted(result.rotation.fromVkey, result.rotation.toVkey, result.rotation.size),
        ),
      );
    else if (result.reason === 'malformed')
      checks.push(check('key-rotation', false, where, messages.rotationMalformed()));
    else if (result.reason === 'no-key-trusted')
      checks.push(check('key-rotation', false, where, messages.rotationUntrusted()));
    else if (result.reason === 'already-retired')
      checks.push(check('key-rotation', false, where, messages.rotationOfRetiredKey()));
    else checks.push(check('key-rotation', false, where, messages.rotationSingleSigned()));
  });
  return trust;
}

/**
 * Opens every checkpoint against the keys trusted at its size (a retired key signs no size beyond its
 * retirement); returns the verified ones by tree size.
 */
function verifiedCheckpoints(
  bundle: EvidenceBundle,
  trust: KeyTrust,
  checks: VerificationCheck[],
): Map<number, Checkpoint> {
  const verified = new Map<number, Checkpoint>();
  let previousSize = -1;
  bundle.checkpoints.forEach((note, i) => {
    const where = `checkpoints[${i}]`;
    const text = parseNote(note)?.text;
    const stated = text === undefined ? null : parseCheckpoint(text);
    const opened = openCheckpoint(note, stated ? keysValidAt(trust.trusted, stated.size) : []);
    if (!opened.ok) {
      const retired = stated
        ? openCheckpoint(
            note,
            trust.trusted.map((key) => key.verifier),
          ).ok
        : false;
      const message = retired
        ? messages.checkpointOutsideKeyLifetime(stated!.size)
        : opened.reason === 'unverified'
          ? messages.checkpointUnverified(opened.verification?.invalid ?? [])
          : messages.checkpointMalformed();
      checks.push(check('checkpoint', false, where, message));
      return;
    }
    const { checkpoint, verification } = opened;
    if (checkpoint.origin !== bundle.origin)
      checks.push(check('checkpoint', false, where, messages.checkpointOtherLog(checkpoint.origin)));
    else if (checkpoint.size <= previousSize)
      checks.push(check('checkpoint', false, where, messages.checkpointOutOfOrder()));
    else {
      checks.push(check('checkpoint', true, where, messages.checkpointVerified(checkpoint.size, verification.valid)));
      verified.set(checkpoint.size, checkpoint);
    }
    previousSize = Math.max(previousSize, checkpoint.size);
  });
  if (verified.size === 0) checks.push(check('checkpoint', false, 'checkpoints', messages.noCheckpoint()));
  return verified;
}

/**
 * The verified checkpoints and the heads of the accepted rotations, by size, one per size: two heads of
 * one size with different roots are two versions of the log (a split view), which fails.
 */
function signedHeads(
  checkpoints: ReadonlyMap<number, Checkpoint>,
  trust: KeyTrust,
  checks: VerificationCheck[],
): SignedHead[] {
  const heads = new Map<number, SignedHead>(
    [...checkpoints].map(([size, checkpoint]) => [size, { size, root: checkpoint.root }]),
  );
  trust.results.forEach((result, i) => {
    if (!result.ok) return;
    const { size, root } = result.rotation;
    const same = heads.get(size);
    if (same && !bytesEqual(same.root, root))
      checks.push(check('consistency', false, `rotations[${i}]`, messages.splitView(size)));
    else if (!same) heads.set(size, { size, root });
  });
  return [...heads.values()].sort((left, right) => left.size - right.size);
}

function checkConsistency(bundle: EvidenceBundle, heads: readonly SignedHead[], checks: VerificationCheck[]): void {
  for (let i = 1; i < heads.length; i += 1) {
    const [older, newer] = [heads[i - 1], heads[i]];
    const where = `consistency[${i - 1}]`;
    const step = bundle.consistency[i - 1];
    if (!step || step.from !== older.size || step.to !== newer.size) {
      checks.push(check('consistency', false, where, messages.consistencyMissing(older.size, newer.size)));
      continue;
    }
    const holds = verifyConsistency(older.size, newer.size, older.root, newer.root, hashes(step.proof));
    checks.push(
      check(
        'consistency',
        holds,
        where,
        holds ? messages.consistent(older.size, newer.size) : messages.inconsistent(older.size, newer.size),
      ),
    );
  }
  if (bundle.consistency.length !== Math.max(heads.length - 1, 0)) {
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
    checks.push(
      check(
        'coverage',
        false,
        `entries[${misplaced}]`,
        messages.entryOutOfPlace(from + misplaced, bundle.entries[misplaced].index),
      ),
    );
  } else if (bundle.entries.length !== to - from) {
    checks.push(check('coverage', false, 'entries', messages.entryOutOfPlace(from + bundle.entries.length, null)));
  } else {
    checks.push(check('coverage', true, 'entries', messages.covered(from, to)));
  }
}

type EntryContent = Readonly<{ leafHash: string | null; withheldFields: number }>;

/** A shown entry: its content must match its own chain hash, and its fields and salts give its commitment. */
function shownEntryContent(
  entry: Extract<BundleEntry, { kind: 'disclosed' }>,
  where: string,
  checks: VerificationCheck[],
): EntryContent {
  const { chainHash, commitment } = recomputeShownEntry(entry.envelope, entry.salts);
  const chainHolds = chainHash === entry.envelope.hash;
  checks.push(
    check(
      'chain',
      chainHolds,
      `${where}.envelope`,
      chainHolds ? messages.chainHashMatches() : messages.chainHashMismatch(),
    ),
  );
  const saltsFit = commitment !== null;
  checks.push(
    check('disclosure', saltsFit, `${where}.salts`, saltsFit ? messages.saltsComplete() : messages.saltsMalformed()),
  );
  return { leafHash: saltsFit ? leafHashHexOf(entry.envelope, commitment) : null, withheldFields: 0 };
}

/** A partly shown entry: the shown fields must match the commitment, which the leaf binds to the header. */
function partialEntryContent(
  entry: Extract<BundleEntry, { kind: 'partial' }>,
  where: string,
  checks: VerificationCheck[],
): EntryContent {
  const disclosure = verifyDisclosure(entry.disclosure);
  if (!disclosure.ok) {
    checks.push(
      check(
        'disclosure',
        false,
        `${where}.disclosure`,
        disclosure.reason === 'malformed' ? messages.disclosureMalformed() : messages.disclosureMismatch(),
      ),
    );
    const stated = entry.disclosure.commitment;
    return { leafHash: isHashHex(stated) ? leafHashHexOf(entry.header, stated) : null, withheldFields: 0 };
  }
  checks.push(
    check(
      'disclosure',
      true,
      `${where}.disclosure`,
      messages.disclosed(Object.keys(disclosure.disclosed).length, disclosure.withheldFields),
    ),
  );
  return {
    leafHash: leafHashHexOf(entry.header, entry.disclosure.commitment),
    withheldFields: disclosure.withheldFields,
  };
}

/**
 * A sealed leaf shown whole or in part: the shown fields must match its commitment, its header (the field
 * `event`) must be shown, and its negotiation tag must be the one of the header's stream.
 */
function shownSealedEntryContent(
  entry: Extract<BundleEntry, { kind: 'entry' }>,
  where: string,
  checks: VerificationCheck[],
): EntryContent {
  const disclosure = verifyDisclosure(entry.disclosure);
  const stated = entry.disclosure.commitment;
  const leafHash =
    isHashHex(stated) && isSaltBase64(entry.negotiation.salt) ? sealedLeafHashHexOf(stated, entry.negotiation) : null;
  if (!disclosure.ok) {
    const message = disclosure.reason === 'malformed' ? messages.disclosureMalformed() : messages.disclosureMismatch();
    checks.push(check('disclosure', false, `${where}.disclosure`, message));
    return { leafHash, withheldFields: 0 };
  }
  const header = Object.hasOwn(disclosure.disclosed, EVENT_FIELD) ? disclosure.disclosed[EVENT_FIELD] : undefined;
  if (!isEventHeader(header)) {
    checks.push(check('disclosure', false, `${where}.disclosure`, scopeMessages.headerNotShown()));
    return { leafHash, withheldFields: 0 };
  }
  const tagHolds =
    leafHash !== null &&
    negotiationTagOf(entry.negotiation.salt, negotiationOfStream(header.streamId)) === entry.negotiation.tag;
  checks.push(
    check(
      'disclosure',
      tagHolds,
      `${where}.negotiation`,
      tagHolds
        ? messages.disclosed(Object.keys(disclosure.disclosed).length, disclosure.withheldFields)
        : scopeMessages.negotiationTagMismatch(),
    ),
  );
  return { leafHash, withheldFields: disclosure.withheldFields };
}

function entryContent(entry: BundleEntry, where: string, checks: VerificationCheck[]): EntryContent {
  if (entry.kind === 'disclosed') return shownEntryContent(entry, where, checks);
  if (entry.kind === 'partial') return partialEntryContent(entry, where, checks);
  if (entry.kind === 'entry') return shownSealedEntryContent(entry, where, checks);
  if (entry.kind === 'sealed')
    return {
      leafHash: isSaltBase64(entry.negotiation.salt) ? sealedLeafHashHexOf(entry.commitment, entry.negotiation) : null,
      withheldFields: 0,
    };
  return { leafHash: entry.leafHash, withheldFields: 0 };
}

/** A verified checkpoint as the inclusion checks use it: its root in hex, and the node hashes its proofs share. */
type ProofTarget = Readonly<{ size: number; root: string; memo: NodeHashMemo }>;

const proofTargetsOf = (checkpoints: ReadonlyMap<number, Checkpoint>): Map<number, ProofTarget> =>
  new Map(
    [...checkpoints].map(([size, checkpoint]) => [
      size,
      { size, root: toHex(checkpoint.root), memo: new NodeHashMemo() },
    ]),
  );

function checkEntry(
  entry: BundleEntry,
  i: number,
  targets: ReadonlyMap<number, ProofTarget>,
  checks: VerificationCheck[],
): EntryContent {
  const where = `entries[${i}]`;
  const { leafHash, withheldFields } = entryContent(entry, where, checks);
  const target = targets.get(entry.checkpoint);
  if (!target) checks.push(check('inclusion', false, where, messages.unknownCheckpoint(entry.checkpoint)));
  else if (!leafHash) checks.push(check('inclusion', false, where, messages.malformed(where)));
  else {
    const holds = verifyInclusionHex(entry.index, target.size, leafHash, entry.proof, target.root, target.memo);
    checks.push(
      check(
        'inclusion',
        holds,
        where,
        holds ? messages.included(entry.index, target.size) : messages.notIncluded(entry.index, target.size),
      ),
    );
  }
  return { leafHash, withheldFields };
}

/** How an entry is shown, for the summary: a sealed leaf shown with withheld fields counts as partly shown. */
function shownAs(entry: BundleEntry, withheldFields: number): 'disclosed' | 'partial' | 'withheld' {
  if (entry.kind === 'entry') return withheldFields > 0 ? 'partial' : 'disclosed';
  return entry.kind === 'sealed' ? 'withheld' : entry.kind;
}

/**
 * Within the bundle, each shown event's prevHash must be the hash of its stream's previous event, when
 * that event is in the bundle too (shown or partly shown), or the genesis value for a stream's first event.
 */
function checkChainLinks(bundle: EvidenceBundle, checks: VerificationCheck[]): void {
  const key = (streamId: string, revision: number) => `${revision}\u0000${streamId}`;
  const hashOf = new Map<string, string>();
  for (const entry of bundle.entries) {
    if (entry.kind === 'disclosed')
      hashOf.set(key(entry.envelope.streamId, entry.envelope.revision), entry.envelope.hash);
    if (entry.kind === 'partial') hashOf.set(key(entry.header.streamId, entry.header.revision), entry.header.hash);
  }
  let links = 0;
  bundle.entries.forEach((entry, i) => {
    if (entry.kind !== 'disclosed') return;
    const { streamId, revision, prevHash } = entry.envelope;
    const expected = revision === 0 ? GENESIS_PREV_HASH : hashOf.get(key(streamId, revision - 1));
    if (expected === undefined) return;
    links += 1;
    if (prevHash !== expected)
      checks.push(
        check('chain', false, `entries[${i}].envelope.prevHash`, messages.chainLinkBroken(streamId, revision)),
      );
  });
  checks.push(check('chain', true, 'entries', messages.chainLinksChecked(links)));
}

const emptySummary = {
  checkpoints: 0,
  entries: 0,
  disclosedEntries: 0,
  partialEntries: 0,
  withheldEntries: 0,
  withheldFields: 0,
};
const failed = (checks: VerificationCheck[]): VerificationReport => ({
  verdict: 'FAIL',
  checks,
  summary: emptySummary,
});

function verify(input: unknown, pinnedVkeys: readonly string[], options: VerifyOptions): VerificationReport {
  const reading = readBundle(input);
  if (!reading.ok) return failed([check('bundle-format', false, reading.where, messages.malformed(reading.where))]);
  const { bundle } = reading;
  const checks: VerificationCheck[] = [check('bundle-format', true, '(bundle)', messages.wellFormed())];
  const trust = trustedKeys(bundle, pinnedVerifiers(pinnedVkeys, checks), checks);
  const checkpoints = verifiedCheckpoints(bundle, trust, checks);
  const heads = signedHeads(checkpoints, trust, checks);
  checkConsistency(bundle, heads, checks);
  checks.push(...checkHeldCheckpoints(options.heldCheckpoints ?? [], bundle.origin, trust, heads));
  checks.push(...checkWitnesses(options.witnessKeys ?? [], bundle.checkpoints.at(-1)));
  checkCoverage(bundle, Math.max(0, ...checkpoints.keys()), checks);
  checkLeafFormats(bundle, checkpoints, checks);
  const targets = proofTargetsOf(checkpoints);
  const counts = { disclosed: 0, partial: 0, withheld: 0 };
  let withheldFields = 0;
  bundle.entries.forEach((entry, i) => {
    const content = checkEntry(entry, i, targets, checks);
    withheldFields += content.withheldFields;
    counts[shownAs(entry, content.withheldFields)] += 1;
  });
  checkChainLinks(bundle, checks);
  return {
    verdict: checks.every((item) => item.status === 'PASS') ? 'PASS' : 'FAIL',
    checks,
    summary: {
      checkpoints: checkpoints.size,
      entries: bundle.entries.length,
      disclosedEntries: counts.disclosed,
      partialEntries: counts.partial,
      withheldEntries: counts.withheld,
      withheldFields,
    },
  };
}

/**
 * Verifies an evidence bundle against keys pinned out of band (never the bundle's own). Pure and total:
 * whatever the input, it returns a report, and PASS only when every check passed.
 */
export function verifyBundle(
  input: unknown,
  pinnedVkeys: readonly string[],
  options: VerifyOptions = {},
): VerificationReport {
  try {
    return verify(input, pinnedVkeys, options);
  } catch {
    return failed([check('bundle-format', false, '(bundle)', messages.unexpected())]);
  }
}

/** The same for the bundle's JSON text, as read from a file: refused unless strict JSON (no repeated key, numbers as RFC 8785 writes them). */
export function verifyBundleJson(
  text: string,
  pinnedVkeys: readonly string[],
  options: VerifyOptions = {},
): VerificationReport {
  const reading = parseStrictJson(text);
  return reading.ok
    ? verifyBundle(reading.value, pinnedVkeys, options)
    : failed([check('bundle-format', false, '(json)', messages.notStrictJson(reading.problem))]);
}
