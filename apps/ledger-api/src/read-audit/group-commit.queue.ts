type Waiting<Item> = Readonly<{ item: Item; written: () => void; failed: (error: unknown) => void }>;

/**
 * Group commit: at most one write in flight; whatever arrives meanwhile is written together in the next
 * one, so under load many callers share one write (one transaction, one fsync) and an idle queue writes at
 * once. Each `add` settles only when the write holding its item has settled: resolved once it is durable,
 * rejected with the write's error, never dropped.
 */
export class GroupCommitQueue<Item> {
  private waiting: Waiting<Item>[] = [];
  private writing = false;

  constructor(private readonly write: (items: readonly Item[]) => Promise<void>) {}

  add(item: Item): Promise<void> {
    return new Promise((written, failed) => {
      this.waiting.push({ item, written, failed });
      if (!this.writing) void this.writeWaiting();
    });
  }

  private async writeWaiting(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      const group = this.waiting;
      this.waiting = [];
      try {
        await this.write(group.map(({ item }) => item));
        for (const { written } of group) written();
      } catch (error) {
        for (const { failed } of group) failed(error);
      }
    }
    this.writing = false;
  }
}
