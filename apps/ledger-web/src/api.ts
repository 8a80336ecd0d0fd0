import { currentSession } from './session';

/** An error as the API gives it: its message, its code, and the field it names, if any. */
export type ApiError = Readonly<{ message: string; code: string; field: string | null }>;

export class ApiFailure extends Error {
  constructor(readonly errors: readonly ApiError[]) {
    super(errors.map((error) => error.message).join('; '));
  }
}

type Violation = { field: string; message: string };
type Answer<T> = {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; violations?: Violation[] } }[];
};

/** One call to the public GraphQL API with the session's token: the page has no other way in. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const session = currentSession();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { authorization: `Bearer ${session.token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response
    .json()
    .catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as Answer<T>;
  if (answer.errors?.length || !answer.data) {
    // A refused input names every field at fault: each becomes its own error, to show beside its field.
    throw new ApiFailure(
      (answer.errors ?? [{ message: `HTTP ${response.status}` }]).flatMap((error) => {
        const code = error.extensions?.code ?? 'ERROR';
        const violations = error.extensions?.violations;
        return violations?.length
          ? violations.map((violation) => ({ message: violation.message, code, field: violation.field }))
          : [{ message: error.message, code, field: error.extensions?.field ?? null }];
      }),
    );
  }
  return answer.data;
}
