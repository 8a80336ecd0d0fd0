/** Money in event data: every amount the domain records is whole euro cents under a key ending in `Cents`. */
const MONEY_KEY = /Cents$/;

/**
 * Event data as served: each number under a key ending in `Cents` (or in a list under such a key) as its
 * decimal string, the API's one money format (as the `Cents` scalar serves it); everything else as stored.
 * The stored data keeps its numbers: they are what the hash covers, and `hashedJson` serves them as stored.
 * Copies only the objects and lists it changes.
 */
export function servedEventData(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return servedValue(data, false) as Record<string, unknown>;
}

function servedValue(value: unknown, money: boolean): unknown {
  if (typeof value === 'number') return money ? String(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const served = servedValue(item, money);
      if (served !== item) (copy ??= [...value])[index] = served;
    });
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, field] of Object.entries(value)) {
    const served = servedValue(field, MONEY_KEY.test(key));
    if (served !== field) (copy ??= { ...value })[key] = served;
  }
  return copy ?? value;
}
