/** Relay global ids: opaque to clients, `base64url(Type:key)` inside. */
export const toGlobalId = (type: string, key: string): string => Buffer.from(`${type}:${key}`).toString('base64url');

export function fromGlobalId(id: string): { type: string; key: string } | null {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) return null;
  return { type: decoded.slice(0, separator), key: decoded.slice(separator + 1) };
}
