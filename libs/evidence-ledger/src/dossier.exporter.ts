import { negotiationStreamId, type Viewer } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import {
  assembleDossierInTurns,
  buildEvidenceBundleInTurns,
  EVENT_FIELD,
  readFormatSpecification,
  SCOPE_FIELD,
  selectSubjectEntries,
  type Dossier,
  type DossierSubject,
  type EntryExposure,
  type LoggedEvent,
  type PlannedEntry,
} from '@ledger/evidence';
import { CooperativePacer } from './cooperative-pacer';
import type { EvidenceLedger, RecordedCheckpoint } from './evidence-ledger';
import { EvidenceError, EvidenceErrorCode } from './evidence.errors';
import { entriesHiddenFrom, mayKnowNegotiation } from './evidence-access';
import { PERSONAL_DATA_FIELDS } from './dossier-subject';

export type DossierRequest = DossierSubject &
  Readonly<{
    /** Subject entries of these classification levels are withheld whole (e.g. `internal`). */
    withholdClassifications: readonly string[];
    /** Fields (`data.<key>`, `metadata.<key>`) withheld wherever they occur, the entry shown in part. */
    withholdFields: readonly string[];
    /** Whom the dossier is for: entries they may not see are withheld whole. Null for the CLI, run by whoever holds the store. */
    viewer: Viewer | null;
    /** Sizes of checkpoints the reader holds: the recorded checkpoints of these sizes join the bundle, with consistency proofs. */
    consistentWith: readonly number[];
  }>;

const PAGE_SIZE = 1000;

/**
 * A dossier of tens of thousands of entries is seconds of hashing; done in slices this long, with a turn of
 * the event loop between them, a service answers its other requests (health probes above all) meanwhile.
 */
const BUILD_SLICE_MS = 10;

/** The events of leaves [from, to), read from the store page by page. */
async function readRange(ledger: EvidenceLedger, from: number, to: number): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  while (events.length < to - from) {
    const after = ledger.log.positionOf(from + events.length) - 1;
    events.push(...(await ledger.store.readAll({ after, limit: Math.min(PAGE_SIZE, to - from - events.length) })));
  }
  return events;
}

/** An entry of the negotiation outside the subject, in a sealed leaf: shown by what decides that, nothing more. */
const SCOPE_ONLY: EntryExposure = {
  kind: 'partial',
  isWithheldField: (name) => name !== EVENT_FIELD && name !== SCOPE_FIELD,
};

/** How the dossier shows one event of its range, by where it stands to the subject. */
type Standing = 'subject' | 'confidential' | 'negotiation' | 'outside';

function exposureOf(event: RecordedEvent, standing: Standing, sealed: boolean, request: DossierRequest): EntryExposure {
  if (standing === 'negotiation' && sealed) return SCOPE_ONLY;
  if (standing !== 'subject') return { kind: 'withheld' };
  const withheld = new Set(request.withholdFields);
  const present = [
    ...Object.keys(event.data).map((key) => `data.${key}`),
    ...Object.keys(event.metadata).map((key) => `metadata.${key}`),
  ];
  return present.some((name) => withheld.has(name))
    ? { kind: 'partial', isWithheldField: (name) => withheld.has(name) }
    : { kind: 'disclosed' };
}

/**
 * The checkpoints a bundle carries, one per size and by ascending size (the service signs older sizes after
 * the fact when it catches up, so the recorded order is not the size order): those signed by the current
 * key from the start of the range on, the last one covering the range, and the recorded ones of the sizes
 * the reader holds, whichever key signed them. Newer checkpoints than the newest cosigned one that covers
 * the range are left out, so the proofs lead to a checkpoint a witness vouched for.
 */
async function checkpointsFor(
  ledger: EvidenceLedger,
  from: number,
  to: number,
  consistentWith: readonly number[],
): Promise<readonly RecordedCheckpoint[]> {
  const byCurrentKey = () => ledger.checkpoints.filter((checkpoint) => checkpoint.keyId === ledger.keyId);
  if (!byCurrentKey().some((checkpoint) => checkpoint.size >= to)) await ledger.signCheckpointNow();
  const bySize = new Map<number, RecordedCheckpoint>();
  for (const checkpoint of byCurrentKey())
    if (checkpoint.size > from && !bySize.has(checkpoint.size)) bySize.set(checkpoint.size, checkpoint);
  for (const size of consistentWith) {
    const held = bySize.get(size) ?? ledger.checkpoints.find((checkpoint) => checkpoint.size === size);
    if (!held)
      throw new EvidenceError(
        EvidenceErrorCode.InvalidRequest,
        `The ledger recorded no checkpoint of ${size} entries`,
        'consistentWith',
      );
    bySize.set(size, held);
  }
  const ordered = [...bySize.values()].sort((left, right) => left.size - right.size);
  // Entries are proven against the last checkpoint: the newest one a witness cosigned, when one covers the range.
  const cosigned = ordered.filter((checkpoint) => checkpoint.size >= to && ledger.isCosigned(checkpoint)).at(-1);
  return cosigned
    ? ordered.filter((checkpoint) => checkpoint.size <= cosigned.size || consistentWith.includes(checkpoint.size))
    : ordered;
}

/**
 * Exports the dossier of a negotiation: every leaf from its first to its last subject entry, subject
 * entries shown (whole, or in part when fields are withheld), confidential ones and everything outside
 * the subject as leaf hashes only, all proven against a signed checkpoint. Entries the viewer may not see
 * are confidential to them: withheld and counted, so the dossier says how many, never what they said.
 */
