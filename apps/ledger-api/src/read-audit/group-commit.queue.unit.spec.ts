import { GroupCommitQueue } from './group-commit.queue';

/** A write the test finishes by hand, to hold items in flight. */
function controlledWrites() {
  const writes: { items: readonly number[]; finish: () => void; fail: (error: Error) => void }[] = [];
  const write = (items: readonly number[]) => new Promise<void>((finish, fail) => writes.push({ items, finish, fail }));
  return { writes, queue: new GroupCommitQueue<number>(write) };
}

const settled = async (promise: Promise<void>) => {
  let state = 'pending';
  promise.then(
    () => (state = 'written'),
    () => (state = 'failed'),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return state;
};

describe('GroupCommitQueue', () => {
  it('writes an item at once when idle, and everything that arrives meanwhile in one next write', async () => {
    const { writes, queue } = controlledWrites();
    const first = queue.add(1);
    const later = [queue.add(2), queue.add(3)];
    expect(writes.map((write) => write.items)).toEqual([[1]]);

    writes[0].finish();
    await first;
    expect(writes.map((write) => write.items)).toEqual([[1], [2, 3]]);
    expect(await settled(later[0])).toBe('pending');

    writes[1].finish();
    await Promise.all(later);
  });

  it('settles an item only with the write that holds it, and fails every item of a failed write', async () => {
    const { writes, queue } = controlledWrites();
    const first = queue.add(1);
    const second = queue.add(2);
    writes[0].fail(new Error('disk full'));
    await expect(first).rejects.toThrow('disk full');
    expect(await settled(second)).toBe('pending');

    writes[1].finish();
    await expect(second).resolves.toBeUndefined();
  });
});
