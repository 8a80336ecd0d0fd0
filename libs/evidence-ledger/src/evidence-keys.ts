import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  createNoteSigner,
  isValidKeyName,
  parseWitnessKey,
  type NoteSigner,
  type NoteVerifier,
} from '@ledger/evidence';

/** The log's name in every checkpoint, and the name of its signing key, unless LEDGER_SIGNING_KEY_NAME says otherwise. */
export const DEFAULT_SIGNING_KEY_NAME = 'onderhandelingsgrootboek.local/rijk-vng-jeugdzorg';

/** The data folder's key files, when the keys do not come from the environment. */
export const SECRET_FILE = 'evidence-secret';
export const SIGNING_KEY_FILE = 'signing-key.pem';
const MIN_SECRET_BYTES = 32;

export type EvidenceKeys = Readonly<{
  /** HMAC key the per-field salts are derived from; whoever holds it can reveal any field's salt. */
  secret: Uint8Array;
  signer: NoteSigner;
  /** A key from the environment is managed outside the ledger, so the ledger cannot rotate it itself. */
  signingKeySource: 'data-folder' | 'environment';
  /** Where retired signing keys are kept (LEDGER_RETIRED_KEY_ARCHIVE, outside the data folder); null: they are deleted. */
  retiredKeyArchive: string | null;
  /** The witnesses whose cosignatures the ledger records (LEDGER_WITNESS_KEYS). */
  witnessKeys: readonly NoteVerifier[];
}>;

export class EvidenceKeyError extends Error {}

/** Private files: readable by the service's user only, and never overwritten by accident (`wx`). */
const writePrivateFile = (path: string, content: string) => writeFileSync(path, content, { mode: 0o600, flag: 'wx' });

function readOrCreate(dataDir: string, file: string, create: () => string): string {
  const path = join(dataDir, file);
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true });
    writePrivateFile(path, create());
  }
  return readFileSync(path, 'utf8');
}

const newPrivateKeyPem = (): string =>
  generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

function secretFrom(text: string, origin: string): Uint8Array {
  const secret = Buffer.from(text.trim(), 'base64');
  if (secret.length < MIN_SECRET_BYTES)
    throw new EvidenceKeyError(`${origin} must hold at least ${MIN_SECRET_BYTES} bytes in base64`);
  return new Uint8Array(secret);
}

/** PKCS#8 PEM as written by the ledger or openssl, or a base64 32-byte Ed25519 seed. */
function signerFrom(name: string, text: string, origin: string): NoteSigner {
  try {
    return text.includes('-----BEGIN')
      ? createNoteSigner(name, text)
      : createNoteSigner(name, new Uint8Array(Buffer.from(text.trim(), 'base64')));
  } catch (error) {
    throw new EvidenceKeyError(
      `${origin} is not an Ed25519 key (PKCS#8 PEM or base64 seed): ${(error as Error).message}`,
    );
  }
}

/** The archive for retired keys, which must lie outside the data folder: a key left beside the log could sign for it again. */
function retiredKeyArchiveOf(dataDir: string, env: NodeJS.ProcessEnv): string | null {
  if (!env.LEDGER_RETIRED_KEY_ARCHIVE) return null;
  const archive = resolve(env.LEDGER_RETIRED_KEY_ARCHIVE);
  const inside = relative(resolve(dataDir), archive);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new EvidenceKeyError(
      `LEDGER_RETIRED_KEY_ARCHIVE must lie outside the data folder ${resolve(dataDir)}, got ${archive}`,
    );
  }
  return archive;
}

const retiredKeyFile = (keyId: string) => `signing-key.${keyId}.retired.pem`;
const RETIRED_KEY_FILE = /^signing-key\.[0-9a-f]{8}\.retired\.pem$/;

/** Moves a retired key's PEM into the archive, or deletes it when there is none; never leaves it in the data folder. */
function removeRetiredKey(path: string, file: string, archive: string | null): void {
  if (archive) {
    mkdirSync(archive, { recursive: true, mode: 0o700 });
    // Written rather than renamed: the archive may be on another device.
    writeFileSync(join(archive, file), readFileSync(path), { mode: 0o600, flag: 'wx' });
  }
  unlinkSync(path);
}

