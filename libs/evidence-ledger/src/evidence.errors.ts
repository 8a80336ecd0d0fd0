/** Why an evidence request was refused; mapped to GraphQL error codes at the edge. */
export enum EvidenceErrorCode {
  NotFound = 'EVIDENCE_NOT_FOUND',
  InvalidRequest = 'EVIDENCE_INVALID_REQUEST',
  NothingToExport = 'EVIDENCE_NOTHING_TO_EXPORT',
  KeyManagedElsewhere = 'EVIDENCE_KEY_MANAGED_ELSEWHERE',
}

export class EvidenceError extends Error {
  constructor(
    readonly code: EvidenceErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
