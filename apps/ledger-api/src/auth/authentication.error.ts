/** No caller could be established: no token, or one that does not verify; mapped to UNAUTHENTICATED. */
export class AuthenticationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthenticationError';
  }
}
