export enum ProjectionRunnerErrorCode {
  /** The read side did not reach the asked position in time. */
  Timeout = 'PROJECTION_TIMEOUT',
  /** The runner was stopped while someone was waiting for it. */
  Stopped = 'PROJECTION_STOPPED',
  /** A projection threw on an event; the runner stopped rather than skip it. */
  Failed = 'PROJECTION_FAILED',
}

export class ProjectionRunnerError extends Error {
  constructor(
    readonly code: ProjectionRunnerErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ProjectionRunnerError';
  }
}
