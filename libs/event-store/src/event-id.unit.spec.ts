import { deterministicEventId, keyedEventIds } from './event-id';

describe('deterministicEventId', () => {
  it('gives the same id for the same command and index', () => {
    expect(deterministicEventId('cmd-1', 0)).toBe(deterministicEventId('cmd-1', 0));
  });

  it('gives different ids for another index or another command', () => {
    const ids = new Set([
      deterministicEventId('cmd-1', 0),
      deterministicEventId('cmd-1', 1),
      deterministicEventId('cmd-2', 0),
    ]);
    expect(ids.size).toBe(3);
  });

  it('never changes for a given command and index: stored events and EventStoreDB retries rely on it', () => {
    // Computed with the first implementation (createHash('sha256').update(...).digest()).
    expect(deterministicEventId('negotiation-jeugdzorg/42', 1)).toBe('55c6396f-e616-57bf-9e46-69146d23ad09');
  });

  it('is a version 5 RFC 4122 UUID', () => {
    expect(deterministicEventId('cmd-1', 0)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('keyedEventIds', () => {
  const secret = Buffer.alloc(32, 7);
  const ids = keyedEventIds(secret);

  it('gives a retry the same id: the same command, index and secret', () => {
    expect(ids('cmd-1', 0)).toBe(keyedEventIds(Buffer.alloc(32, 7))('cmd-1', 0));
  });

  it('cannot be recomputed from the command id alone, nor under another secret', () => {
    const id = ids('cmd-1', 0);
    expect(id).not.toBe(deterministicEventId('cmd-1', 0));
    expect(id).not.toBe(keyedEventIds(Buffer.alloc(32, 8))('cmd-1', 0));
  });

  it('gives different ids for another index or another command, each a version 5-style UUID', () => {
    const all = [ids('cmd-1', 0), ids('cmd-1', 1), ids('cmd-2', 0)];
    expect(new Set(all).size).toBe(3);
    all.forEach((id) => expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
  });
});
