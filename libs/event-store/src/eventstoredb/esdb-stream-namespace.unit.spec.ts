import { EsdbStreamNamespace, isSystemEventType, isSystemStream } from './esdb-stream-namespace';

describe('EsdbStreamNamespace', () => {
  it("puts the ledger under its own prefix by default, and never takes other writers' streams for its own", () => {
    const namespace = new EsdbStreamNamespace();

    expect(namespace.toStreamName('negotiation-1')).toBe('ledger.negotiation-1');
    expect(namespace.toStreamId('ledger.negotiation-1')).toBe('negotiation-1');
    expect(namespace.toStreamId('negotiation-1')).toBeNull();
    expect(namespace.toStreamId('orders-1')).toBeNull();
  });

  it("refuses an empty prefix, which would make every stream on the cluster the ledger's", () => {
    expect(() => new EsdbStreamNamespace('')).toThrow(RangeError);
  });

  it('puts streams under the prefix and maps them back, ignoring streams of other namespaces', () => {
    const namespace = new EsdbStreamNamespace('run-42-');

    expect(namespace.toStreamName('negotiation-1')).toBe('run-42-negotiation-1');
    expect(namespace.toStreamId('run-42-negotiation-1')).toBe('negotiation-1');
    expect(namespace.toStreamId('run-43-negotiation-1')).toBeNull();
  });

  it('never takes system streams for ledger streams', () => {
    expect(new EsdbStreamNamespace().toStreamId('$ce-ledger.negotiation')).toBeNull();
    expect(new EsdbStreamNamespace().toStreamId('$$ledger.negotiation-1')).toBeNull();
  });

  it('refuses a prefix that would make ledger streams system streams', () => {
    expect(() => new EsdbStreamNamespace('$ledger-')).toThrow(RangeError);
  });
});

describe('system events', () => {
  it('recognises the server-reserved $ names of streams and event types', () => {
    expect(['$settings', '$ce-negotiation', '$$negotiation-1'].every(isSystemStream)).toBe(true);
    expect(['$>', '$metadata', '$statsCollected'].every(isSystemEventType)).toBe(true);
    expect(isSystemStream('negotiation-1')).toBe(false);
    expect(isSystemEventType('AgreementReached')).toBe(false);
  });
});
