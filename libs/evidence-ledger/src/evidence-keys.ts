import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNoteSigner, isValidKeyName, type NoteSigner } from '@ledger/evidence';

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

const newPrivateKeyPem = (): string => generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

function secretFrom(text: string, origin: string): Uint8Array {
  const secret = Buffer.from(text.trim(), 'base64');
  if (secret.length < MIN_SECRET_BYTES) throw new EvidenceKeyError(`${origin} must hold at least ${MIN_SECRET_BYTES} bytes in base64`);
  return new Uint8Array(secret);
}

/** PKCS#8 PEM as written by the ledger or openssl, or a base64 32-byte Ed25519 seed. */
function signerFrom(name: string, text: string, origin: string): NoteSigner {
  try {
    return text.includes('-----BEGIN') ? createNoteSigner(name, text) : createNoteSigner(name, new Uint8Array(Buffer.from(text.trim(), 'base64')));
  } catch (error) {
    throw new EvidenceKeyError(`${origin} is not an Ed25519 key (PKCS#8 PEM or base64 seed): ${(error as Error).message}`);
  }
}

/**
 * The evidence secret and the signing key: from LEDGER_EVIDENCE_SECRET and LEDGER_SIGNING_KEY when set,
 * otherwise from the data folder, where they are generated on the first start with file mode 0600.
 */
export function loadEvidenceKeys(dataDir: string, env: NodeJS.ProcessEnv): EvidenceKeys {
  const name = env.LEDGER_SIGNING_KEY_NAME ?? DEFAULT_SIGNING_KEY_NAME;
  if (!isValidKeyName(name)) throw new EvidenceKeyError(`LEDGER_SIGNING_KEY_NAME must hold no spaces and no '+', got "${name}"`);
  const secret = env.LEDGER_EVIDENCE_SECRET
    ? secretFrom(env.LEDGER_EVIDENCE_SECRET, 'LEDGER_EVIDENCE_SECRET')
    : secretFrom(readOrCreate(dataDir, SECRET_FILE, () => randomBytes(MIN_SECRET_BYTES).toString('base64')), join(dataDir, SECRET_FILE));
  if (env.LEDGER_SIGNING_KEY) return { secret, signer: signerFrom(name, env.LEDGER_SIGNING_KEY, 'LEDGER_SIGNING_KEY'), signingKeySource: 'environment' };
  const pem = readOrCreate(dataDir, SIGNING_KEY_FILE, newPrivateKeyPem);
  return { secret, signer: signerFrom(name, pem, join(dataDir, SIGNING_KEY_FILE)), signingKeySource: 'data-folder' };
}

/**
 * Replaces the data folder's signing key by a new one under the same name. The old key is kept beside it,
 * renamed by its key id, so checkpoints it signed can still be explained; it is not used again.
 */
export function rotateDataFolderKey(dataDir: string, current: NoteSigner): NoteSigner {
  const keyFile = join(dataDir, SIGNING_KEY_FILE);
  const pem = newPrivateKeyPem();
  const next = createNoteSigner(current.name, pem);
  renameSync(keyFile, join(dataDir, `signing-key.${current.keyId.toString(16).padStart(8, '0')}.retired.pem`));
  writePrivateFile(keyFile, pem);
  return next;
}
