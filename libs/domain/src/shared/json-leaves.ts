/** What replaces one leaf (a string, number, boolean or null) of a JSON value; `key` is the name it sits under. */
export type LeafMapping = (leaf: unknown, key: string | undefined) => unknown;

/**
 * A JSON value with each leaf replaced as `mapLeaf` says; a leaf in a list sits under the list's key. Copies
 * only the objects and lists in which a leaf changed and hands back the very same value where none did:
 * read paths walk every event of every page with this, and most walks change nothing.
 */
export function mapJsonLeaves<T>(value: T, mapLeaf: LeafMapping, key?: string): T {
  if (value === null || typeof value !== 'object') return mapLeaf(value, key) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const mapped = mapJsonLeaves(value[index] as unknown, mapLeaf, key);
      if (mapped !== value[index]) (copy ??= [...value])[index] = mapped;
    }
    return (copy ?? value) as T;
  }
  const fields = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const name in fields) {
    const mapped = mapJsonLeaves(fields[name], mapLeaf, name);
    if (mapped !== fields[name]) (copy ??= { ...fields })[name] = mapped;
  }
  return (copy ?? value) as T;
}
