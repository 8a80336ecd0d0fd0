import { toBase64 } from './merkle-hash';
import {
  createNoteSigner,
  noteKeyId,
  parseVerifierKey,
  verifierKeyOf,
  type NoteSigner,
  type NoteVerifier,
} from './note-key';
import { parseNote } from './signed-note';

/** C2SP tlog-cosignature: the signature type of an Ed25519 cosignature with a timestamp. */
const COSIGNATURE_TYPE = 0x04;
const TIMESTAMP_BYTES = 8;
const SIGNATURE_BYTES = 64;

/** A witness's key: signs checkpoints it checked to be consistent with every earlier one it saw. */
export type Cosigner = NoteSigner;

export function createCosigner(name: string, privateKey: string | Uint8Array): Cosigner {
  const signer = createNoteSigner(name, privateKey);
  return { ...signer, keyId: noteKeyId(name, signer.publicKey, COSIGNATURE_TYPE) };
}

/** The witness's vkey, type 0x04, to pin. */
export const witnessKeyOf = (cosigner: Pick<Cosigner, 'name' | 'publicKey'>): string =>
  verifierKeyOf(cosigner, COSIGNATURE_TYPE);

export const parseWitnessKey = (vkey: string): NoteVerifier | null => parseVerifierKey(vkey, COSIGNATURE_TYPE);

/** `cosignature/v1`, the time, then the checkpoint's text (the note body): what a cosignature signs. */
const cosignedMessage = (checkpointText: string, time: number) =>
  new TextEncoder().encode(`cosignature/v1\ntime ${time}\n${checkpointText}`);

/**
 * Adds the witness's cosignature line to a signed checkpoint: key id, the time in seconds since the epoch
 * (8 bytes, big-endian) and the Ed25519 signature, in base64. Other verifiers ignore the line (C2SP).
 */
export function cosignCheckpoint(note: string, cosigner: Cosigner, time: number): string {
  const parsed = parseNote(note);
  if (!parsed || !Number.isSafeInteger(time) || time < 0)
    throw new TypeError('a cosignature needs a signed checkpoint and a time in whole seconds');
  const blob = Buffer.alloc(4 + TIMESTAMP_BYTES);
  blob.writeUInt32BE(cosigner.keyId, 0);
  blob.writeBigUInt64BE(BigInt(time), 4);
  return `${note}\u2014 ${cosigner.name} ${toBase64(Buffer.concat([blob, cosigner.sign(cosignedMessage(parsed.text, time))]))}\n`;
}

export type Cosignature = Readonly<{ witness: string; time: number; valid: boolean }>;

/**
 * The cosignature lines a checkpoint carries, read without the witnesses' keys: each witness's name and the
 * time it states, for a reader to see who vouched and when (a verifier checks them against pinned keys).
 */
export function statedCosignatures(note: unknown): Readonly<{ witness: string; keyId: number; time: number }>[] {
  const parsed = parseNote(note);
  if (!parsed) return [];
  return parsed.signatures.flatMap(({ name, keyId, signature }) => {
    if (signature.length !== TIMESTAMP_BYTES + SIGNATURE_BYTES) return [];
    const time = Buffer.from(signature).readBigUInt64BE(0);
    return time <= BigInt(Number.MAX_SAFE_INTEGER) ? [{ witness: name, keyId, time: Number(time) }] : [];
  });
}

/** The cosignatures on a checkpoint by the given witnesses, each with its time and whether it verifies; never throws. */
export function cosignaturesOn(note: unknown, witnesses: readonly NoteVerifier[]): Cosignature[] {
  const parsed = parseNote(note);
  if (!parsed) return [];
  return parsed.signatures.flatMap(({ name, keyId, signature }) => {
    const witness = witnesses.find((candidate) => candidate.name === name && candidate.keyId === keyId);
    if (!witness) return [];
    if (signature.length !== TIMESTAMP_BYTES + SIGNATURE_BYTES) return [{ witness: name, time: 0, valid: false }];
    const time = Buffer.from(signature).readBigUInt64BE(0);
    const valid =
      time <= BigInt(Number.MAX_SAFE_INTEGER) &&
      witness.verify(cosignedMessage(parsed.text, Number(time)), signature.subarray(TIMESTAMP_BYTES));
    return [{ witness: name, time: Number(time), valid }];
  });
}
