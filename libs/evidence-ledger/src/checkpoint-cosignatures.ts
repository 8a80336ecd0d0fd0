import { cosignaturesOn, parseNote, type NoteVerifier } from '@ledger/evidence';
import { EvidenceError, EvidenceErrorCode } from './evidence.errors';

/** What the ledger records of one witness's cosignature: the checkpoint it cosigned, who, when, and the signature line. */
export type CosignatureData = Readonly<{ size: number; rootHash: string; witness: string; time: number; line: string }>;

type CheckpointRef = Readonly<{ size: number; rootHash: string; note: string }>;

/** The signature lines of a note, as written. */
const signatureLines = (note: string) => note.slice(note.lastIndexOf('\n\n') + 2, -1).split('\n');

/**
 * The cosignatures recorded of each checkpoint, by size and root. A checkpoint note as bundled carries its
 * witnesses' lines after the log's own signature; verifiers that pin no witness ignore them (C2SP).
 */
export class CheckpointCosignatures {
  private readonly lines = new Map<string, string[]>();

  add({ size, rootHash, line }: CosignatureData): void {
    const key = `${size}/${rootHash}`;
    const known = this.lines.get(key) ?? [];
    if (!known.includes(line)) this.lines.set(key, [...known, line]);
  }

  isCosigned(checkpoint: Omit<CheckpointRef, 'note'>): boolean {
    return this.lines.has(`${checkpoint.size}/${checkpoint.rootHash}`);
  }

  /** The checkpoint's note with every recorded cosignature line. */
  noteOf(checkpoint: CheckpointRef): string {
    return [
      checkpoint.note,
      ...(this.lines.get(`${checkpoint.size}/${checkpoint.rootHash}`) ?? []).map((line) => `${line}\n`),
    ].join('');
  }
}

/**
 * Reads a cosigned checkpoint sent by a witness: it must be a checkpoint the ledger recorded (same text),
 * with at least one valid cosignature of an accepted witness. Returns what to record of each.
 */
export function acceptCosignatures(
  cosignedNote: string,
  recorded: readonly CheckpointRef[],
  witnesses: readonly NoteVerifier[],
): CosignatureData[] {
  const parsed = parseNote(cosignedNote);
  const checkpoint = parsed && recorded.find((candidate) => parseNote(candidate.note)?.text === parsed.text);
  if (!parsed || !checkpoint)
    throw new EvidenceError(EvidenceErrorCode.NotFound, 'The note is not a checkpoint this ledger signed', 'note');
  const lines = signatureLines(cosignedNote);
  const accepted = parsed.signatures.flatMap((signature, i) => {
    const witness = witnesses.find((key) => key.name === signature.name && key.keyId === signature.keyId);
    const cosignature = witness ? cosignaturesOn(`${parsed.text}\n${lines[i]}\n`, [witness])[0] : undefined;
    return cosignature?.valid
      ? [
          {
            size: checkpoint.size,
            rootHash: checkpoint.rootHash,
            witness: cosignature.witness,
            time: cosignature.time,
            line: lines[i],
          },
        ]
      : [];
  });
  if (accepted.length === 0)
    throw new EvidenceError(
      EvidenceErrorCode.InvalidRequest,
      'The note carries no valid cosignature of a witness in LEDGER_WITNESS_KEYS',
      'note',
    );
  return accepted;
}
