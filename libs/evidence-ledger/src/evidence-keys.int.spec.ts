import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvidenceKeyError, loadEvidenceKeys, rotateDataFolderKey, SIGNING_KEY_FILE } from './evidence-keys';

const keyId = (keys: ReturnType<typeof loadEvidenceKeys>) => keys.signer.keyId.toString(16).padStart(8, '0');

describe('retired signing keys', () => {
  let root: string;
  let dataDir: string;
  let archive: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ledger-keys-'));
    dataDir = join(root, 'data');
    archive = join(root, 'archive');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('are deleted from the data folder once the rotation completes, and the new key signs from then on', () => {
    const keys = loadEvidenceKeys(dataDir, {});
    const rotation = rotateDataFolderKey(dataDir, keys.signer, keys.retiredKeyArchive);
    expect(loadEvidenceKeys(dataDir, {}).signer.keyId).toBe(keys.signer.keyId);
    rotation.complete();
    expect(readdirSync(dataDir).sort()).toEqual(['evidence-secret', SIGNING_KEY_FILE]);
    expect(loadEvidenceKeys(dataDir, {}).signer.keyId).toBe(rotation.next.keyId);
  });

  it('are moved into LEDGER_RETIRED_KEY_ARCHIVE, readable by the service user only', () => {
    const env = { LEDGER_RETIRED_KEY_ARCHIVE: archive };
    const keys = loadEvidenceKeys(dataDir, env);
    const pem = readFileSync(join(dataDir, SIGNING_KEY_FILE), 'utf8');
    rotateDataFolderKey(dataDir, keys.signer, keys.retiredKeyArchive).complete();
    const archived = join(archive, `signing-key.${keyId(keys)}.retired.pem`);
    expect(readFileSync(archived, 'utf8')).toBe(pem);
    expect(statSync(archived).mode & 0o777).toBe(0o600);
    expect(readdirSync(dataDir).filter((file) => file.includes('retired'))).toEqual([]);
  });

  it('left in the data folder by an earlier version leave it on the next start', () => {
    loadEvidenceKeys(dataDir, {});
    writeFileSync(join(dataDir, 'signing-key.0badc0de.retired.pem'), 'old key');
    loadEvidenceKeys(dataDir, { LEDGER_RETIRED_KEY_ARCHIVE: archive });
    expect(existsSync(join(dataDir, 'signing-key.0badc0de.retired.pem'))).toBe(false);
    expect(readFileSync(join(archive, 'signing-key.0badc0de.retired.pem'), 'utf8')).toBe('old key');
  });

  it('may not be archived inside the data folder', () => {
    expect(() => loadEvidenceKeys(dataDir, { LEDGER_RETIRED_KEY_ARCHIVE: join(dataDir, 'retired') })).toThrow(
      EvidenceKeyError,
    );
    expect(() => loadEvidenceKeys(dataDir, { LEDGER_RETIRED_KEY_ARCHIVE: dataDir })).toThrow(
      /must lie outside the data folder/,
    );
  });
});
