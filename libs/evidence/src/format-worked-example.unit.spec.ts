import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyDossierJson } from './dossier';

/**
 * Verifies the worked example of FORMAT.md with what FORMAT.md says and nothing of this library: SHA-256,
 * Ed25519 and a canonical JSON good for the example's values (ASCII strings, integers, null). The values
 * are read out of FORMAT.md, so the document and the format cannot drift apart unnoticed.
 */
const format = readFileSync(join(__dirname, '..', 'FORMAT.md'), 'utf8');
const example = format.slice(format.indexOf('## Worked example'));
const stated = (label: string) => new RegExp(`^- ${label}[^\\n]*: \`([^\`]+)\`$`, 'm').exec(example)![1];
const dossierText = /```json\n([\s\S]*?)\n```/.exec(example)![1];
const leafBlock = /```\n(\{"commitment"[^\n]*)\n```/.exec(example)![1];

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };
const jcs = (value: Json): string => {
  if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${jcs(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
};
const sha256 = (...parts: (string | Buffer)[]) =>
  parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest();
const hex = (...parts: (string | Buffer)[]) => sha256(...parts).toString('hex');
const leafHash = (leaf: string) => sha256(Buffer.of(0), leaf);
const node = (left: Buffer, right: Buffer) => sha256(Buffer.of(1), left, right);
const fieldCommitment = (name: string, salt: string, value: Json) => sha256(jcs({ name, salt, value }));

/** RFC 9162 §2.1.3.2. */
function rootFromInclusion(index: number, size: number, leaf: Buffer, proof: string[]): Buffer | null {
  let [fn, sn, r] = [index, size - 1, leaf];
  for (const sibling of proof.map((item) => Buffer.from(item, 'hex'))) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = node(sibling, r);
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn >> 1, sn >> 1];
    } else r = node(r, sibling);
    [fn, sn] = [fn >> 1, sn >> 1];
  }
  return sn === 0 ? r : null;
}

type Entry = { kind: string; index: number; checkpoint: number; proof: string[] } & Record<string, Json>;

describe("FORMAT.md's worked example, verified from the document alone", () => {
  const dossier = JSON.parse(dossierText) as { [key: string]: Json } & {
    evidence: { checkpoints: string[]; entries: Entry[] };
  };
  const [disclosed, partial, withheld] = dossier.evidence.entries;
  const envelope = disclosed.envelope as { [key: string]: Json } & {
    data: Record<string, Json>;
    metadata: Record<string, Json>;
  };
  const salts = disclosed.salts as Record<string, string>;

  it('has a manifest over the six parts', () => {
    const manifest = dossier.manifest as { algorithm: string; parts: Record<string, string> };
    expect(manifest.algorithm).toBe('sha256-jcs');
    for (const part of ['exportedAt', 'subject', 'withheld', 'publicKeys', 'evidence', 'specification'])
      expect(manifest.parts[part]).toBe(hex(jcs(dossier[part])));
  });

  it('rebuilds the shown entry: chain hash, field commitments, entry commitment and leaf', () => {
    const { hash, ...covered } = envelope;
    expect(hex(envelope.prevHash as string, jcs(covered))).toBe(hash);
    expect(hash).toBe(stated('entry 0, chain hash'));
    const fields = [
      ...Object.entries(envelope.data).map(([key, value]) => [`data.${key}`, value] as const),
      ...Object.entries(envelope.metadata).map(([key, value]) => [`metadata.${key}`, value] as const),
    ].sort(([left], [right]) => (left < right ? -1 : 1));
    const commitments = fields.map(([name, value]) => fieldCommitment(name, salts[name], value));
    expect(commitments[0].toString('hex')).toBe(stated('entry 0, first field'));
    const commitment = sha256(...commitments).toString('hex');
    expect(commitment).toBe(stated('entry 0, entry commitment'));
    const { data: _data, metadata: _metadata, prevHash: _prevHash, ...header } = envelope;
    expect(jcs({ ...header, commitment })).toBe(leafBlock);
    expect(leafHash(leafBlock).toString('hex')).toBe(stated('entry 0, leaf hash'));
  });

  it('proves all three entries against the signed checkpoint, whose root is the stated one', () => {
    const disclosure = partial.disclosure as {
      commitment: string;
      fields: ({ name: string; salt: string; value: Json } | { commitment: string })[];
    };
    const partialCommitment = sha256(
      ...disclosure.fields.map((field) =>
        'name' in field ? fieldCommitment(field.name, field.salt, field.value) : Buffer.from(field.commitment, 'hex'),
      ),
    ).toString('hex');
    expect(partialCommitment).toBe(disclosure.commitment);
    const leaves = [
      leafHash(leafBlock),
      leafHash(jcs({ ...(partial.header as Record<string, Json>), commitment: partialCommitment })),
      Buffer.from(withheld.leafHash as string, 'hex'),
    ];
    const root = node(node(leaves[0], leaves[1]), leaves[2]);
    expect(root.toString('hex')).toBe(stated('root at size 3'));
    dossier.evidence.entries.forEach((entry, i) =>
      expect(rootFromInclusion(entry.index, entry.checkpoint, leaves[i], entry.proof)).toEqual(root),
    );

    const [note] = dossier.evidence.checkpoints;
    const split = note.lastIndexOf('\n\n');
    const text = note.slice(0, split + 1);
    expect(text.split('\n')[2]).toBe(root.toString('base64'));
    const [name, id, key] = stated('pinned vkey').split('+');
    const publicKey = Buffer.from(key, 'base64').subarray(1);
    expect(hex(name, '\n', Buffer.of(1), publicKey).slice(0, 8)).toBe(id);
    const [dash, signer, blob] = note.slice(split + 2, -1).split(' ');
    expect([dash, signer]).toEqual(['\u2014', name]);
    const signature = Buffer.from(blob, 'base64');
    expect(signature.subarray(0, 4).toString('hex')).toBe(id);
    const verifier = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: publicKey.toString('base64url') },
      format: 'jwk',
    });
    expect(verify(null, Buffer.from(text), verifier, signature.subarray(4))).toBe(true);
  });

  it('states withheld counts that agree with the bundle', () => {
    const counts = dossier.withheld as Record<string, number>;
    const withheldFields = (partial.disclosure as { fields: object[] }).fields.filter(
      (field) => 'commitment' in field,
    ).length;
    expect(counts.entries + counts.outsideSubject).toBe(
      dossier.evidence.entries.filter((entry) => entry.kind === 'withheld').length,
    );
    expect(counts.fields).toBe(withheldFields);
  });

  it('passes the reference verifier too, and fails it with one amount changed', () => {
    expect(verifyDossierJson(dossierText, [stated('pinned vkey')]).verdict).toBe('PASS');
    expect(verifyDossierJson(dossierText.replace('72800000000', '100'), [stated('pinned vkey')]).verdict).toBe('FAIL');
  });
});
