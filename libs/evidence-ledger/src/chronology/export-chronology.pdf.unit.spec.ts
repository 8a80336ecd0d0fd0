import {
  assembleDossier,
  buildEvidenceBundle,
  cosignCheckpoint,
  createCosigner,
  createNoteSigner,
  eventHash,
  eventLeafOf,
  fromHex,
  GENESIS_PREV_HASH,
  MerkleTree,
  sealedFromLine,
  signCheckpoint,
  verifierKeyOf,
  type LoggedEvent,
} from '@ledger/evidence';
import { renderChronologyPdf } from './export-chronology.pdf';

const SECRET = new Uint8Array(32).fill(5);
const signer = createNoteSigner('ledger.test/chronologie', new Uint8Array(32).fill(1));
const metadata = (occurredOn: string) => ({
  occurredOn,
  recordedAt: '2025-09-01T09:00:00.000Z',
  recordedBy: 'griffie',
  sources: [],
  classification: { level: 'parties' },
});

function dossierOf(records: readonly Pick<LoggedEvent, 'type' | 'data' | 'metadata'>[]) {
  let prevHash = GENESIS_PREV_HASH;
  const events = records.map((record, revision) => {
    const unhashed = {
      eventId: `ev-${revision}`,
      streamId: 'negotiation-chronologie',
      revision,
      schemaVersion: 1,
      prevHash,
      ...record,
    };
    prevHash = eventHash(unhashed);
    return { ...unhashed, hash: prevHash };
  });
  const tree = new MerkleTree();
  const leafOf = (event: LoggedEvent) => eventLeafOf(event, SECRET, true);
  for (const event of events) tree.appendLeafHash(fromHex(leafOf(event).leafHash)!);
  const note = signCheckpoint(
    { origin: signer.name, size: events.length, root: tree.root(events.length), extensions: [sealedFromLine(0)] },
    [signer],
  );
  const evidence = buildEvidenceBundle(
    {
      origin: signer.name,
      proofs: tree,
      leafOf,
      checkpoints: [{ size: events.length, note }],
      rotations: [],
    },
    events.map((event, index) => ({ index, event, exposure: { kind: 'disclosed' as const } })),
  );
  const subject = { negotiationId: 'chronologie', disputeId: null, from: null, to: null, asKnownAt: null };
  return assembleDossier(
    {
      exportedAt: '2025-09-01T09:00:00.000Z',
      subject,
      withheld: { entries: 0, fields: 0, outsideSubject: 0 },
      publicKeys: [],
      evidence,
      specification: '',
    },
    signer,
  );
}

/** The text lines of an uncompressed pdfkit document: each TJ array's hex strings, WinAnsi decoded. */
function linesOf(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\] TJ/g)].map(([, parts]) =>
    [...parts.matchAll(/<([0-9a-f]*)>/g)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''),
  );
}

describe('the chronology PDF', () => {
  const dossier = dossierOf([
    {
      type: 'PartyJoined',
      data: { partyId: 'vng', name: 'Vereniging van Nederlandse Gemeenten', kind: 'VNG', delegation: [] },
      metadata: metadata('2025-03-17'),
    },
    {
      type: 'DisputeRaised',
      data: { disputeId: 'd-1', raisedBy: 'vng', title: 'Compensatie tekorten 2023/2024', amountCents: 72800000000 },
      metadata: metadata('2025-04-16'),
    },
    {
      type: 'EntryCorrected',
      data: {
        correctedEventId: 'ev-1',
        entityId: 'd-1',
        reason: 'verschrijving',
        retracted: false,
        patch: { title: 'Compensatie tekorten 2023 en 2024' },
        occurredOn: null,
      },
      metadata: metadata('2025-05-01'),
    },
  ]);
  let lines: string[];
  /** The text with wrapped lines joined again (pdfkit ends a wrapped line in a space it draws as a middle dot). */
  const flowing = () => lines.map((line) => line.replace(/[\u00b7 ]+$/, '')).join(' ');

  beforeAll(async () => {
    lines = linesOf(await renderChronologyPdf(dossier, { pin: verifierKeyOf(signer), compress: false }));
  });

  it('labels every entry kind in Dutch and names the party as the dossier does', () => {
    expect(lines).toContain('2025-03-17  Partij toegetreden');
    expect(lines).toContain('2025-04-16  Geschilpunt opgeworpen');
    expect(lines).toContain('Wie / who: Vereniging van Nederlandse Gemeenten');
  });

  it('shows the corrected value in the main text and marks what was first recorded', () => {
    expect(lines).toContain('Compensatie tekorten 2023 en 2024');
    expect(lines).not.toContain('Compensatie tekorten 2023/2024');
    expect(flowing()).toContain(
      'title oorspronkelijk / originally "Compensatie tekorten 2023/2024", nu / now "Compensatie tekorten 2023 en 2024" (verschrijving)',
    );
  });

  it('says when no witness cosigned the checkpoint, and names each one that did with its time', async () => {
    expect(flowing()).toContain('cosigned by no witness');
    const witness = createCosigner('getuige.vng.example/w1', new Uint8Array(32).fill(8));
    const [note] = dossier.evidence.checkpoints;
    const cosigned = {
      ...dossier,
      evidence: { ...dossier.evidence, checkpoints: [cosignCheckpoint(note, witness, 1756717200)] },
    };
    const withWitness = linesOf(await renderChronologyPdf(cosigned, { pin: verifierKeyOf(signer), compress: false }));
    const keyId = witness.keyId.toString(16).padStart(8, '0');
    expect(withWitness).toContain(`getuige.vng.example/w1+${keyId}  2025-09-01T09:00:00.000Z`);
  });

  it('prints the key to pin and the checkpoint the entries are proven against, and no placeholders', () => {
    expect(lines).toContain(verifierKeyOf(signer));
    expect(flowing()).toContain('proven against the checkpoint of 3 items');
    expect(flowing()).toContain('de hele looptijd / the whole course');
    expect(flowing()).not.toMatch(/…|\(datum achtergehouden\)/);
  });
});
