import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNoteSigner, verifyDossier, type Dossier } from '@ledger/evidence';
import {
  COMPENSATION_DISPUTE,
  COMPENSATION_NEGOTIATION,
  EvidenceWorkspace,
  RECORDER,
} from './support/evidence-workspace';

const failures = (dossier: unknown, pin: string) =>
  verifyDossier(dossier, [pin])
    .checks.filter((item) => item.status === 'FAIL')
    .map(({ check, where }) => `${check} ${where}`);

describe('the dossier of the 2023/2024 compensation dispute, from the real record', () => {
  const workspace = new EvidenceWorkspace();
  let exported: Awaited<ReturnType<EvidenceWorkspace['export']>>;

  beforeAll(async () => {
    await workspace.importRealDataset();
    exported = await workspace.export(
      'compensatie',
      '--negotiation',
      COMPENSATION_NEGOTIATION,
      '--dispute',
      COMPENSATION_DISPUTE,
      '--withhold-personal-data',
    );
  });

  afterAll(() => workspace.destroy());

  it('exports the dispute, what is linked to it, its escalation, and everything between them as leaf hashes', () => {
    const { dossier } = exported;
    const shown = dossier.evidence.entries.flatMap((entry) => (entry.kind === 'partial' ? [entry.header.type] : []));
    // The agreement leaves the dispute as an open term; it names the cabinet's offer and was reached at a meeting.
    expect(shown).toEqual([
      'MeetingHeld',
      'ProposalTabled',
      'DisputeRaised',
      'AgreementReached',
      'EscalationAnnounced',
    ]);
    expect(dossier.subject).toEqual({
      negotiationId: COMPENSATION_NEGOTIATION,
      disputeId: COMPENSATION_DISPUTE,
      from: null,
      to: null,
      asKnownAt: null,
    });
    expect(dossier.withheld).toEqual({ entries: 0, fields: 5, outsideSubject: dossier.evidence.entries.length - 5 });
  });

  it('shows the disputed amount and the sources, withholds who recorded them, and says how many fields it withheld', () => {
    const text = readFileSync(exported.file, 'utf8');
    expect(text).toContain('72800000000');
    expect(text).toContain('civielrechtelijke procedure');
    expect(text).not.toContain(RECORDER);
    expect(exported.run.stdout).toContain('withheld: 0 entries, 5 fields');
  });

  it('verifies offline against the pinned key, printing PASS in Dutch and English', async () => {
    const run = await workspace.cli('verify', exported.file, '--pin', exported.pin);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PASS — de bundel is in orde / the bundle verifies');
  });

  it('writes a PDF chronology and the format specification beside the bundle', () => {
    const folder = join(workspace.dataDir, 'compensatie');
    expect(readFileSync(join(folder, 'chronologie.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(folder, 'FORMAT.md'), 'utf8')).toBe(exported.dossier.specification);
  });

  it('fails a bundle whose disclosed field was altered, naming the entry, with a non-zero exit', async () => {
    const altered = JSON.parse(readFileSync(exported.file, 'utf8')) as Dossier;
    const index = altered.evidence.entries.findIndex(
      (entry) => entry.kind === 'partial' && entry.header.type === 'DisputeRaised',
    );
    const entry = altered.evidence.entries[index] as Extract<
      Dossier['evidence']['entries'][number],
      { kind: 'partial' }
    >;
    const fields = entry.disclosure.fields.map((field) =>
      'name' in field && field.name === 'data.financialTerms' ? { ...field, value: [] } : field,
    );
    (altered.evidence.entries as unknown[])[index] = { ...entry, disclosure: { ...entry.disclosure, fields } };
    const file = join(workspace.dataDir, 'altered.json');
    writeFileSync(file, JSON.stringify(altered));
    const run = await workspace.cli('verify', file, '--pin', exported.pin);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`FAIL  disclosure  entries[${index}].disclosure`);
    expect(run.stderr).toContain('FAIL  manifest  manifest.parts.evidence');
  });

  it('fails a bundle whose checkpoint signature was replaced by another signature of the same key id, naming the checkpoint', () => {
    const [note] = exported.dossier.evidence.checkpoints;
    const [text, signatureLine] = [
      note.slice(0, note.lastIndexOf('\n\n') + 2),
      note.slice(note.lastIndexOf('\n\n') + 2),
    ];
    const blob = Buffer.from(signatureLine.trim().split(' ').at(-1)!, 'base64');
    const other = createNoteSigner('other', new Uint8Array(32).fill(3)).sign(new TextEncoder().encode(text));
    const replaced = Buffer.concat([blob.subarray(0, 4), other]).toString('base64');
    const forged = `${text}${signatureLine.replace(/\S+\n$/, `${replaced}\n`)}`;
    const dossier = { ...exported.dossier, evidence: { ...exported.dossier.evidence, checkpoints: [forged] } };
    expect(failures(dossier, exported.pin)).toContain('checkpoint checkpoints[0]');
  });

  it('fails when the pinned key is not the log key', async () => {
    const run = await workspace.cli('verify', exported.file, '--pin', 'someone.else/log+00000000+AQ==');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('FAIL  pinned-keys');
  });
});
