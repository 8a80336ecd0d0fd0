/** Each entry kind as a Dutch reader of the chronology names it; a kind without a label keeps its own name. */
const ENTRY_LABELS: Readonly<Record<string, string>> = {
  NegotiationOpened: 'Onderhandelingstraject geopend',
  PartyJoined: 'Partij toegetreden',
  MeetingScheduled: 'Overleg gepland',
  MeetingHeld: 'Overleg gehouden',
  MeetingCancelled: 'Overleg afgelast',
  ProposalTabled: 'Voorstel ingediend',
  ProposalRevised: 'Voorstel herzien',
  ProposalWithdrawn: 'Voorstel ingetrokken',
  PositionTaken: 'Standpunt ingenomen',
  AgreementReached: 'Afspraak gemaakt',
  AgreementSuperseded: 'Afspraak vervangen',
  CommitmentMade: 'Toezegging gedaan',
  CommitmentFulfilled: 'Toezegging nagekomen',
  CommitmentMissed: 'Toezegging niet nagekomen',
  DisputeRaised: 'Geschilpunt opgeworpen',
  EscalationAnnounced: 'Escalatie aangekondigd',
  DisputeEscalated: 'Geschil geëscaleerd',
  DisputeSettled: 'Geschil beslecht',
  RulingIssued: 'Uitspraak gedaan',
  ResolutionAdopted: 'Resolutie aangenomen',
  DecisionTaken: 'Eenzijdig besluit',
  TalksSuspended: 'Gesprekken opgeschort',
  TalksResumed: 'Gesprekken hervat',
  DocumentIssued: 'Brief of rapport',
  SourceAttached: 'Bron toegevoegd',
  EntryCorrected: 'Correctie',
};

export const entryLabel = (type: string): string => ENTRY_LABELS[type] ?? type;

/** A recorded value as a reader reads it: text as written, anything else as compact JSON. */
export const readableValue = (value: unknown): string =>
  typeof value === 'string' ? `"${value}"` : JSON.stringify(value);

/** The period a dossier covers, in words: no dots or blanks for an open end. */
export function periodInWords(from: string | null, to: string | null): string {
  if (from && to) return `${from} tot en met ${to} / ${from} to ${to} inclusive`;
  if (from) return `vanaf ${from} / from ${from}`;
  if (to) return `tot en met ${to} / up to ${to}`;
  return 'de hele looptijd / the whole course';
}

/** An entry's data as it stands after the corrections recorded of it, oldest first, and each change as a line. */
export function corrected(
  data: Readonly<Record<string, unknown>>,
  occurredOn: unknown,
  corrections: readonly Readonly<{
    data: Readonly<Record<string, unknown>>;
    metadata: Readonly<Record<string, unknown>>;
  }>[],
): Readonly<{ data: Record<string, unknown>; occurredOn: unknown; retracted: boolean; notes: string[] }> {
  const current: Record<string, unknown> = { ...data };
  let day = occurredOn;
  let retracted = false;
  const notes: string[] = [];
  for (const correction of corrections) {
    const on = `Gecorrigeerd op ${String(correction.metadata.occurredOn)} / corrected on ${String(correction.metadata.occurredOn)}`;
    const reason = typeof correction.data.reason === 'string' ? ` (${correction.data.reason})` : '';
    if (correction.data.retracted === true) {
      retracted = true;
      notes.push(`${on}: ingetrokken, ten onrechte vastgelegd / retracted, recorded in error${reason}`);
      continue;
    }
    const patch = (correction.data.patch ?? {}) as Record<string, unknown>;
    for (const [field, value] of Object.entries(patch)) {
      notes.push(
        `${on}: ${field} oorspronkelijk / originally ${readableValue(current[field])}, nu / now ${readableValue(value)}${reason}`,
      );
      current[field] = value;
    }
    if (typeof correction.data.occurredOn === 'string') {
      notes.push(
        `${on}: datum oorspronkelijk / date originally ${String(day)}, nu / now ${correction.data.occurredOn}${reason}`,
      );
      day = correction.data.occurredOn;
    }
  }
  return { data: current, occurredOn: day, retracted, notes };
}
