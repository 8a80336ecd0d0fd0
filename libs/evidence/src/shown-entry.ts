import { canonicalJson } from './canonical-json';
import { chainHashOf, envelopeText } from './event-hash';
import type { LoggedEvent } from './evidence-leaf';
import { areSaltsBase64, commitmentOver, fieldCommitmentOfJsonParts } from './selective-disclosure';

/** What a wholly shown entry recomputes to: its chain hash, and its entry commitment (null when the salts do not fit). */
export type ShownEntryHashes = Readonly<{ chainHash: string; commitment: string | null }>;

/** The committable fields of an entry in committed order: each name, its JSON, and the canonical JSON of its value. */
type FieldTexts = { names: string[]; nameJsons: string[]; valueJsons: string[] };

/**
 * A section's canonical JSON (data or metadata), adding its fields to `fields` as `<prefix><key>` in name
 * order. Every `data.` name sorts before every `metadata.` name, so data first, then metadata, is committed
 * order. Undefined members have no JSON form and are left out, as everywhere.
 */
function sectionText(section: Readonly<Record<string, unknown>>, prefix: string, fields: FieldTexts): string {
  const members: string[] = [];
  for (const key of Object.keys(section).sort()) {
    const value = section[key];
    if (value === undefined) continue;
    const keyJson = JSON.stringify(key);
    const valueJson = canonicalJson(value);
    members.push(`${keyJson}:${valueJson}`);
    fields.names.push(prefix + key);
    // The prefixes need no escaping, so the name's JSON is the key's with the prefix put in front.
    fields.nameJsons.push(`"${prefix}${keyJson.slice(1)}`);
    fields.valueJsons.push(valueJson);
  }
  return `{${members.join(',')}}`;
}

/** The entry commitment from every field and its salt; null unless `salts` names exactly the committed fields. */
function commitmentOfShownFields(
  { names, nameJsons, valueJsons }: FieldTexts,
  salts: Readonly<Record<string, unknown>>,
): string | null {
  if (Object.keys(salts).length !== names.length) return null;
  const saltList: string[] = [];
  for (const name of names) {
    const salt = Object.hasOwn(salts, name) ? salts[name] : undefined;
    if (typeof salt !== 'string') return null;
    saltList.push(salt);
  }
  if (!areSaltsBase64(saltList)) return null;
  // Base64 needs no escaping either: a salt's JSON is the salt in quotes.
  return commitmentOver(
    nameJsons.map((nameJson, i) => fieldCommitmentOfJsonParts(nameJson, `"${saltList[i]}"`, valueJsons[i])),
  );
}

/**
 * Recomputes a wholly shown entry's chain hash and entry commitment, writing each field's canonical JSON
 * once: the field commitments and the canonical envelope the chain hash covers are built from the same texts.
 */
export function recomputeShownEntry(envelope: LoggedEvent, salts: Readonly<Record<string, unknown>>): ShownEntryHashes {
  const fields: FieldTexts = { names: [], nameJsons: [], valueJsons: [] };
  const covered = envelopeText(
    envelope,
    sectionText(envelope.data, 'data.', fields),
    sectionText(envelope.metadata, 'metadata.', fields),
  );
  return { chainHash: chainHashOf(envelope.prevHash, covered), commitment: commitmentOfShownFields(fields, salts) };
}
