import { parseCheckpoint } from './checkpoint';
import type { DossierSubject, WithheldCounts } from './dossier';
import type { BundleEntry, EvidenceBundle } from './evidence-bundle';
import { NEGOTIATION_STREAM_PREFIX, negotiationTagOf } from './sealed-leaf';
import { shownHeaderAndScope, shownSections } from './sealed-entry';
import { scopeMessages } from './scope-messages';
import { parseNote } from './signed-note';
import { selectSubjectEntries, type SubjectCandidate } from './subject-rule';
import type { VerificationCheck } from './verification-report';

type Candidate = SubjectCandidate & Readonly<{ position: number; withheldFields: number }>;

/** What the leaves of a dossier prove of its subject. */
export type ScopeReading = Readonly<{
  /** Bundle positions of the shown entries the subject rule selects. */
  subject: ReadonlySet<number>;
  /** Sealed leaves of the subject's negotiation: confidential to the reader. */
  confidential: number;
  /** Sealed leaves of another negotiation (or none), and shown entries of the negotiation the rule leaves out. */
  outside: number;
  /** Withheld format 2 leaves, whose subject only the exporter states. */
  older: number;
  /** Withheld fields of the selected entries. */
  withheldFields: number;
  /** Where an entry fails to say what the rule needs, and why. */
  problems: readonly VerificationCheck[];
}>;

const fail = (where: string, message: VerificationCheck['message']): VerificationCheck => ({
  check: 'scope',
  status: 'FAIL',
  where,
  message,
});

/** One shown entry as the subject rule reads it: from a format 2 envelope or header and shown fields, or a sealed leaf's `event` and `scope`. */
function candidateOf(entry: BundleEntry, position: number): Candidate | null | 'no-scope' {
  if (entry.kind === 'disclosed') {
    const { eventId, type, data, metadata } = entry.envelope;
    return { eventId, type, data, metadata, position, withheldFields: 0 };
  }
  if (entry.kind === 'partial') {
    const { data, metadata, withheldFields } = shownSections(entry.disclosure);
    return { eventId: entry.header.eventId, type: entry.header.type, data, metadata, position, withheldFields };
  }
  if (entry.kind !== 'entry') return null;
  const { header, scope } = shownHeaderAndScope(entry);
  if (!header || !scope) return 'no-scope';
  const withheldFields = entry.disclosure.fields.filter((field) => !('name' in field)).length;
  const metadata = { occurredOn: scope.occurredOn, recordedAt: scope.recordedAt };
  return { eventId: header.eventId, type: header.type, data: scope.links, metadata, position, withheldFields };
}

const streamOf = (entry: BundleEntry): Readonly<{ streamId: string; revision: number }> | null => {
  if (entry.kind === 'disclosed') return entry.envelope;
  if (entry.kind === 'partial') return entry.header;
  return entry.kind === 'entry' ? shownHeaderAndScope(entry).header : null;
};

/**
 * Reads the subject off the leaves: sealed leaves by their negotiation tag, shown ones by their stream,
 * and, of the negotiation's shown entries, those the subject rule selects. Assumes a bundle of the right
 * shape; whether its leaves are genuine is the bundle verifier's to say.
 */
export function readScope(bundle: EvidenceBundle, subject: DossierSubject): ScopeReading {
  const streamId = `${NEGOTIATION_STREAM_PREFIX}${subject.negotiationId}`;
  const problems: VerificationCheck[] = [];
  const candidates: Candidate[] = [];
  let confidential = 0;
  let outside = 0;
  let older = 0;
  bundle.entries.forEach((entry, position) => {
    const where = `evidence.entries[${position}]`;
    if (entry.kind === 'withheld') older += 1;
    else if (entry.kind === 'sealed') {
      if (negotiationTagOf(entry.negotiation.salt, subject.negotiationId) === entry.negotiation.tag) confidential += 1;
      else outside += 1;
    } else if (streamOf(entry)?.streamId !== streamId)
      problems.push(fail(where, scopeMessages.otherNegotiationShown()));
    else {
      const candidate = candidateOf(entry, position);
      if (candidate === 'no-scope') problems.push(fail(where, scopeMessages.scopeNotShown()));
      else if (candidate) candidates.push(candidate);
    }
  });
  const selected = selectSubjectEntries(candidates, subject);
  outside += candidates.length - selected.length;
  return {
    subject: new Set(selected.map((candidate) => candidate.position)),
    confidential,
    outside,
    older,
    withheldFields: selected.reduce((total, candidate) => total + candidate.withheldFields, 0),
    problems,
  };
}

/** The size of the bundle's last checkpoint as it states it (its signature is the bundle verifier's to check). */
const lastCheckpointSize = (bundle: EvidenceBundle): number | null => {
  const text = parseNote(bundle.checkpoints.at(-1))?.text;
  return (text === undefined ? null : parseCheckpoint(text))?.size ?? null;
};

/**
 * The dossier's subject against its leaves: the range runs from the negotiation's first entry (or leaf 0)
 * to the last checkpoint, so no entry of the subject lies outside it; every entry in it is shown, sealed
 * with a negotiation tag, or an older withheld leaf; and the withheld counts are the ones the leaves prove.
 */
export function checkScope(
  bundle: EvidenceBundle,
  subject: DossierSubject,
  stated: WithheldCounts,
): VerificationCheck[] {
  const checks: VerificationCheck[] = [];
  const size = lastCheckpointSize(bundle);
  if (size === null || bundle.range.to !== size)
    checks.push(fail('evidence.range.to', scopeMessages.rangeShort(bundle.range.to, size ?? 0)));
  const first = bundle.entries[0];
  const firstStream = first && streamOf(first);
  // An older withheld leaf says nothing of itself: there the start, like the rest of the older leaves, is stated only.
  const startsTheNegotiation =
    bundle.range.from === 0 ||
    first?.kind === 'withheld' ||
    (firstStream?.streamId === `${NEGOTIATION_STREAM_PREFIX}${subject.negotiationId}` && firstStream.revision === 0);
  if (!startsTheNegotiation) checks.push(fail('evidence.range.from', scopeMessages.rangeStartsLate()));
  const scope = readScope(bundle, subject);
  checks.push(...scope.problems);
  const countsHold =
    stated.fields === scope.withheldFields &&
    stated.entries >= scope.confidential &&
    stated.outsideSubject >= scope.outside &&
    stated.entries + stated.outsideSubject === scope.confidential + scope.outside + scope.older;
  if (!countsHold) checks.push(fail('withheld', scopeMessages.countsWrong()));
  if (checks.length > 0) return checks;
  checks.push({
    check: 'scope',
    status: 'PASS',
    where: 'subject',
    message: scopeMessages.scopeProven(scope.subject.size, scope.confidential, scope.outside),
  });
  if (scope.older > 0)
    checks.push({ check: 'scope', status: 'PASS', where: 'subject', message: scopeMessages.scopeStated(scope.older) });
  return checks;
}
