import { canonicalJson } from './canonical-json';
import { isHashHex, sha256Hex, toBase64 } from './merkle-hash';

/**
 * The salt of each field, by field name: the ledger derives them from its evidence secret (see
 * `fieldSaltsOf`), so they need not be stored and any export can reveal them; tests pass a seeded source.
 */
export type FieldSaltSource = (fieldName: string) => Uint8Array;

/** 128 bits: enough that a withheld field cannot be guessed by hashing candidate values. */
export const SALT_BYTES = 16;

/** The committable part of a recorded entry: its top-level data and metadata fields. */
export type CommittableEntry = Readonly<{
  data: Readonly<Record<string, unknown>>;
  metadata: Readonly<Record<string, unknown>>;
}>;

export type CommittedField = Readonly<{ name: string; salt: string; value: unknown; commitment: string }>;

/** Kept by the ledger, never exported whole: every field with its salt, in committed order. */
export type CommittedEntry = Readonly<{ commitment: string; fields: readonly CommittedField[] }>;

/** One position in the committed order: a field shown with its salt, or only its commitment. */
export type DisclosureField =
  Readonly<{ name: string; salt: string; value: unknown }> | Readonly<{ commitment: string }>;

/** What an export carries for a partly shown entry; withheld fields show neither name nor value. */
export type Disclosure = Readonly<{ commitment: string; fields: readonly DisclosureField[] }>;

export type DisclosureCheck =
  | Readonly<{ ok: true; disclosed: Readonly<Record<string, unknown>>; withheldFields: number }>
  | Readonly<{ ok: false; reason: 'malformed' | 'commitment-mismatch' }>;

/**
 * canonicalJson({ name, salt, value }) written out: the three keys are in canonical order already and name
 * and salt are strings (RFC 8785 writes strings as JSON.stringify does), so only the value needs the
 * canonicalizer. An undefined value has no JSON form and drops out, as in canonicalJson.
 */
function fieldJson(name: string, salt: string, value: unknown): string {
  if (value === undefined) return canonicalJson({ name, salt });
  return fieldJsonOfParts(JSON.stringify(name), JSON.stringify(salt), canonicalJson(value));
}

const fieldJsonOfParts = (nameJson: string, saltJson: string, valueJson: string): string =>
  `{"name":${nameJson},"salt":${saltJson},"value":${valueJson}}`;

/** fieldCommitment = SHA-256(canonicalJson({ name, salt, value })), hex encoded. */
export const fieldCommitment = (name: string, salt: string, value: unknown): string =>
  sha256Hex(fieldJson(name, salt, value));

/** The same from the canonical JSON of name, salt and value, for a caller that has written them already. */
export const fieldCommitmentOfJsonParts = (nameJson: string, saltJson: string, valueJson: string): string =>
  sha256Hex(fieldJsonOfParts(nameJson, saltJson, valueJson));

/**
 * The entry commitment: SHA-256 of the field commitments' bytes joined in committed order. Every disclosure
 * carries every field's commitment (or what gives it), so a flat hash binds them as a tree would, with one
 * hash instead of one per field and one per node.
 */
export const commitmentOver = (fieldCommitments: readonly string[]): string =>
  sha256Hex(Buffer.from(fieldCommitments.join(''), 'hex'));

/** A salt as the format writes it: base64 of exactly SALT_BYTES bytes, canonically padded (the last digit carries 2 bits). */
export const isSaltBase64 = (value: string): boolean => /^[A-Za-z0-9+/]{21}[AQgw]==$/.test(value);

/** The same for a list of salts, with one regular expression over them all, cheaper than one per salt. */
export const areSaltsBase64 = (values: readonly string[]): boolean =>
  values.every((value) => value.length === 24) && /^(?:[A-Za-z0-9+/]{21}[AQgw]==)*$/.test(values.join(''));

/**
 * Commits named fields, sorted by name in UTF-16 code unit order (the order RFC 8785 sorts keys in).
 * Undefined values have no JSON form and are left out, as canonical JSON leaves them out of the envelope.
 */
