/** Codes for every rule the domain can refuse on; mapped to GraphQL codes at the edge only. */
export enum NegotiationErrorCode {
  InvalidInput = 'INVALID_INPUT',
  NotFound = 'NOT_FOUND',
  AlreadyExists = 'ALREADY_EXISTS',
  IllegalState = 'ILLEGAL_STATE',
}

/** A refusal by the domain: which rule, and which field of the command broke it. */
export class NegotiationError extends Error {
  constructor(
    readonly code: NegotiationErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'NegotiationError';
  }
}

export const invalid = (field: string, message: string) =>
  new NegotiationError(NegotiationErrorCode.InvalidInput, message, field);
export const notFound = (field: string, message: string) =>
  new NegotiationError(NegotiationErrorCode.NotFound, message, field);
export const alreadyExists = (field: string, message: string) =>
  new NegotiationError(NegotiationErrorCode.AlreadyExists, message, field);
export const illegalState = (field: string, message: string) =>
  new NegotiationError(NegotiationErrorCode.IllegalState, message, field);

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
