import { BUNDLE_FORMAT, type BundleEntry, type BundledEnvelope, type EvidenceBundle } from './evidence-bundle';
import { inCanonicalOrder } from './canonical-json';
import { leafHeaderOf, type LoggedEvent } from './evidence-leaf';
import { toHex } from './merkle-hash';
import type { EventLeaf } from './sealed-leaf';
import { discloseFields } from './selective-disclosure';

/** How much of one event a bundle shows: all of it, all but some fields, or only its leaf hash. */
export type EntryExposure =
  | Readonly<{ kind: 'disclosed' }>
  | Readonly<{ kind: 'partial'; isWithheldField: (fieldName: string) => boolean }>
  | Readonly<{ kind: 'withheld' }>;

/** The log's proofs, as the Merkle tree gives them. */
export type ProofSource = Readonly<{
  inclusionProof(index: number, size: number): Uint8Array[];
  consistencyProof(fromSize: number, toSize: number): Uint8Array[];
}>;

export type BundleSource = Readonly<{
  origin: string;
  proofs: ProofSource;
  /** The event's leaf as the log holds it (`eventLeafOf`): its fields with their salts and commitments. */
  leafOf: (event: LoggedEvent) => EventLeaf;
  /** Signed checkpoint notes with their sizes, strictly ascending; entries are proven against the last one. */
  checkpoints: readonly Readonly<{ size: number; note: string }>[];
  /** Signed key rotations, oldest first, with the log size each states. */
  rotations: readonly Readonly<{ size: number; statement: string }>[];
}>;

/** One event of the range, at its leaf index, with what the bundle may show of it. */
export type PlannedEntry = Readonly<{ index: number; event: LoggedEvent; exposure: EntryExposure }>;

/**
 * Exactly the fields the chain hash covers: a stored envelope may carry more, such as its global position.
 * Content is written in canonical key order (the same values), so a verifier canonicalizes it at native speed.
 */
const bundledEnvelopeOf = (event: LoggedEvent): BundledEnvelope => ({
  ...leafHeaderOf(event),
  data: inCanonicalOrder(event.data),
  metadata: inCanonicalOrder(event.metadata),
  prevHash: event.prevHash,
});

function bundleEntryOf({ index, event, exposure }: PlannedEntry, source: BundleSource, proofSize: number): BundleEntry {
  const proof = { index, checkpoint: proofSize, proof: source.proofs.inclusionProof(index, proofSize).map(toHex) };
  const leaf = source.leafOf(event);
  const { committed } = leaf;
  if (leaf.sealed) {
    const { negotiation } = leaf;
    if (exposure.kind === 'withheld')
      return { kind: 'sealed', ...proof, negotiation, commitment: committed.commitment };
    const isWithheld = exposure.kind === 'partial' ? exposure.isWithheldField : () => false;
    return { kind: 'entry', ...proof, negotiation, disclosure: discloseFields(committed, (name) => !isWithheld(name)) };
  }
  if (exposure.kind === 'withheld') return { kind: 'withheld', ...proof, leafHash: leaf.leafHash };
  if (exposure.kind === 'partial') {
    return {
      kind: 'partial',
      ...proof,
      header: leafHeaderOf(event),
      disclosure: discloseFields(committed, (name) => !exposure.isWithheldField(name)),
    };
  }
  const salts = Object.fromEntries(committed.fields.map((field) => [field.name, field.salt]));
  return { kind: 'disclosed', ...proof, envelope: bundledEnvelopeOf(event), salts };
}

/** Everything of a bundle but its entries, and the checkpoint size the entries are proven against. */
function bundleHeadOf(
  source: BundleSource,
  entries: readonly PlannedEntry[],
): { proofSize: number; head: Omit<EvidenceBundle, 'entries'> } {
  const last = source.checkpoints.at(-1);
  if (!last || entries.length === 0) throw new RangeError('a bundle needs at least one checkpoint and one entry');
  const from = entries[0].index;
  const to = from + entries.length;
  if (entries.some((entry, i) => entry.index !== from + i) || to > last.size)
    throw new RangeError('entries must cover a range of the last checkpoint');
  // The verifier takes each rotation's stated size and root as a signed head beside the checkpoints.
  const headSizes = [...new Set([...source.checkpoints, ...source.rotations].map(({ size }) => size))].sort(
    (left, right) => left - right,
  );
  const consistency = headSizes.slice(1).map((size, i) => {
    const previous = headSizes[i];
    return { from: previous, to: size, proof: source.proofs.consistencyProof(previous, size).map(toHex) };
  });
  return {
    proofSize: last.size,
    head: {
      format: BUNDLE_FORMAT,
      origin: source.origin,
      range: { from, to },
      rotations: source.rotations.map(({ statement }) => statement),
      checkpoints: source.checkpoints.map((checkpoint) => checkpoint.note),
      consistency,
    },
  };
}

/**
 * Assembles a bundle over a contiguous range of the log (FORMAT.md): every entry of the range in order,
 * each proven against the last checkpoint, and a consistency proof between each pair of consecutive signed
 * heads (checkpoints and rotations).
 */
export function buildEvidenceBundle(source: BundleSource, entries: readonly PlannedEntry[]): EvidenceBundle {
  const { proofSize, head } = bundleHeadOf(source, entries);
  return { ...head, entries: entries.map((entry) => bundleEntryOf(entry, source, proofSize)) };
}

/**
 * The same bundle, built entry by entry with `pace` awaited before each, so a service can answer other
 * requests while it builds tens of thousands of entries (each costs hashes and a proof).
 */
export async function buildEvidenceBundleInTurns(
  source: BundleSource,
  entries: readonly PlannedEntry[],
  pace: () => Promise<void>,
): Promise<EvidenceBundle> {
  const { proofSize, head } = bundleHeadOf(source, entries);
  const built: BundleEntry[] = [];
  for (const entry of entries) {
    await pace();
    built.push(bundleEntryOf(entry, source, proofSize));
  }
  return { ...head, entries: built };
}
