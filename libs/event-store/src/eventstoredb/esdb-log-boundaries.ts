/** How many record positions a process keeps: a few MB, and far more than one read model's burst. */
const DEFAULT_CAPACITY = 100_000;

/**
 * Positions in the transaction log where a record starts, as far as this process has seen them. The
 * server reads `$all` only from such a position: from any other it parses the middle of a record as a
 * record (seen on 23.10: "There is not enough space to read full record", and the read fails). The port
 * lets a caller read after any number (`after: position - 1` is common), so a read starts from the
 * nearest record seen at or before it, or from the start of the log when none is known.
 */
export class LogBoundaries {
  private readonly seen = new Set<bigint>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  add(position: bigint): void {
    if (this.seen.has(position)) return;
    this.seen.add(position);
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.values().next().value as bigint);
  }

  /** The nearest record position seen at or before `after`, or null when none is. */
  atOrBefore(after: bigint): bigint | null {
    if (this.seen.has(after)) return after;
    let nearest: bigint | null = null;
    for (const position of this.seen) {
      if (position <= after && (nearest === null || position > nearest)) nearest = position;
    }
    return nearest;
  }
}
