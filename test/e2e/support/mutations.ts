import { DEFAULT_CALLER, type GraphQLResponse, type LedgerTestApp, type TestCaller } from './ledger-app';

export type CommandResult = {
  negotiationId: string;
  revision: number;
  globalPosition: string;
  eventIds: string[];
  duplicate: boolean;
};

const RESULT_FIELDS = 'negotiationId revision globalPosition eventIds duplicate';

/** Sends one mutation with its input as a variable; returns the raw response so tests can assert errors too. */
export function send(
  ledger: LedgerTestApp,
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
  caller: TestCaller = DEFAULT_CALLER,
) {
  return ledger.graphql<Record<string, CommandResult>>(
    `mutation Record($input: ${inputType}!) { ${mutation}(input: $input) { ${RESULT_FIELDS} } }`,
    { input },
    caller,
  );
}

/** Sends one mutation that must succeed, and returns its result. */
export async function record(
  ledger: LedgerTestApp,
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
  caller: TestCaller = DEFAULT_CALLER,
): Promise<CommandResult> {
  const response: GraphQLResponse<Record<string, CommandResult>> = await send(
    ledger,
    mutation,
    inputType,
    input,
    caller,
  );
  if (response.errors || !response.data) throw new Error(`${mutation} failed: ${JSON.stringify(response.errors)}`);
  return response.data[mutation];
}
