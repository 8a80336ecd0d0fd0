import { eventHash, findChainBreak, GENESIS_PREV_HASH } from './event-hash';
import { sha256Hex } from './merkle-hash';

const chain = () => {
  const first = { eventId: 'a', data: { n: 1 }, prevHash: GENESIS_PREV_HASH };
  const firstHashed = { ...first, hash: eventHash(first) };
  const second = { eventId: 'b', data: { n: 2 }, prevHash: firstHashed.hash };
  return [firstHashed, { ...second, hash: eventHash(second) }];
};

describe('event hash chain', () => {
  it('hashes prevHash followed by the canonical JSON of the event without its hash', () => {
    const event = { prevHash: GENESIS_PREV_HASH, b: 1, a: 'x' };
    expect(eventHash(event)).toBe(sha256Hex(GENESIS_PREV_HASH + '{"a":"x","b":1,"prevHash":"' + GENESIS_PREV_HASH + '"}'));
  });

  it('finds no break in an intact chain', () => {
    expect(findChainBreak(chain())).toBeNull();
  });

  it('names the first event whose content was altered', () => {
    const [first, second] = chain();
    expect(findChainBreak([first, { ...second, data: { n: 3 } }])).toEqual({ index: 1, eventId: 'b', reason: 'hash-mismatch' });
  });

  it('names the event whose predecessor was dropped', () => {
    expect(findChainBreak([chain()[1]])).toEqual({ index: 0, eventId: 'b', reason: 'prev-hash-mismatch' });
  });
});
