import { mapJsonLeaves } from '@ledger/domain';
import type { RecordedEvent } from '@ledger/event-store';
import { ERASED_PERSONAL_DATA, isSealed, openSealed, parseSealed, UNREADABLE_PERSONAL_DATA } from './sealed-value';
import type { KeyLookup } from './subject-key-vault.port';

function revealValue(sealed: string, keyById: (keyId: string) => KeyLookup): string {
  const parsed = parseSealed(sealed);
  const key = parsed && keyById(parsed.keyId);
  if (key === 'erased') return ERASED_PERSONAL_DATA;
  return (parsed && key && openSealed(parsed, key)) ?? UNREADABLE_PERSONAL_DATA;
}

/**
 * Every sealed string in `value` opened with its subject's key, or shown as erased; the rest untouched and,
 * where nothing was sealed, the very same objects, so reading a record without personal data costs a walk.
 */
export function revealPersonalData<T>(value: T, keyById: (keyId: string) => KeyLookup): T {
  return mapJsonLeaves(value, (leaf) => (isSealed(leaf) ? revealValue(leaf, keyById) : leaf));
}

/** The event as a reader sees it: data revealed, envelope, hashes and everything else as stored. */
export function revealEvent(event: RecordedEvent, keyById: (keyId: string) => KeyLookup): RecordedEvent {
  const data = revealPersonalData(event.data, keyById);
  return data === event.data ? event : { ...event, data };
}
