import { EsdbStreamNamespace, isSystemEventType, isSystemStream } from './esdb-stream-namespace';

describe('EsdbStreamNamespace', () => {
  it('uses the stream id as the stream name when there is no prefix', () => {
    const namespace = new EsdbStreamNamespace();

    expect(namespace.toStreamName('negotiation-1')).toBe('negotiation-1');
    expect(namespace.toStreamId('negotiation-1')).toBe('negotiation-1');
  });

  it('puts streams under the prefix and maps them back, ignoring streams of other namespaces', () => {
    const namespace = new EsdbStreamNamespace('run-42-');

    expect(namespace.toStreamName('negotiation-1')).toBe('run-42-negotiation-1');
    expect(namespace.toStreamId('run-42-negotiation-1')).toBe('negotiation-1');
    expect(namespace.toStreamId('run-43-negotiation-1')).toBeNull();
  });

  it('never takes system streams for ledger streams', () => {
    expect(new EsdbStreamNamespace().toStreamId('$ce-negotiation')).toBeNull();
    expect(new EsdbStreamNamespace().toStreamId('$$negotiation-1')).toBeNull();
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