/** Retired keys an earlier version kept in the data folder leave it on the next start. */
function removeRetiredKeysLeftIn(dataDir: string, archive: string | null): void {
  if (!existsSync(dataDir)) return;
  for (const file of readdirSync(dataDir).filter((name) => RETIRED_KEY_FILE.test(name)))
    removeRetiredKey(join(dataDir, file), file, archive);
}

/** LEDGER_WITNESS_KEYS: witness vkeys (type 0x04), separated by spaces or commas. */
function witnessKeysFrom(env: NodeJS.ProcessEnv): NoteVerifier[] {
  return (env.LEDGER_WITNESS_KEYS ?? '')
    .split(/[\s,]+/)
    .filter((vkey) => vkey !== '')
    .map((vkey) => {
      const key = parseWitnessKey(vkey);
      if (!key)
        throw new EvidenceKeyError(
          `LEDGER_WITNESS_KEYS holds "${vkey}", which is not a witness vkey (name+key id+base64 of type 0x04)`,
        );
      return key;
    });
}

/**
 * The evidence secret alone: LEDGER_EVIDENCE_SECRET when set, otherwise the data folder's, generated on
 * first use with file mode 0600. The write path derives its event id key from it (`keyedEventIds`).
 */
export function loadEvidenceSecret(dataDir: string, env: NodeJS.ProcessEnv): Uint8Array {
  return env.LEDGER_EVIDENCE_SECRET
    ? secretFrom(env.LEDGER_EVIDENCE_SECRET, 'LEDGER_EVIDENCE_SECRET')
    : secretFrom(
        readOrCreate(dataDir, SECRET_FILE, () => randomBytes(MIN_SECRET_BYTES).toString('base64')),
        join(dataDir, SECRET_FILE),
      );
}

/**
 * The evidence secret and the signing key: from LEDGER_EVIDENCE_SECRET and LEDGER_SIGNING_KEY when set,
 * otherwise from the data folder, where they are generated on the first start with file mode 0600.
 */
export function loadEvidenceKeys(dataDir: string, env: NodeJS.ProcessEnv): EvidenceKeys {
  const name = env.LEDGER_SIGNING_KEY_NAME ?? DEFAULT_SIGNING_KEY_NAME;
  if (!isValidKeyName(name))
    throw new EvidenceKeyError(`LEDGER_SIGNING_KEY_NAME must hold no spaces and no '+', got "${name}"`);
  const retiredKeyArchive = retiredKeyArchiveOf(dataDir, env);
  const witnessKeys = witnessKeysFrom(env);
  removeRetiredKeysLeftIn(dataDir, retiredKeyArchive);
  const secret = loadEvidenceSecret(dataDir, env);
  if (env.LEDGER_SIGNING_KEY) {
    return {
      secret,
      signer: signerFrom(name, env.LEDGER_SIGNING_KEY, 'LEDGER_SIGNING_KEY'),
      signingKeySource: 'environment',
      retiredKeyArchive,
      witnessKeys,
    };
  }
  const pem = readOrCreate(dataDir, SIGNING_KEY_FILE, newPrivateKeyPem);
  return {
    secret,
    signer: signerFrom(name, pem, join(dataDir, SIGNING_KEY_FILE)),
    signingKeySource: 'data-folder',
    retiredKeyArchive,
    witnessKeys,
  };
}

export type DataFolderKeyRotation = Readonly<{
  next: NoteSigner;
  /** Puts the new key in the old one's place (one rename) and removes the old one from the data folder. */
  complete: () => void;
}>;

/**
 * Replaces the data folder's signing key by a new one under the same name, in two steps so that the key
 * on disk changes only once the rotation is recorded. The old key leaves the data folder: into the archive
 * when one is configured, otherwise deleted, so that nobody with the folder can sign with it again.
 */
export function rotateDataFolderKey(
  dataDir: string,
  current: NoteSigner,
  archive: string | null,
): DataFolderKeyRotation {
  const keyFile = join(dataDir, SIGNING_KEY_FILE);
  const pem = newPrivateKeyPem();
  const pending = `${keyFile}.new`;
  if (existsSync(pending)) unlinkSync(pending);
  writePrivateFile(pending, pem);
  const complete = () => {
    const retired = retiredKeyFile(current.keyId.toString(16).padStart(8, '0'));
    renameSync(keyFile, join(dataDir, retired));
    renameSync(pending, keyFile);
    removeRetiredKey(join(dataDir, retired), retired, archive);
  };
  return { next: createNoteSigner(current.name, pem), complete };
}
