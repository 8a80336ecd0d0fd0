export type ReaderThreadData = Readonly<{ filename: string; chunkRows: number; chunksAhead: number }>;

/**
 * `from` starts a new run of chunks after a position (ending any earlier run); `more` grants one more
 * chunk of credit to the run it names, so the reader stays at most `chunksAhead` chunks ahead.
 */
export type ToReaderThread =
  | Readonly<{ kind: 'from'; run: number; after: number }>
  | Readonly<{ kind: 'more'; run: number }>
  | Readonly<{ kind: 'close' }>;

/**
 * The next lean rows of a run, laid end to end (see leanEventAt: one array copies between threads
 * much faster than an array per row). A chunk shorter than `chunkRows` reached the end of the log as it
 * then was, and ends the run.
 */
export type FromReaderThread = Readonly<{ kind: 'chunk'; run: number; values: readonly unknown[]; rows: number }>;
