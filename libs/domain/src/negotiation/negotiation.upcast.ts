import type { FoldableEvent } from '../shared/decider';
import { TERM_DEFAULTS } from '../shared/financial-term';
import type { Period } from '../shared/period';
import { EVENT_SCHEMA_VERSION, type NegotiationEvent, type NegotiationEventType } from './negotiation.events';

/** An event as a store holds it: its type, the schema version its data was written in, and that data. */
export type StoredEvent = Readonly<{ type: string; schemaVersion: number; data: Readonly<Record<string, unknown>> }>;

type EventData = Readonly<Record<string, unknown>>;
/** One step of one event type's data, from the version it is keyed by to the next. */
type Upcaster = (data: EventData) => EventData;

/** Amounts written before ranges, shares, the year reached, breakdowns and parts could be said: none said. */
function withTermsAsSaid(data: EventData): EventData {
  const terms = data.financialTerms;
  if (!Array.isArray(terms)) return data;
  return { ...data, financialTerms: terms.map((term: EventData) => ({ ...TERM_DEFAULTS, ...term })) };
}

/**
 * How old data reads today. Stored events never change (their bytes are hashed); each step here only says
 * what an old shape means in the current one, defaulting what the old shape could not say.
 */
const UPCASTERS: Readonly<Partial<Record<NegotiationEventType, Readonly<Record<number, Upcaster>>>>> = {
  // Version 1 had only a yes/no `binding`, and defaulted to no: kept as said, "not binding".
  RulingIssued: {
    1: ({ binding, ...data }) => ({ ...data, bindingness: binding === true ? 'binding' : 'not-binding' }),
    2: withTermsAsSaid,
  },
  // Version 1 could not say an agreement's standing, the outcomes it left open, its conditions or who bears which risk.
  AgreementReached: {
    1: (data) => ({ ...data, standing: 'unknown', openTerms: [], conditions: [], risks: [] }),
    2: withTermsAsSaid,
  },
  ProposalTabled: { 1: withTermsAsSaid },
  // Version 1 could not name the amounts a position is about.
  PositionTaken: { 1: (data) => ({ ...data, financialTerms: [] }) },
  ProposalRevised: { 1: withTermsAsSaid },
  DisputeRaised: { 1: withTermsAsSaid },
  // Version 1 named one party per promise and could not say whether its date was a deadline or a target.
  CommitmentMade: { 1: ({ partyId, ...data }) => ({ ...data, owedBy: [partyId], dueKind: 'unspecified' }) },
  // Version 1 could not link a resolution to the assembly that adopted it, nor say how it was voted.
  ResolutionAdopted: { 1: (data) => ({ ...data, meetingId: null, vote: 'unknown' }) },
  // Version 1 could correct an entry's day only, not its date as said.
  EntryCorrected: { 1: (data) => ({ ...data, occurredAsSaid: null }) },
};

/**
 * How a correction's patch of an entry of an older shape reads today. A correction stores the names its
 * target's fields had when it was made; a field that is gone under that name is renamed as the event
 * upcaster renames it. Keyed by the target's type: `partyId` means `owedBy` only on a commitment. A patch
 * written today cannot hold these names (a patch names fields the entry has), so renaming is safe.
 */
const PATCH_UPCASTERS: Readonly<Partial<Record<NegotiationEventType, Upcaster>>> = {
  RulingIssued: ({ binding, ...patch }) =>
    binding === undefined ? patch : { ...patch, bindingness: binding === true ? 'binding' : 'not-binding' },
  CommitmentMade: ({ partyId, ...patch }) => (partyId === undefined ? patch : { ...patch, owedBy: [partyId] }),
};

/**
 * A correction's patch of an entry of `targetType`, in today's field names. Amounts in an old patch get what
 * they could not say as none said; a patch written today already says it all, and the defaults change nothing.
 */
export function upcastPatch(targetType: NegotiationEventType, patch: EventData): EventData {
  const step = PATCH_UPCASTERS[targetType];
  return withTermsAsSaid(step === undefined ? patch : step(patch));
}

/** True for the event types the negotiation domain defines; anything else in the log is not the domain's to fold. */
export const isNegotiationEventType = (type: string): type is NegotiationEventType =>
  Object.hasOwn(EVENT_SCHEMA_VERSION, type);

/** Raised for an event written by a newer version of the ledger, or of a type the domain does not define. */
export class UnreadableEventError extends Error {
  constructor(
    readonly type: string,
    readonly schemaVersion: number,
    reason: string,
  ) {
    super(`cannot read a ${type} event of schema version ${schemaVersion}: ${reason}`);
    this.name = 'UnreadableEventError';
  }
}

/**
 * The one seam from a stored event to the domain event: the data of an older schema version is brought up to
 * the current one step by step. An event already at the current version is returned as it is, not copied:
 * a rebuild reads every event of the log through here.
 */
export function upcastNegotiationEvent<S extends StoredEvent>(stored: S): S & NegotiationEvent {
  const { type, schemaVersion } = stored;
  if (!isNegotiationEventType(type))
    throw new UnreadableEventError(type, schemaVersion, 'not a negotiation event type');
  const current = EVENT_SCHEMA_VERSION[type];
  if (schemaVersion === current) return stored as S & NegotiationEvent;
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > current) {
    throw new UnreadableEventError(type, schemaVersion, `this ledger reads versions 1 to ${current}`);
  }
  let data = stored.data;
  for (let version = schemaVersion; version < current; version++) {
    const step = UPCASTERS[type]?.[version];
    if (step === undefined) throw new UnreadableEventError(type, schemaVersion, `no upcaster from version ${version}`);
    data = step(data);
  }
  return { ...stored, schemaVersion: current, data } as S & NegotiationEvent;
}

/** A stored event with its identity and the valid time in its metadata, as every store hands it out. */
export type StoredEnvelope = StoredEvent &
  Readonly<{
    eventId: string;
    metadata: Readonly<{ occurredOn: string; occurredAsSaid?: Readonly<Record<keyof Period, string | null>> }>;
  }>;

/**
 * A stored event as the domain folds it, through the one seam: its data upcast, its valid time from the
 * metadata. Events written before dates as said existed hold only their day; they read as that day.
 */
export const foldableOf = (stored: StoredEnvelope): FoldableEvent<NegotiationEvent> => {
  const { type, data } = upcastNegotiationEvent(stored);
  const { occurredOn, occurredAsSaid } = stored.metadata;
  // The date as said was judged a valid Period by the decider before it was stored.
  const said = (occurredAsSaid ?? null) as Period | null;
  return { type, data, eventId: stored.eventId, occurredOn, occurredAsSaid: said } as FoldableEvent<NegotiationEvent>;
};
