import { InMemoryEventStore, type NewEvent } from '@ledger/event-store';
import {
  assembleDossier,
  canonicalJson,
  EVENT_FIELD,
  verifierKeyOf,
  verifyDossier,
  type BundleEntry,
  type Dossier,
  type DossierParts,
} from '@ledger/evidence';
import { dossierRequestOf, exportDossier } from './dossier.exporter';
import { EvidenceLedger } from './evidence-ledger';
import { loadEvidenceKeys } from './evidence-keys';
import { TEST_EVIDENCE_ENV, TEST_NOW } from './evidence-ledger.testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RECORDER = 'medewerker-griffie-7';

const entry = (
  type: string,
  data: Record<string, unknown>,
  commandId: string,
  occurredOn = '2025-05-15',
): NewEvent => ({
  type,
  schemaVersion: 1,
  data,
  metadata: {
    occurredOn,
    recordedAt: TEST_NOW,
    recordedBy: RECORDER,
    commandId,
    correlationId: commandId,
    causationId: commandId,
    sources: [],
    classification: { level: 'public' },
  },
});

/** The type a shown entry's header gives; null for a sealed leaf. */
const shownType = (item: BundleEntry): string | null => {
  if (item.kind !== 'entry') return null;
  const header = item.disclosure.fields.find((field) => 'name' in field && field.name === EVENT_FIELD);
  return (header as { value: { type: string } } | undefined)?.value.type ?? null;
};

describe('a dispute dossier of entries recorded with sealed leaves', () => {
  let dir: string;
  let ledger: EvidenceLedger;
  let dossier: Dossier;
  let pin: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-sealed-'));
    const store = new InMemoryEventStore();
    ledger = new EvidenceLedger(store, loadEvidenceKeys(dir, TEST_EVIDENCE_ENV), {
      signAfterMeetings: false,
      now: () => TEST_NOW,
    });
    await ledger.start();
    const append = (negotiationId: string, event: NewEvent) =>
      store.append(`negotiation-${negotiationId}`, 'any', [event]);
    await append('n1', entry('NegotiationOpened', { negotiationId: 'n1', title: 'Compensatie' }, 'c1'));
    await append('n2', entry('NegotiationOpened', { negotiationId: 'n2', title: 'Elders' }, 'c2'));
    await append(
      'n1',
      entry(
        'DisputeRaised',
        {
          disputeId: 'd1',
          title: 'Tekort',
          description: '728 mln',
          raisedBy: 'vng',
          financialTerms: [],
          proposalId: null,
        },
        'c3',
      ),
    );
    await append(
      'n1',
      entry('PositionTaken', { negotiationId: 'n1', positionId: 'p1', partyId: 'rijk', stance: 'SUPPORTS' }, 'c4'),
    );
    await append(
      'n2',
      entry('PositionTaken', { negotiationId: 'n2', positionId: 'p2', partyId: 'rijk', stance: 'OPPOSES' }, 'c5'),
    );
    await append(
      'n1',
      entry(
        'EscalationAnnounced',
        { disputeId: 'd1', announcedBy: 'vng', forum: 'COURT', forumName: 'rechter', condition: 'zonder akkoord' },
        'c6',
      ),
    );
    await append(
      'n2',
      entry('PositionTaken', { negotiationId: 'n2', positionId: 'p3', partyId: 'vng', stance: 'OPPOSES' }, 'c7'),
    );
    const request = dossierRequestOf({ negotiationId: 'n1', disputeId: 'd1', withholdPersonalData: true });
    dossier = await exportDossier(ledger, request, TEST_NOW);
    pin = verifierKeyOf(ledger.signer);
  });

  afterAll(async () => {
    await ledger.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Re-assembled and signed with the log key: the strongest forger, who also holds the key. */
  const resigned = (parts: Partial<DossierParts>): Dossier => {
    const { format: _format, manifest: _manifest, signature: _signature, ...rest } = { ...dossier, ...parts };
    return assembleDossier(rest, ledger.signer);
  };
  const positionOfShown = (type: string) => dossier.evidence.entries.findIndex((item) => shownType(item) === type);
  const failures = (forged: Dossier) =>
    verifyDossier(forged, [pin])
      .checks.filter((item) => item.status === 'FAIL')
      .map(({ check, where }) => `${check} ${where}`);

  it('shows the dispute, proves the rest of the negotiation outside it, and passes', () => {
    expect(verifyDossier(dossier, [pin]).verdict).toBe('PASS');
    expect(dossier.evidence.entries.every((item) => item.kind === 'entry' || item.kind === 'sealed')).toBe(true);
    expect(dossier.evidence.entries.map(shownType).filter((type) => type !== null)).toEqual([
      'NegotiationOpened',
      'DisputeRaised',
      'PositionTaken',
      'EscalationAnnounced',
    ]);
    expect(dossier.withheld).toEqual({ entries: 0, fields: 2, outsideSubject: 5 });
    // Runs to the checkpoint: the last entry of n2 after the escalation is in the range, sealed.
    expect(dossier.evidence.entries.at(-1)?.kind).toBe('sealed');
  });

  it('withholds who recorded the entries and gives no chain hash to test guesses against', () => {
    const text = canonicalJson(dossier);
    expect(text).not.toContain(RECORDER);
    expect(text).not.toContain('"hash"');
    expect(text).not.toContain('"prevHash"');
  });

  it('fails when cut short to drop its EscalationAnnounced entry', () => {
    const escalation = positionOfShown('EscalationAnnounced');
    const entries = dossier.evidence.entries.slice(0, escalation);
    const to = dossier.evidence.range.from + escalation;
    const forged = resigned({
      evidence: { ...dossier.evidence, entries, range: { from: dossier.evidence.range.from, to } },
      // Honest counts for what is left: only DisputeRaised is in the subject.
      withheld: { entries: 0, fields: 1, outsideSubject: entries.length - 1 },
    });
    expect(failures(forged)).toEqual(['scope evidence.range.to']);
  });

  it('fails when its EscalationAnnounced entry is shown as a bare leaf outside the subject', () => {
    const escalation = positionOfShown('EscalationAnnounced');
    const shown = dossier.evidence.entries[escalation] as Extract<BundleEntry, { kind: 'entry' }>;
    const { disclosure, kind: _kind, ...rest } = shown;
    const entries = [...dossier.evidence.entries];
    entries[escalation] = { ...rest, kind: 'sealed', commitment: disclosure.commitment };
    const forged = resigned({
      evidence: { ...dossier.evidence, entries },
      withheld: { entries: 0, fields: 1, outsideSubject: dossier.withheld.outsideSubject + 1 },
    });
    expect(failures(forged)).toEqual(['scope withheld']);
  });
});
