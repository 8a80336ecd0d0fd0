import { assembleDossier, type Dossier, type DossierParts } from './dossier';
import { buildTestBundle, testLogKey, testPinnedKeys } from './evidence-bundle.testing';
import type { EntryExposure } from './evidence-bundle.builder';

/** The test log's negotiation `0` (stream negotiation-0: every third event, from leaf 0). */
export const TEST_SUBJECT = { negotiationId: '0', disputeId: null, from: null, to: null, asKnownAt: null } as const;

/** Its entries shown, whole and with data.note withheld by turns; every other leaf withheld whole. */
const testKindOf = (index: number): EntryExposure['kind'] =>
  index % 3 !== 0 ? 'withheld' : index % 2 === 0 ? 'disclosed' : 'partial';

/**
 * A dossier of negotiation 0 over the whole test log, as the exporter makes it: from its first entry to the
 * last checkpoint, signed by the log key. `sealedFrom` makes the leaves from there on sealed (format 3).
 */
export function buildTestDossier(
  options: Readonly<{ logSize?: number; sealedFrom?: number | null; parts?: Partial<DossierParts> }> = {},
): Dossier {
  const { logSize = 10, sealedFrom = null } = options;
  const evidence = buildTestBundle({
    logSize,
    checkpointSizes: [6, logSize],
    range: { from: 0, to: logSize },
    kindOf: testKindOf,
    sealedFrom,
  });
  const indices = Array.from({ length: logSize }, (_, index) => index);
  return assembleDossier(
    {
      exportedAt: '2025-09-01T09:00:00.000Z',
      subject: TEST_SUBJECT,
      withheld: {
        entries: 0,
        fields: indices.filter((index) => testKindOf(index) === 'partial').length,
        outsideSubject: indices.filter((index) => testKindOf(index) === 'withheld').length,
      },
      publicKeys: testPinnedKeys,
      evidence,
      specification: 'FORMAT.md',
      ...options.parts,
    },
    testLogKey,
  );
}

/** Re-assembles manifest and signature over edited parts, as a forger holding the log key would. */
export const resigned = (dossier: Dossier, parts: Partial<DossierParts>): Dossier => {
  const { format: _format, manifest: _manifest, signature: _signature, ...rest } = { ...dossier, ...parts };
  return assembleDossier(rest, testLogKey);
};
