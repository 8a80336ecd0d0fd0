/** A value kept beside each request object, for as long as that request lives. */
export function requestScoped<T>() {
  const values = new WeakMap<object, T>();
  return {
    remember: (request: object, value: T): void => void values.set(request, value),
    of: (request: object | undefined): T | undefined => (request ? values.get(request) : undefined),
  };
}
