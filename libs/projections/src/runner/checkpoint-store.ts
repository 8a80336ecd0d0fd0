/**
 * Where each projection's checkpoint (the last global position folded in) is kept. A checkpoint must
 * live exactly as long as the document it describes: the runner's documents are in memory, so the
 * in-memory store is the right one today; a persistent store belongs with persistent documents, written
 * in the same transaction as them.
 */
export interface CheckpointStore {
  /** The checkpoint of a projection, 0 when it has none. */
  load(projectionName: string): Promise<number>;
  save(projectionName: string, position: number): Promise<void>;
}

export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly positions = new Map<string, number>();

  async load(projectionName: string): Promise<number> {
    return this.positions.get(projectionName) ?? 0;
  }

  async save(projectionName: string, position: number): Promise<void> {
    this.positions.set(projectionName, position);
  }
}
