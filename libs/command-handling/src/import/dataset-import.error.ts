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
