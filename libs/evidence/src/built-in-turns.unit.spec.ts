import { canonicalJson, canonicalSha256InTurns } from './canonical-json';
import { assembleDossier, assembleDossierInTurns, type DossierParts } from './dossier';
import { buildEvidenceBundle, buildEvidenceBundleInTurns } from './evidence-bundle.builder';
import { testBundleInputs, testLogKey, testPinnedKeys } from './evidence-bundle.testing';
import { sha256Hex } from './merkle-hash';

/** A pace that counts its calls and gives way to the event loop's next turn, as the exporter's does. */
function countingPace() {
  const pace = Object.assign(
    async () => {
      pace.calls += 1;
      await new Promise((resolve) => setImmediate(resolve));
    },
    { calls: 0 },
  );
  return pace;
}

const inputs = () => testBundleInputs({ logSize: 40, checkpointSizes: [12, 40], range: { from: 3, to: 37 } });

describe('building a dossier in turns', () => {
  it('builds the same bundle as in one go, giving way before every entry', async () => {
    const { source, entries } = inputs();
    const pace = countingPace();

    const inTurns = await buildEvidenceBundleInTurns(source, entries, pace);

    expect(inTurns).toEqual(buildEvidenceBundle(source, entries));
    expect(canonicalJson(inTurns)).toBe(canonicalJson(buildEvidenceBundle(source, entries)));
    expect(pace.calls).toBe(entries.length);
  });

  it('hashes the canonical text of a record with long arrays to the same digest, item by item', async () => {
    const { source, entries } = inputs();
    const bundle = buildEvidenceBundle(source, entries);
    const odd = { z: [], 'é key': [{ b: 1, a: [2, 'x'] }, null], a: { y: 1, x: 2 }, gone: undefined, m: 'text' };

    for (const record of [bundle, odd, {}]) {
      const pace = countingPace();
      expect(await canonicalSha256InTurns(record, pace)).toBe(sha256Hex(canonicalJson(record)));
    }
  });

  it('assembles the same dossier, manifest included', async () => {
    const { source, entries } = inputs();
    const parts: DossierParts = {
      exportedAt: '2025-09-01T09:00:00.000Z',
      subject: { negotiationId: 'negotiation-0', disputeId: null, from: null, to: null, asKnownAt: null },
      withheld: { entries: 0, fields: 11, outsideSubject: 12 },
      publicKeys: testPinnedKeys,
      evidence: buildEvidenceBundle(source, entries),
      specification: 'FORMAT.md',
    };
    const pace = countingPace();

    expect(await assembleDossierInTurns(parts, testLogKey, pace)).toEqual(assembleDossier(parts, testLogKey));
    // Once before each item of the bundle's arrays: its entries, checkpoints and consistency proofs.
    expect(pace.calls).toBe(entries.length + parts.evidence.checkpoints.length + parts.evidence.consistency.length);
  });
});
