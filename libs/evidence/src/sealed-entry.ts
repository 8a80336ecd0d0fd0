import type { BundleEntry } from './evidence-bundle';
import type { Disclosure } from './selective-disclosure';
import { EVENT_FIELD, SCOPE_FIELD, type EventHeaderValue, type ScopeValue } from './sealed-leaf';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const hasExactKeys = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).length === keys.length && keys.every((key) => Object.hasOwn(value, key));

/** The value of a sealed leaf's `event` field: exactly these five keys, typed as in a format 2 header. */
export const isEventHeader = (value: unknown): value is EventHeaderValue =>
  isRecord(value) &&
  hasExactKeys(value, ['eventId', 'revision', 'schemaVersion', 'streamId', 'type']) &&
  typeof value.eventId === 'string' &&
  isIndex(value.revision) &&
  isIndex(value.schemaVersion) &&
  typeof value.streamId === 'string' &&
  typeof value.type === 'string';

export const isScopeValue = (value: unknown): value is ScopeValue =>
  isRecord(value) && hasExactKeys(value, ['links', 'occurredOn', 'recordedAt']) && isRecord(value.links);

/** A disclosure's shown data and metadata fields as objects, and how many fields it withholds. */
export function shownSections(disclosure: Disclosure): Readonly<{
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  withheldFields: number;
}> {
  const data: Record<string, unknown> = {};
  const metadata: Record<string, unknown> = {};
  let withheldFields = 0;
  for (const field of disclosure.fields) {
    if (!('name' in field)) withheldFields += 1;
    else if (field.name.startsWith('data.')) data[field.name.slice(5)] = field.value;
    else if (field.name.startsWith('metadata.')) metadata[field.name.slice(9)] = field.value;
  }
  return { data, metadata, withheldFields };
}

/** A field shown in a disclosure, by name; undefined when withheld or absent. */
export function shownField(entry: Extract<BundleEntry, { kind: 'entry' }>, name: string): unknown {
  for (const field of entry.disclosure.fields) if ('name' in field && field.name === name) return field.value;
  return undefined;
}

/** The shown header and scope of a sealed leaf shown whole or in part; null for either when it is not shown well-formed. */
export const shownHeaderAndScope = (entry: Extract<BundleEntry, { kind: 'entry' }>) => {
  const header = shownField(entry, EVENT_FIELD);
  const scope = shownField(entry, SCOPE_FIELD);
  return { header: isEventHeader(header) ? header : null, scope: isScopeValue(scope) ? scope : null };
};
