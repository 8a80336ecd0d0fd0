import { canonicalJson } from './canonical-json';
import { verifyDossier, type Dossier } from './dossier';
import { buildTestDossier, resigned } from './dossier.testing';
import { eventHash, GENESIS_PREV_HASH } from './event-hash';
import type { BundleEntry } from './evidence-bundle';
import { testPinnedKeys } from './evidence-bundle.testing';
import { EVENT_FIELD, sealedLeafHashHexOf } from './sealed-leaf';
import { fieldCommitment } from './selective-disclosure';

const failuresOf = (dossier: unknown) =>
  verifyDossier(dossier, testPinnedKeys)
    .checks.filter((item) => item.status === 'FAIL')
    .map(({ check, where }) => `${check} ${where}`);

/** The shown fields of a partly shown entry, and its header, in either leaf format. */
function shownOf(entry: BundleEntry) {
  if (entry.kind !== 'partial' && entry.kind !== 'entry') return null;
  const shown = Object.fromEntries(
    entry.disclosure.fields.flatMap((field) => ('name' in field ? [[field.name, field.value]] : [])),
  );
  const header = entry.kind === 'partial' ? entry.header : (shown[EVENT_FIELD] as Record<string, unknown>);
  return { shown, header };
}

/**
 * The attack of the review: for every partly shown entry, rebuild the event from its shown fields with a
 * guessed value for the withheld field, and hash it on every hash found in the dossier as its prevHash;
 * a result that is also found in the dossier confirms the guess. Returns the confirmed guesses.
 */
function guessWithheld(dossier: Dossier, field: string, guesses: readonly string[]): string[] {
  const text = canonicalJson(dossier);
  const hashes = new Set([...text.matchAll(/[0-9a-f]{64}/g)].map(([hex]) => hex));
  const confirmed: string[] = [];
  for (const entry of dossier.evidence.entries) {
    const found = shownOf(entry);
    if (!found) continue;
    const section = (prefix: string) =>
      Object.fromEntries(
        Object.entries(found.shown).flatMap(([name, value]) =>
          name.startsWith(prefix) ? [[name.slice(prefix.length), value]] : [],
        ),
      );
    for (const guess of guesses) {
      const data = { ...section('data.'), [field]: guess };
      for (const prevHash of [GENESIS_PREV_HASH, ...hashes]) {
        const { eventId, streamId, revision, type, schemaVersion } = found.header;
        const hash = eventHash({
          eventId,
          streamId,
          revision,
          type,
          schemaVersion,
          data,
          metadata: section('metadata.'),
          prevHash,
        });
        if (hashes.has(hash)) confirmed.push(guess);
      }
    }
  }
  return confirmed;
}

describe('sealed leaves (format 3)', () => {
  const guesses = Array.from({ length: 10 }, (_, index) => `vertrouwelijk ${index}`);

  it('give no withheld field away to guesses, which confirm it on format 2 leaves', () => {
    expect(guessWithheld(buildTestDossier(), 'note', guesses)).toEqual(['vertrouwelijk 3', 'vertrouwelijk 9']);
    const sealed = buildTestDossier({ sealedFrom: 0 });
    expect(verifyDossier(sealed, testPinnedKeys).verdict).toBe('PASS');
    expect(sealed.evidence.entries.filter((entry) => entry.kind === 'entry' && shownOf(entry))).toHaveLength(4);
    expect(guessWithheld(sealed, 'note', guesses)).toEqual([]);
  });

  it('pass in a dossier whose older part keeps format 2 leaves, and say which leaves are which', () => {
    const mixed = buildTestDossier({ sealedFrom: 5 });
    const report = verifyDossier(mixed, testPinnedKeys);
    expect(report.verdict).toBe('PASS');
    expect(report.checks.find((item) => item.check === 'leaf-format')?.message.en).toBe(
      'Leaves from 5 on are sealed (format 3), earlier ones are of format 2.',
    );
  });

  describe('against an exporter who holds the log key', () => {
    const honest = buildTestDossier({ sealedFrom: 0 });
    const subjectIndex = honest.evidence.entries.findIndex((entry) => entry.kind === 'entry' && entry.index === 6);

    it('fail a subject entry passed off as a sealed leaf outside the subject', () => {
      const shown = honest.evidence.entries[subjectIndex] as Extract<BundleEntry, { kind: 'entry' }>;
      const entries = [...honest.evidence.entries];
      const { disclosure, kind: _kind, ...proof } = shown;
      entries[subjectIndex] = { ...proof, kind: 'sealed', commitment: disclosure.commitment };
      const forged = resigned(honest, {
        evidence: { ...honest.evidence, entries },
        withheld: { ...honest.withheld, outsideSubject: honest.withheld.outsideSubject + 1 },
      });
      expect(failuresOf(forged)).toEqual(['scope withheld']);
    });

    it('fail a sealed leaf passed off as a bare format 2 leaf', () => {
      const shown = honest.evidence.entries[subjectIndex] as Extract<BundleEntry, { kind: 'entry' }>;
      const entries = [...honest.evidence.entries];
      const { index, checkpoint, proof } = shown;
      // The leaf hash is the real one: only the format says it is not what it claims.
      const leafHash = sealedLeafHashHexOf(shown.disclosure.commitment, shown.negotiation);
      entries[subjectIndex] = { kind: 'withheld', index, checkpoint, proof, leafHash };
      const forged = resigned(honest, {
        evidence: { ...honest.evidence, entries },
        withheld: { ...honest.withheld, outsideSubject: honest.withheld.outsideSubject + 1 },
      });
      expect(failuresOf(forged)).toEqual([`leaf-format entries[${subjectIndex}]`]);
    });

    it('fail a dossier cut short of its last checkpoint', () => {
      const entries = honest.evidence.entries.slice(0, subjectIndex);
      const forged = resigned(honest, {
        evidence: { ...honest.evidence, entries, range: { from: 0, to: subjectIndex } },
        withheld: { ...honest.withheld, fields: 1, outsideSubject: 4 },
      });
      expect(failuresOf(forged)).toEqual(['scope evidence.range.to']);
    });

    it('fail a subject entry whose scope is withheld, so that the rule cannot select it', () => {
      const shown = honest.evidence.entries[subjectIndex] as Extract<BundleEntry, { kind: 'entry' }>;
      const fields = shown.disclosure.fields.map((field) =>
        'name' in field && field.name === 'scope'
          ? { commitment: fieldCommitment(field.name, field.salt, field.value) }
          : field,
      );
      const entries = [...honest.evidence.entries];
      entries[subjectIndex] = { ...shown, disclosure: { ...shown.disclosure, fields } };
      const forged = resigned(honest, { evidence: { ...honest.evidence, entries } });
      expect(failuresOf(forged)).toContain(`scope evidence.entries[${subjectIndex}]`);
    });

    it('fail a dossier whose subject was changed without the log key', () => {
      const forged = { ...honest, subject: { ...honest.subject, negotiationId: '1' } };
      expect(failuresOf(forged)).toContain('manifest manifest.parts.subject');
      const resignedByOther = resigned(honest, { subject: { ...honest.subject, negotiationId: '1' } });
      expect(failuresOf({ ...resignedByOther, signature: honest.signature })).toContain('signature signature');
    });
  });
});
