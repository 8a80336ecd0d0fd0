import type { Classification } from '@ledger/domain';

/**
 * Who an entry is for, as one string: `public`, `parties`, or `internal:<party>`. Read models keep their
 * counts and dates per audience, so a viewer's answer sums only the audiences the viewer belongs to.
 */
export const audienceKey = (classification: Classification): string =>
  classification.level === 'internal' ? `internal:${classification.party ?? ''}` : classification.level;

/** The classification an audience key stands for. */
export function classificationOfAudience(key: string): Classification {
  return key.startsWith('internal:')
    ? { level: 'internal', party: key.slice('internal:'.length) }
    : { level: key as Classification['level'] };
}