export function commitFields(named: readonly (readonly [string, unknown])[], saltOf: FieldSaltSource): CommittedEntry {
  const fields = named
    .filter(([, value]) => value !== undefined)
    .sort(([left], [right]) => (left < right ? -1 : 1))
    .map(([name, value]) => {
      const salt = toBase64(saltOf(name));
      return { name, salt, value, commitment: fieldCommitment(name, salt, value) };
    });
  return { commitment: commitmentOver(fields.map((field) => field.commitment)), fields };
}

/** Commits every top-level field of data and metadata as `data.<key>` / `metadata.<key>`. */
export const commitEntry = (entry: CommittableEntry, saltOf: FieldSaltSource): CommittedEntry =>
  commitFields(
    [
      ...Object.entries(entry.data).map(([key, value]) => [`data.${key}`, value] as const),
      ...Object.entries(entry.metadata).map(([key, value]) => [`metadata.${key}`, value] as const),
    ],
    saltOf,
  );

/** Shows the fields the predicate accepts and withholds the rest. */
export function discloseFields(entry: CommittedEntry, shouldReveal: (fieldName: string) => boolean): Disclosure {
  return {
    commitment: entry.commitment,
    fields: entry.fields.map(({ name, salt, value, commitment }) =>
      shouldReveal(name) ? { name, salt, value } : { commitment },
    ),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasExactKeys = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).length === keys.length && keys.every((key) => key in value);

export type RecomputedCommitment =
  | Readonly<{ ok: true; commitment: string; disclosed: Readonly<Record<string, unknown>>; withheldFields: number }>
  | Readonly<{ ok: false }>;

/** The entry commitment over a disclosure's fields, shown and withheld; never throws, whatever it is given. */
export function recomputeCommitment(fields: unknown): RecomputedCommitment {
  if (!Array.isArray(fields)) return { ok: false };
  const commitments: string[] = [];
  const disclosed: [string, unknown][] = [];
  let previousName = '';
  for (const field of fields as unknown[]) {
    if (isRecord(field) && hasExactKeys(field, ['commitment'])) {
      if (!isHashHex(field.commitment)) return { ok: false };
      commitments.push(field.commitment);
    } else if (
      isRecord(field) &&
      hasExactKeys(field, ['name', 'salt', 'value']) &&
      typeof field.name === 'string' &&
      typeof field.salt === 'string'
    ) {
      // Shown names must keep the committed order; a repeated or reordered name is a forgery attempt.
      if (field.name <= previousName || !isSaltBase64(field.salt)) return { ok: false };
      try {
        commitments.push(fieldCommitment(field.name, field.salt, field.value));
      } catch {
        return { ok: false };
      }
      disclosed.push([field.name, field.value]);
      previousName = field.name;
    } else {
      return { ok: false };
    }
  }
  // fromEntries defines own properties, so even a field named __proto__ stays a plain field.
  return {
    ok: true,
    commitment: commitmentOver(commitments),
    disclosed: Object.fromEntries(disclosed),
    withheldFields: commitments.length - disclosed.length,
  };
}

/** Recomputes the entry commitment from a disclosure and compares it with the one it states. */
export function verifyDisclosure(disclosure: unknown): DisclosureCheck {
  if (!isRecord(disclosure) || !hasExactKeys(disclosure, ['commitment', 'fields']))
    return { ok: false, reason: 'malformed' };
  if (!isHashHex(disclosure.commitment)) return { ok: false, reason: 'malformed' };
  const recomputed = recomputeCommitment(disclosure.fields);
  if (!recomputed.ok) return { ok: false, reason: 'malformed' };
  if (recomputed.commitment !== disclosure.commitment) return { ok: false, reason: 'commitment-mismatch' };
  return { ok: true, disclosed: recomputed.disclosed, withheldFields: recomputed.withheldFields };
}
