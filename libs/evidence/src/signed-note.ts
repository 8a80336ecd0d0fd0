import { fromBase64, toBase64 } from './merkle-hash';
import { isValidKeyName, type NoteSigner, type NoteVerifier } from './note-key';

/** C2SP signed-note (c2sp.org/signed-note): text, a blank line, then `— <key name> <base64>` lines. */
const EM_DASH = '\u2014';
/** The spec asks verifiers to cap signatures and to accept at least 16; Go's x/mod/sumdb/note caps at 100. */
const MAX_SIGNATURES = 100;

export type NoteSignature = Readonly<{ name: string; keyId: number; signature: Uint8Array }>;
export type ParsedNote = Readonly<{ text: string; signatures: readonly NoteSignature[] }>;

/** Why each signature was or was not accepted; `verified` follows the C2SP rules. */
export type NoteVerification = Readonly<{
  text: string;
  valid: readonly string[];
  unknown: readonly string[];
  invalid: readonly string[];
  /** At least one signature from a pinned key verifies, and none from a pinned key fails. */
  verified: boolean;
}>;

const keyLabel = (name: string, keyId: number) => `${name}+${keyId.toString(16).padStart(8, '0')}`;

// C2SP: no control characters but newline, and valid UTF-8. A JS string is UTF-16, so the one thing that
// cannot become valid UTF-8 is a lone surrogate, which iteration by code point yields on its own.
function hasOnlyAllowedCharacters(note: string): boolean {
  for (const character of note) {
    const code = character.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x0a) || (code >= 0xd800 && code <= 0xdfff)) return false;
  }
  return true;
}

/** Text must be non-empty and end in a newline; that newline belongs to the text, not the separator. */
export function signNote(text: string, signers: readonly NoteSigner[]): string {
  if (!text.endsWith('\n') || !hasOnlyAllowedCharacters(text))
    throw new TypeError('note text must end in a newline and hold no control characters');
  if (signers.length === 0) throw new TypeError('a note needs at least one signer');
  const message = new TextEncoder().encode(text);
  const lines = signers.map((signer) => {
    const id = Buffer.alloc(4);
    id.writeUInt32BE(signer.keyId);
    return `${EM_DASH} ${signer.name} ${toBase64(Buffer.concat([id, signer.sign(message)]))}\n`;
  });
  return `${text}\n${lines.join('')}`;
}

/** Splits a note at its last blank line and decodes each signature line; null when malformed. */
export function parseNote(note: unknown): ParsedNote | null {
  if (typeof note !== 'string' || !hasOnlyAllowedCharacters(note) || !note.endsWith('\n')) return null;
  const split = note.lastIndexOf('\n\n');
  if (split < 0) return null;
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) return null;
  const signatures: NoteSignature[] = [];
  for (const line of lines) {
    const match = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/u.exec(line);
    if (!match || !isValidKeyName(match[1])) return null;
    const blob = fromBase64(match[2]);
    if (!blob || blob.length < 5) return null;
    signatures.push({ name: match[1], keyId: Buffer.from(blob).readUInt32BE(0), signature: blob.slice(4) });
  }
  return { text, signatures };
}

/**
 * C2SP: signatures from keys not pinned (by both name and id) are ignored, a pinned key's signature must
 * verify, and the note is verified only if one does and none fails.
 */
export function verifyNote(note: ParsedNote, verifiers: readonly NoteVerifier[]): NoteVerification {
  const message = new TextEncoder().encode(note.text);
  const valid: string[] = [];
  const unknown: string[] = [];
  const invalid: string[] = [];
  for (const { name, keyId, signature } of note.signatures) {
    const label = keyLabel(name, keyId);
    const verifier = verifiers.find((candidate) => candidate.name === name && candidate.keyId === keyId);
    if (!verifier) unknown.push(label);
    else if (verifier.verify(message, signature)) valid.push(label);
    else invalid.push(label);
  }
  return { text: note.text, valid, unknown, invalid, verified: valid.length > 0 && invalid.length === 0 };
}
