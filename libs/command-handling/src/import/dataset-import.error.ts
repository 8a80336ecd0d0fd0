/** A dataset refused as a whole: which line, which field, and why. Nothing was written when this is thrown. */
export class DatasetImportError extends Error {
  constructor(
    readonly line: number,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`line ${line}: ${field}: ${reason}`);
    this.name = 'DatasetImportError';
  }
}

/**
 * Another writer appended to a negotiation of the dataset after the rehearsal, so the line's events no
 * longer fit there. Lines before it may be written; importing again skips them and rehearses the rest anew.
 */
export class DatasetWriteConflict extends Error {
  constructor(
    readonly line: number,
    readonly streamId: string,
  ) {
    super(
      `line ${line}: another writer recorded in ${streamId} while the dataset was written: import it again (lines already written are skipped)`,
    );
    this.name = 'DatasetWriteConflict';
  }
}
