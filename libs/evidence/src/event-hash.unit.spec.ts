import { canonicalJson } from './canonical-json';
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
    expect(eventHash(event)).toBe(
      sha256Hex(GENESIS_PREV_HASH + '{"a":"x","b":1,"prevHash":"' + GENESIS_PREV_HASH + '"}'),
    );
  });

  it('finds no break in an intact chain', () => {
    expect(findChainBreak(chain())).toBeNull();
  });

  it('names the first event whose content was altered', () => {
    const [first, second] = chain();
    expect(findChainBreak([first, { ...second, data: { n: 3 } }])).toEqual({
      index: 1,
      eventId: 'b',
      reason: 'hash-mismatch',
    });
  });

  it('names the event whose predecessor was dropped', () => {
    expect(findChainBreak([chain()[1]])).toEqual({ index: 0, eventId: 'b', reason: 'prev-hash-mismatch' });
  });
});

describe('event hash of a stored envelope', () => {
  const envelope = {
    eventId: 'e1',
    streamId: 'negotiation-n1',
    revision: 0,
    type: 'PositionTaken',
    schemaVersion: 1,
    data: { stance: 'supports', partyId: 'vng', reasons: [{ z: 1, a: 2 }] },
    metadata: { recordedBy: 'r', occurredOn: '2025-04-16' },
    prevHash: GENESIS_PREV_HASH,
  };

  it('writes the eight envelope fields in order, as the canonicalizer sorts them, with or without the hash present', () => {
    const sorted = canonicalJson(envelope);
    expect(eventHash(envelope)).toBe(sha256Hex(GENESIS_PREV_HASH + sorted));
    expect(eventHash({ ...envelope, hash: 'ignored' })).toBe(sha256Hex(GENESIS_PREV_HASH + sorted));
  });

  it('sorts an event with other fields, or an undefined one, as a whole', () => {
    const extra = { ...envelope, globalPosition: 7 };
    expect(eventHash(extra)).toBe(sha256Hex(GENESIS_PREV_HASH + canonicalJson(extra)));
    const missing = { ...envelope, type: undefined };
    expect(eventHash(missing)).toBe(sha256Hex(GENESIS_PREV_HASH + canonicalJson(missing)));
  });
});
