/** What the GraphQL layer learned about a request, for its one log line: the operation, who asked, how it ended. */
export type RequestFacts = Readonly<{ operation?: string; sub?: string; party?: string; outcome?: string }>;

const facts = new WeakMap<object, RequestFacts>();

export function noteRequestFacts(request: object | undefined, more: RequestFacts): void {
  if (request) facts.set(request, { ...facts.get(request), ...more });
}

export function requestFactsOf(request: object): RequestFacts {
  return facts.get(request) ?? {};
}

/** How a request ended: the GraphQL layer's outcome (OK or the first error's code), else from the HTTP status. */
export function outcomeOf(facts: RequestFacts, statusCode: number): string {
  return facts.outcome ?? (statusCode < 400 ? 'OK' : `HTTP_${statusCode}`);
}
