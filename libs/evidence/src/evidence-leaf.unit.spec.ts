import { createHash, createHmac } from 'node:crypto';
import { testEvidenceSecret, testLog } from './evidence-bundle.testing';
import { commitEvent, eventLeafHash, fieldSaltsOf, leafTextOf } from './evidence-leaf';
import { hashLeaf, toBase64, toHex } from './merkle-hash';

const [event] = testLog(1);

describe('the log leaf of an event', () => {
  it('is the canonical JSON of its header and entry commitment, without its content', () => {
    const leaf = leafTextOf(event, 'c'.repeat(64));
    expect(leaf).toBe(
      `{"commitment":"${'c'.repeat(64)}","eventId":"event-0","hash":"${event.hash}","revision":0,"schemaVersion":1,"streamId":"negotiation-0","type":"ProposalTabled"}`,
    );
    expect(leaf).not.toContain('vertrouwelijk');
  });

  it('hashes that leaf with the commitment over its salted fields', () => {
    const leaf = new TextEncoder().encode(leafTextOf(event, commitEvent(event, testEvidenceSecret).commitment));
    expect(toHex(eventLeafHash(event, testEvidenceSecret))).toBe(toHex(hashLeaf(leaf)));
  });

  it('changes when any field of the content changes', () => {
    const altered = { ...event, metadata: { ...event.metadata, recordedBy: 'iemand anders' } };
    expect(toHex(eventLeafHash(altered, testEvidenceSecret))).not.toBe(toHex(eventLeafHash(event, testEvidenceSecret)));
  });
});

describe('fieldSaltsOf', () => {
  it('derives each salt as the first 16 bytes of SHA-256(hex(HMAC-SHA256(secret, eventId)) || field name)', () => {
    const eventKey = createHmac('sha256', testEvidenceSecret).update('event-0').digest('hex');
    const expected = createHash('sha256').update(`${eventKey}data.note`).digest().subarray(0, 16);
    expect(toBase64(fieldSaltsOf(testEvidenceSecret, 'event-0')('data.note'))).toBe(expected.toString('base64'));
  });

  it('gives the same salts on every export and other salts under another secret', () => {
    const again = commitEvent(event, testEvidenceSecret);
    expect(again).toEqual(commitEvent(event, testEvidenceSecret));
    expect(commitEvent(event, new Uint8Array(32).fill(8)).commitment).not.toBe(again.commitment);
    expect(again.fields[0].salt).not.toBe(again.fields[1].salt);
  });
});
