import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCAL_KEY_FILE = 'local-signing-key.pem';

export type LocalKeyPair = Readonly<{ privateKey: KeyObject; publicKey: KeyObject }>;

/**
 * The Ed25519 key that signs local tokens, kept beside the embedded store and readable by its owner only.
 * Created on first use with `wx`, so two processes starting at once cannot overwrite each other's key.
 */
export function loadOrCreateLocalKey(dataDir: string): LocalKeyPair {
  const file = join(dataDir, LOCAL_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    try {
      writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  chmodSync(file, 0o600);
  const privateKey = createPrivateKey(readFileSync(file));
  return { privateKey, publicKey: createPublicKey(privateKey) };
}
