/** No caller could be established: no token, or one that does not verify; mapped to UNAUTHENTICATED. */
export class AuthenticationError extends Error {
  /** `tokenGiven` says whether a token came and was refused (WWW-Authenticate then says invalid_token). */
  constructor(
    message: string,
    readonly tokenGiven = true,
  ) {
    super(message);
    this.name = 'AuthenticationError';
  }
}
