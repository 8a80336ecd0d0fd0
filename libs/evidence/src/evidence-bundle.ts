import { LEAF_HEADER_KEYS, type LeafHeader } from './evidence-leaf';
import { isHashHex, isHashHexList } from './merkle-hash';
import type { Disclosure } from './selective-disclosure';
import type { NegotiationTag } from './sealed-leaf';

/** The format tag of version 4; a verifier refuses any other. Spec: libs/evidence/FORMAT.md. */
export const BUNDLE_FORMAT = 'negotiation-ledger-evidence/v4';

/** Lower-case hex SHA-256 hashes throughout; checkpoints are C2SP signed notes as text. */
type EntryProof = Readonly<{
  /** 0-based leaf index in the global log. */
  index: number;
  /** Tree size of the bundled checkpoint the proof leads to. */
  checkpoint: number;
  /** RFC 9162 audit path, deepest sibling first. */
  proof: readonly string[];
}>;

/** A wholly shown event: exactly the fields its chain hash covers, plus that hash. */
export type BundledEnvelope = LeafHeader &
  Readonly<{ data: Readonly<Record<string, unknown>>; metadata: Readonly<Record<string, unknown>>; prevHash: string }>;

export type BundleEntry =
  /** `salts` maps every committed field name to its base64 salt, so the verifier can recompute the commitment. */
  | (EntryProof & Readonly<{ kind: 'disclosed'; envelope: BundledEnvelope; salts: Readonly<Record<string, string>> }>)
  | (EntryProof & Readonly<{ kind: 'partial'; header: LeafHeader; disclosure: Disclosure }>)
  | (EntryProof & Readonly<{ kind: 'withheld'; leafHash: string }>)
  /** A sealed leaf (format 3), shown whole or in part: its header is the committed field `event`. */
  | (EntryProof & Readonly<{ kind: 'entry'; negotiation: NegotiationTag; disclosure: Disclosure }>)
  /** A sealed leaf withheld whole: only its entry commitment and negotiation tag. */
  | (EntryProof & Readonly<{ kind: 'sealed'; negotiation: NegotiationTag; commitment: string }>);

export type ConsistencyStep = Readonly<{ from: number; to: number; proof: readonly string[] }>;

export type EvidenceBundle = Readonly<{
  format: typeof BUNDLE_FORMAT;
  origin: string;
  /** The leaf indices [from, to) the entries cover, each exactly once and in order. */
  range: Readonly<{ from: number; to: number }>;
  /** Signed key rotation statements (v2, with the log's size and root), oldest first. */
  rotations: readonly string[];
  /** Signed checkpoints in strictly ascending tree size. */
  checkpoints: readonly string[];
  /** One consistency proof per pair of consecutive signed heads: checkpoints and rotations, by size. */
  consistency: readonly ConsistencyStep[];
  entries: readonly BundleEntry[];
}>;

export type BundleReading = Readonly<{ ok: true; bundle: EvidenceBundle }> | Readonly<{ ok: false; where: string }>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Every key present and no other: an unknown key may be a field the verifier would silently skip. */
const hasExactKeys = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).length === keys.length && keys.every((key) => Object.hasOwn(value, key));

const ENTRY_KEYS = {
  disclosed: ['kind', 'index', 'checkpoint', 'proof', 'envelope', 'salts'],
  partial: ['kind', 'index', 'checkpoint', 'proof', 'header', 'disclosure'],
  withheld: ['kind', 'index', 'checkpoint', 'proof', 'leafHash'],
  entry: ['kind', 'index', 'checkpoint', 'proof', 'negotiation', 'disclosure'],
  sealed: ['kind', 'index', 'checkpoint', 'proof', 'negotiation', 'commitment'],
} as const;

/** Its salt is checked where the entry is verified, so a bad one is reported per entry. */
const isNegotiationTag = (value: unknown): value is NegotiationTag =>
  isRecord(value) && hasExactKeys(value, ['salt', 'tag']) && typeof value.salt === 'string' && isHashHex(value.tag);

const isHeaderOf = (value: unknown, keys: readonly string[]): boolean =>
  isRecord(value) &&
  hasExactKeys(value, keys) &&
  typeof value.eventId === 'string' &&
  typeof value.streamId === 'string' &&
  isIndex(value.revision) &&
  typeof value.type === 'string' &&
  isIndex(value.schemaVersion) &&
  isHashHex(value.hash);

const isEnvelope = (value: unknown): value is BundledEnvelope =>
  isHeaderOf(value, [...LEAF_HEADER_KEYS, 'data', 'metadata', 'prevHash']) &&
  isRecord((value as Record<string, unknown>).data) &&
  isRecord((value as Record<string, unknown>).metadata) &&
  isHashHex((value as Record<string, unknown>).prevHash);

function isEntry(value: unknown): value is BundleEntry {
  if (!isRecord(value) || typeof value.kind !== 'string' || !Object.hasOwn(ENTRY_KEYS, value.kind)) return false;
  const kind = value.kind as keyof typeof ENTRY_KEYS;
  if (
    !hasExactKeys(value, ENTRY_KEYS[kind]) ||
    !isIndex(value.index) ||
    !isIndex(value.checkpoint) ||
    !isHashHexList(value.proof)
  )
    return false;
  // Salts and disclosures are checked where they are verified, so their failure is reported per entry.
  if (kind === 'disclosed') return isEnvelope(value.envelope) && isRecord(value.salts);
  if (kind === 'partial') return isHeaderOf(value.header, LEAF_HEADER_KEYS) && isRecord(value.disclosure);
  if (kind === 'entry') return isNegotiationTag(value.negotiation) && isRecord(value.disclosure);
  if (kind === 'sealed') return isNegotiationTag(value.negotiation) && isHashHex(value.commitment);
  return isHashHex(value.leafHash);
}

const isConsistencyStep = (value: unknown): value is ConsistencyStep =>
  isRecord(value) &&
  hasExactKeys(value, ['from', 'to', 'proof']) &&
  isIndex(value.from) &&
  isIndex(value.to) &&
  isHashHexList(value.proof);

/** Checks the shape of untrusted input, naming the first place it deviates; never throws. */
export function readBundle(input: unknown): BundleReading {
  if (!isRecord(input)) return { ok: false, where: '(bundle)' };
  const keys = ['format', 'origin', 'range', 'rotations', 'checkpoints', 'consistency', 'entries'];
  if (!hasExactKeys(input, keys)) return { ok: false, where: '(bundle keys)' };
  if (input.format !== BUNDLE_FORMAT) return { ok: false, where: 'format' };
  if (typeof input.origin !== 'string' || input.origin === '') return { ok: false, where: 'origin' };
  const range = input.range;
  if (!isRecord(range) || !hasExactKeys(range, ['from', 'to']) || !isIndex(range.from) || !isIndex(range.to))
    return { ok: false, where: 'range' };
  if (!isStringList(input.rotations)) return { ok: false, where: 'rotations' };
  if (!isStringList(input.checkpoints)) return { ok: false, where: 'checkpoints' };
  if (!Array.isArray(input.consistency)) return { ok: false, where: 'consistency' };
  const badStep = input.consistency.findIndex((step) => !isConsistencyStep(step));
  if (badStep >= 0) return { ok: false, where: `consistency[${badStep}]` };
  if (!Array.isArray(input.entries)) return { ok: false, where: 'entries' };
  const badEntry = input.entries.findIndex((entry) => !isEntry(entry));
  if (badEntry >= 0) return { ok: false, where: `entries[${badEntry}]` };
  return { ok: true, bundle: input as unknown as EvidenceBundle };
}
