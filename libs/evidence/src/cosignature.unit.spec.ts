import { verifyBundle } from './bundle-verifier';
import { openCheckpoint } from './checkpoint';
import { cosignaturesOn, cosignCheckpoint, createCosigner, parseWitnessKey, witnessKeyOf } from './cosignature';
import { buildTestBundle, testLogKey, testPinnedKeys } from './evidence-bundle.testing';
import { noteKeyId, parseVerifierKey, verifierKeyOf } from './note-key';

const witness = createCosigner('getuige.vng.example/w1', new Uint8Array(32).fill(21));
const stranger = createCosigner('getuige.elders.example/w9', new Uint8Array(32).fill(22));
const TIME = 1_756_717_200; // 2025-09-01T09:00:00Z
const bundle = buildTestBundle();
const lastCheckpoint = bundle.checkpoints.at(-1)!;
const cosigned = cosignCheckpoint(lastCheckpoint, witness, TIME);
const withLast = (note: string) => ({ ...bundle, checkpoints: [...bundle.checkpoints.slice(0, -1), note] });
const witnessChecks = (note: string, keys: readonly string[]) =>
  verifyBundle(withLast(note), testPinnedKeys, { witnessKeys: keys })
    .checks.filter((item) => item.check === 'witness')
    .map(({ status, message }) => `${status} ${message.en}`);

describe('witness cosignatures (C2SP tlog-cosignature)', () => {
  it('signs "cosignature/v1", the time and the checkpoint text, under a key id of type 0x04', () => {
    const line = cosigned.slice(lastCheckpoint.length);
    expect(line).toMatch(/^\u2014 getuige\.vng\.example\/w1 \S+\n$/);
    const blob = Buffer.from(line.trim().split(' ')[2], 'base64');
    expect(blob.readUInt32BE(0)).toBe(noteKeyId(witness.name, witness.publicKey, 0x04));
    expect(Number(blob.readBigUInt64BE(4))).toBe(TIME);
    expect(blob.length).toBe(4 + 8 + 64);
    expect(witnessKeyOf(witness)).toMatch(/^getuige\.vng\.example\/w1\+[0-9a-f]{8}\+/);
    expect(parseVerifierKey(witnessKeyOf(witness))).toBeNull();
  });

  it('reads the time and verifies the cosignature, and the log key still verifies the note', () => {
    expect(cosignaturesOn(cosigned, [parseWitnessKey(witnessKeyOf(witness))!])).toEqual([
      { witness: witness.name, time: TIME, valid: true },
    ]);
    expect(openCheckpoint(cosigned, [parseVerifierKey(verifierKeyOf(testLogKey))!]).ok).toBe(true);
  });

  it('passes a bundle whose last checkpoint the pinned witness cosigned, saying when', () => {
    expect(witnessChecks(cosigned, [witnessKeyOf(witness)])).toEqual([
      'PASS Witness getuige.vng.example/w1 cosigned the last checkpoint at 2025-09-01T09:00:00.000Z.',
    ]);
    expect(verifyBundle(withLast(cosigned), testPinnedKeys, { witnessKeys: [witnessKeyOf(witness)] }).verdict).toBe(
      'PASS',
    );
  });

  it('fails without the pinned witness, with a cosignature whose time was changed, or with a malformed witness key', () => {
    expect(witnessChecks(cosignCheckpoint(lastCheckpoint, stranger, TIME), [witnessKeyOf(witness)])).toEqual([
      expect.stringMatching(/^FAIL The last checkpoint carries no valid cosignature/),
    ]);
    const line = cosigned.slice(lastCheckpoint.length);
    const blob = Buffer.from(line.trim().split(' ')[2], 'base64');
    blob.writeBigUInt64BE(BigInt(TIME + 3600), 4);
    const retimed = `${lastCheckpoint}\u2014 ${witness.name} ${blob.toString('base64')}\n`;
    expect(witnessChecks(retimed, [witnessKeyOf(witness)])).toEqual([expect.stringMatching(/^FAIL/)]);
    expect(witnessChecks(cosigned, [verifierKeyOf(witness)])).toEqual([
      expect.stringMatching(/^FAIL This pinned witness key is malformed/),
    ]);
  });
});
