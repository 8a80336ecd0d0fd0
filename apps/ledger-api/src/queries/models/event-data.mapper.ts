import { mapJsonLeaves } from '@ledger/domain';

/** Money in event data: every amount the domain records is whole euro cents under a key ending in `Cents`. */
const MONEY_KEY = /Cents$/;

const moneyAsText = (leaf: unknown, key: string | undefined) =>
  typeof leaf === 'number' && key !== undefined && MONEY_KEY.test(key) ? String(leaf) : leaf;

/**
 * Event data as served: each number under a key ending in `Cents` (or in a list under such a key) as its
 * decimal string, the API's one money format (as the `Cents` scalar serves it); everything else as stored.
 * The stored data keeps its numbers: they are what the hash covers, and `hashedJson` serves them as stored.
 */
export const servedEventData = (data: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  mapJsonLeaves(data, moneyAsText) as Record<string, unknown>;
