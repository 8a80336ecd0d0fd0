/** A caller asked for something their role or party does not allow; mapped to FORBIDDEN at the edge. */
export class AccessDeniedError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AccessDeniedError';
  }
}
