import { canonicalJson } from './canonical-json';
import { parseCheckpoint } from './checkpoint';
import type { EvidenceBundle } from './evidence-bundle';
import { applyKeyRotations, keysValidAt } from './key-rotation';
import { sha256Hex } from './merkle-hash';
import { parseVerifierKey, type NoteSigner, type NoteVerifier } from './note-key';
import { scopeMessages } from './scope-messages';
import { parseNote, signNote, verifyNote } from './signed-note';
import type { VerificationCheck } from './verification-report';

const DOSSIER_SIGNATURE_HEADER = 'negotiation-ledger-dossier/v2';

/** The text the log's key signs for a dossier: its format and the hash of its manifest, which covers every part. */
export const dossierSignatureText = (manifest: unknown): string =>
  `${DOSSIER_SIGNATURE_HEADER}\nmanifest ${sha256Hex(canonicalJson(manifest))}\n`;

export const signDossier = (manifest: unknown, signer: NoteSigner): string =>
  signNote(dossierSignatureText(manifest), [signer]);

/**
 * The dossier's signature must be over its own manifest and signed (C2SP rules) by a key trusted at the
 * size of its last checkpoint: the key that signed the proofs, not one retired before.
 */
export function checkDossierSignature(
  signature: string,
  manifest: unknown,
  bundle: EvidenceBundle,
  pinnedVkeys: readonly string[],
): VerificationCheck {
  const pinned = pinnedVkeys.map((vkey) => parseVerifierKey(vkey)).filter((key): key is NoteVerifier => key !== null);
  const lastText = parseNote(bundle.checkpoints.at(-1))?.text;
  const size = (lastText === undefined ? null : parseCheckpoint(lastText))?.size;
  const note = parseNote(signature);
  const verification =
    note && size !== undefined && note.text === dossierSignatureText(manifest)
      ? verifyNote(note, keysValidAt(applyKeyRotations(pinned, bundle.rotations).trusted, size))
      : null;
  return verification?.verified
    ? {
        check: 'signature',
        status: 'PASS',
        where: 'signature',
        message: scopeMessages.signed(verification.valid.join(', ')),
      }
    : { check: 'signature', status: 'FAIL', where: 'signature', message: scopeMessages.notSigned() };
}
