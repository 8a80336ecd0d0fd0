import { canonicalJson, canonicalSha256InTurns } from './canonical-json';
import { verifyBundle } from './bundle-verifier';
import type { VerifyOptions } from './held-checkpoints';
import { DOSSIER_PART_NAMES, dossierShapeProblem, MANIFEST_ALGORITHM } from './dossier-reading';
import { sha256Hex } from './merkle-hash';
import { parseStrictJson } from './strict-json';
import type { EvidenceBundle } from './evidence-bundle';
import { messages, type VerificationCheck, type VerificationReport } from './verification-report';
import { checkScope } from './dossier-scope';
import { checkDossierSignature, signDossier } from './dossier-signature';
import type { NoteSigner } from './note-key';

/** The envelope of an export: the evidence bundle with what it is about, its keys, its spec and a manifest. */
export const DOSSIER_FORMAT = 'negotiation-ledger-dossier/v2';

export type DossierSubject = Readonly<{
  negotiationId: string;
  disputeId: string | null;
  /** Inclusive YYYY-MM-DD bounds on the day an entry happened. */
  from: string | null;
  to: string | null;
  /** The ledger's knowledge at this instant: entries recorded later are not part of the subject. */
  asKnownAt: string | null;
}>;

/** Counts only: what was withheld is never named. */
export type WithheldCounts = Readonly<{
  /** Entries of the subject withheld whole (confidential). */
  entries: number;
  /** Fields withheld inside entries that are shown in part (personal data). */
  fields: number;
  /** Entries of the covered range outside the subject (other negotiations, the ledger's own events). */
  outsideSubject: number;
}>;

export type DossierParts = Readonly<{
  exportedAt: string;
  subject: DossierSubject;
  withheld: WithheldCounts;
  /** The log's public keys as vkeys, for reference only: a verifier pins keys it obtained out of band. */
  publicKeys: readonly string[];
  evidence: EvidenceBundle;
  /** FORMAT.md, so the other side can write its own verifier. */
  specification: string;
}>;

export type Dossier = DossierParts &
  Readonly<{
    format: typeof DOSSIER_FORMAT;
    manifest: Readonly<{ algorithm: typeof MANIFEST_ALGORITHM; parts: Readonly<Record<string, string>> }>;
    /** A signed note over the manifest by the log's current key, so the subject and the rest are the log's word. */
    signature: string;
  }>;

const partHash = (value: unknown): string => sha256Hex(canonicalJson(value));

const withManifest = (parts: DossierParts, hashes: Readonly<Record<string, string>>, signer: NoteSigner): Dossier => {
  const manifest = { algorithm: MANIFEST_ALGORITHM as typeof MANIFEST_ALGORITHM, parts: hashes };
  return { format: DOSSIER_FORMAT, ...parts, manifest, signature: signDossier(manifest, signer) };
};

/**
 * Adds the manifest (the SHA-256 of the canonical JSON of each part, so any edit to a part shows) and the
 * log key's signature over it.
 */
export function assembleDossier(parts: DossierParts, signer: NoteSigner): Dossier {
  const hashes = Object.fromEntries(DOSSIER_PART_NAMES.map((name) => [name, partHash(parts[name])]));
  return withManifest(parts, hashes, signer);
}

/**
 * The same dossier, the evidence part hashed entry by entry with `pace` awaited between entries: its
 * canonical text runs to tens of megabytes, too long to write in one go on a service's event loop.
 */
export async function assembleDossierInTurns(
  parts: DossierParts,
  signer: NoteSigner,
  pace: () => Promise<void>,
): Promise<Dossier> {
  const hashes: Record<string, string> = {};
  for (const name of DOSSIER_PART_NAMES)
    hashes[name] = name === 'evidence' ? await canonicalSha256InTurns(parts.evidence, pace) : partHash(parts[name]);
  return withManifest(parts, hashes, signer);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each part against the manifest; the dossier's shape is checked before, so every part and hash is there. */
function manifestChecks(dossier: Dossier): VerificationCheck[] {
  return DOSSIER_PART_NAMES.map((name) => {
    const holds = dossier.manifest.parts[name] === partHash(dossier[name]);
    return {
      check: 'manifest',
      status: holds ? 'PASS' : 'FAIL',
      where: `manifest.parts.${name}`,
      message: holds ? messages.manifestMatches(name) : messages.manifestMismatch(name),
    };
  });
}

const refused = (where: string, message: VerificationCheck['message']): VerificationReport => ({
  verdict: 'FAIL',
  checks: [{ check: 'bundle-format', status: 'FAIL', where, message }],
  summary: verifyBundle(null, []).summary,
});

/**
 * Verifies a dossier offline: its shape, its manifest, the withheld counts it states against the bundle,
 * and the bundle itself (FORMAT.md). A bare evidence bundle is verified as such.
 */
export function verifyDossier(
  input: unknown,
  pinnedVkeys: readonly string[],
  options: VerifyOptions = {},
): VerificationReport {
  if (!isRecord(input) || input.format !== DOSSIER_FORMAT) return verifyBundle(input, pinnedVkeys, options);
  const problem = dossierShapeProblem(input);
  if (problem) return refused(problem, messages.malformed(problem));
  const dossier = input as unknown as Dossier;
  const report = verifyBundle(dossier.evidence, pinnedVkeys, options);
  const bundleRead = report.checks[0]?.check !== 'bundle-format' || report.checks[0].status === 'PASS';
  const checks = [
    ...manifestChecks(dossier),
    ...(bundleRead
      ? [
          checkDossierSignature(dossier.signature, dossier.manifest, dossier.evidence, pinnedVkeys),
          ...checkScope(dossier.evidence, dossier.subject, dossier.withheld),
        ]
      : []),
    ...report.checks,
  ];
  return { ...report, verdict: checks.every((item) => item.status === 'PASS') ? 'PASS' : 'FAIL', checks };
}

/** The same for the dossier's JSON text, as read from a file: refused unless strict JSON (no repeated key, numbers as RFC 8785 writes them). */
export function verifyDossierJson(
  text: string,
  pinnedVkeys: readonly string[],
  options: VerifyOptions = {},
): VerificationReport {
  const reading = parseStrictJson(text);
  return reading.ok
    ? verifyDossier(reading.value, pinnedVkeys, options)
    : refused('(json)', messages.notStrictJson(reading.problem));
}
