import { generateKeyPairSync } from 'node:crypto';
import { createNoteSigner, noteKeyId, parseVerifierKey, verifierKeyOf } from './note-key';
import { parseNote, signNote, verifyNote } from './signed-note';

// Known-answer vectors from golang.org/x/mod, sumdb/note/note_test.go (TestSign, TestOpen), as read on
// GitHub (golang/mod). The Go private key is `PRIVATE+KEY+<name>+<id>+base64(0x01 || seed)`.
const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const ENOCH_VKEY = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_SIG =
  '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const ENOCH_SIG =
  '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';

const peterSeed = new Uint8Array(Buffer.from(PETER_SKEY.split('+').slice(4).join('+'), 'base64').subarray(1));
const peter = createNoteSigner('PeterNeumann', peterSeed);
const verifiers = (...vkeys: string[]) => vkeys.map((vkey) => parseVerifierKey(vkey)!);

describe('note keys', () => {
  it('derives the Go reference key id and vkey from the seed', () => {
    expect(peter.keyId).toBe(0xc74f20a3);
    expect(verifierKeyOf(peter)).toBe(PETER_VKEY);
    expect(noteKeyId('PeterNeumann', peter.publicKey)).toBe(0xc74f20a3);
  });

  it('loads the same key from PKCS#8 PEM as from its raw seed', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const seed = new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32));
    expect(verifierKeyOf(createNoteSigner('ledger.example/log', pem))).toBe(
      verifierKeyOf(createNoteSigner('ledger.example/log', seed)),
    );
  });

  it('refuses bad key names, short seeds and non-Ed25519 keys', () => {
    expect(() => createNoteSigner('two words', peterSeed)).toThrow(TypeError);
    expect(() => createNoteSigner('a+b', peterSeed)).toThrow(TypeError);
    expect(() => createNoteSigner('short', peterSeed.slice(1))).toThrow(TypeError);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    expect(() => createNoteSigner('rsa', rsa)).toThrow(TypeError);
  });

  it.each([
    ['a wrong key id', PETER_VKEY.replace('c74f20a3', 'c74f20a4')],
    ['another name for the key', PETER_VKEY.replace('PeterNeumann', 'PeterNeuman')],
    ['an unknown algorithm byte', 'PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'],
    ['a truncated key', PETER_VKEY.slice(0, -4)],
    ['no key at all', 'PeterNeumann+c74f20a3'],
  ])('rejects a vkey with %s', (_label, vkey) => {
    expect(parseVerifierKey(vkey)).toBeNull();
  });
});

describe('signed notes', () => {
  it('signs the Go reference note byte for byte', () => {
    expect(signNote(TEXT, [peter])).toBe(`${TEXT}\n${PETER_SIG}`);
  });

  it('verifies the pinned signature and ignores the unknown one', () => {
    const result = verifyNote(parseNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`)!, verifiers(PETER_VKEY));
    expect(result).toEqual({
      text: TEXT,
      valid: ['PeterNeumann+c74f20a3'],
      unknown: ['EnochRoot+af0cfe78'],
      invalid: [],
      verified: true,
    });
  });

  it('verifies both signatures when both keys are pinned', () => {
    const result = verifyNote(parseNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`)!, verifiers(PETER_VKEY, ENOCH_VKEY));
    expect(result.valid).toEqual(['PeterNeumann+c74f20a3', 'EnochRoot+af0cfe78']);
    expect(result.verified).toBe(true);
  });

  it('does not verify a note without a pinned signature', () => {
    expect(verifyNote(parseNote(`${TEXT}\n${ENOCH_SIG}`)!, verifiers(PETER_VKEY)).verified).toBe(false);
  });

  it('reports an altered text or signature as invalid', () => {
    const altered = verifyNote(
      parseNote(`${TEXT.replace('cryptography', 'cryptographY')}\n${PETER_SIG}`)!,
      verifiers(PETER_VKEY),
    );
    expect(altered).toMatchObject({ valid: [], invalid: ['PeterNeumann+c74f20a3'], verified: false });
    const badSignature = `${PETER_SIG.slice(0, 60)}ABCD${PETER_SIG.slice(60)}`;
    expect(verifyNote(parseNote(`${TEXT}\n${PETER_SIG}${badSignature}`)!, verifiers(PETER_VKEY)).verified).toBe(false);
  });

  it.each([
    ['no signatures', TEXT],
    ['only the blank line', `${TEXT}\n`],
    ['a signature line without its newline', `${TEXT}\n${PETER_SIG.slice(0, -1)}`],
    ['a control character', `\u0001${TEXT}\n${PETER_SIG}`],
    ['a lone surrogate, which has no UTF-8 form', `\ud800${TEXT}\n${PETER_SIG}`],
    [
      'a name with a space',
      `${TEXT}\n— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`,
    ],
    ['a line after the signatures', `${TEXT}\n${PETER_SIG}Unexpected line.\n`],
    ['a hyphen instead of the em dash', `${TEXT}\n${PETER_SIG.replace('—', '-')}`],
    ['more than 100 signatures', `${TEXT}\n${PETER_SIG.repeat(101)}`],
    ['not a string', 42],
  ])('refuses a note with %s as malformed', (_label, note) => {
    expect(parseNote(note)).toBeNull();
  });
});