export async function exportDossier(
  ledger: EvidenceLedger,
  request: DossierRequest,
  exportedAt: string,
): Promise<Dossier> {
  await ledger.caughtUp();
  const negotiationEvents = await ledger.store.readStream(negotiationStreamId(request.negotiationId));
  // A negotiation whose opening the viewer may not see does not exist for them, as on the read side.
  const known =
    negotiationEvents.length > 0 && (request.viewer === null || mayKnowNegotiation(request.viewer, negotiationEvents));
  if (!known)
    throw new EvidenceError(EvidenceErrorCode.NotFound, `No negotiation ${request.negotiationId}`, 'negotiationId');
  const hiddenIds = entriesHiddenFrom(request.viewer, negotiationEvents);
  // Entries withheld whole (hidden from the viewer, or of a withheld classification) are confidential; the
  // subject is chosen among the shown ones, as a verifier chooses it from what the dossier shows.
  const confidentialIds = new Set(
    negotiationEvents
      .filter(
        (event) =>
          hiddenIds.has(event.eventId) || request.withholdClassifications.includes(event.metadata.classification.level),
      )
      .map((event) => event.eventId),
  );
  const subjectEntries = selectSubjectEntries(
    negotiationEvents.filter((event) => !confidentialIds.has(event.eventId)),
    request,
  );
  if (subjectEntries.length === 0)
    throw new EvidenceError(
      EvidenceErrorCode.NothingToExport,
      'No entries of the negotiation match the dossier request',
    );
  // From the negotiation's first entry to the checkpoint the entries are proven against: no entry of the
  // subject can lie outside the range, and a verifier can see that.
  const from = ledger.log.indexOfPosition(negotiationEvents[0].globalPosition)!;
  const lastEntry = ledger.log.indexOfPosition(negotiationEvents[negotiationEvents.length - 1].globalPosition)! + 1;
  const checkpoints = await checkpointsFor(ledger, from, lastEntry, request.consistentWith);
  const to = checkpoints[checkpoints.length - 1].size;
  const subjectIds = new Set(subjectEntries.map((event) => event.eventId));
  const negotiationIds = new Set(negotiationEvents.map((event) => event.eventId));
  const standingOf = (event: RecordedEvent): Standing =>
    subjectIds.has(event.eventId)
      ? 'subject'
      : confidentialIds.has(event.eventId)
        ? 'confidential'
        : negotiationIds.has(event.eventId)
          ? 'negotiation'
          : 'outside';
  const planned = (await readRange(ledger, from, to)).map((event, offset) => {
    const standing = standingOf(event);
    const exposure = exposureOf(event, standing, ledger.leafOf(event).sealed, request);
    return { index: from + offset, event, exposure, standing };
  });
  const cosigned = checkpoints.map((checkpoint) => ({ size: checkpoint.size, note: ledger.cosignedNote(checkpoint) }));
  const source = {
    origin: ledger.origin,
    proofs: ledger.log.tree,
    leafOf: (event: LoggedEvent) => ledger.leafOf(event as RecordedEvent),
    checkpoints: cosigned,
    rotations: ledger.rotations,
  };
  const pacer = new CooperativePacer(BUILD_SLICE_MS);
  const pace = () => pacer.pace();
  const evidence = await buildEvidenceBundleInTurns(source, planned satisfies PlannedEntry[], pace);
  const withheldFieldsOf = (entry: (typeof evidence.entries)[number]) =>
    entry.kind === 'partial' || entry.kind === 'entry'
      ? entry.disclosure.fields.filter((field) => 'commitment' in field).length
      : 0;
  const fields = evidence.entries.reduce(
    (total, entry, offset) => total + (planned[offset].standing === 'subject' ? withheldFieldsOf(entry) : 0),
    0,
  );
  const confidential = planned.filter(({ standing }) => standing === 'confidential').length;
  const { negotiationId, disputeId, from: fromDay, to: toDay, asKnownAt } = request;
  return assembleDossierInTurns(
    {
      exportedAt,
      subject: { negotiationId, disputeId, from: fromDay, to: toDay, asKnownAt },
      withheld: {
        entries: confidential,
        fields,
        outsideSubject: planned.length - subjectEntries.length - confidential,
      },
      publicKeys: ledger.publicKeys,
      evidence,
      specification: readFormatSpecification(),
    },
    ledger.signer,
    pace,
  );
}

export type DossierOptions = Readonly<{
  negotiationId: string;
  disputeId?: string;
  from?: string;
  to?: string;
  asKnownAt?: string;
  withholdClassifications?: readonly string[];
  withholdPersonalData?: boolean;
  viewer?: Viewer;
  consistentWith?: readonly number[];
}>;

/** One reading of the options for the CLI and GraphQL; the instant is normalized so it compares with recordedAt. */
export function dossierRequestOf(options: DossierOptions): DossierRequest {
  const asKnownAt = options.asKnownAt === undefined ? null : new Date(options.asKnownAt);
  if (asKnownAt && Number.isNaN(asKnownAt.getTime()))
    throw new EvidenceError(EvidenceErrorCode.InvalidRequest, 'asKnownAt must be an ISO 8601 instant', 'asKnownAt');
  if (options.consistentWith?.some((size) => !Number.isSafeInteger(size) || size < 1)) {
    throw new EvidenceError(
      EvidenceErrorCode.InvalidRequest,
      'consistentWith must list checkpoint sizes, whole numbers of at least 1',
      'consistentWith',
    );
  }
  return {
    negotiationId: options.negotiationId,
    disputeId: options.disputeId ?? null,
    from: options.from ?? null,
    to: options.to ?? null,
    asKnownAt: asKnownAt?.toISOString() ?? null,
    withholdClassifications: options.withholdClassifications ?? [],
    withholdFields: options.withholdPersonalData ? PERSONAL_DATA_FIELDS : [],
    viewer: options.viewer ?? null,
    consistentWith: options.consistentWith ?? [],
  };
}
