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
type Field = { name: string; salt: string; value: Json } | { commitment: string };
type Tag = { salt: string; tag: string };

const commitmentOf = (fields: Field[]) =>
  sha256(
    ...fields.map((field) =>
      'name' in field ? fieldCommitment(field.name, field.salt, field.value) : Buffer.from(field.commitment, 'hex'),
    ),
  ).toString('hex');
const sealedLeaf = (commitment: string, negotiation: Tag) =>
  jcs({ commitment, format: 'negotiation-ledger-leaf/v3', negotiation });
/** A vkey's name, key id and public key; the base64 key may hold a `+` itself. */
const vkeyParts = (vkey: string) => {
  const [name, id, ...key] = vkey.split('+');
  return { name, id, publicKey: Buffer.from(key.join('+'), 'base64').subarray(1) };
};
const ed25519Verifies = (vkey: string, text: string, signatureBlob: Buffer) => {
  const { publicKey } = vkeyParts(vkey);
  const verifier = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: publicKey.toString('base64url') },
    format: 'jwk',
  });
  return verify(null, Buffer.from(text), verifier, signatureBlob.subarray(4));
};
/** Splits a signed note at its last blank line into its text and its one signature line's name and blob. */
const openNote = (note: string) => {
  const split = note.lastIndexOf('\n\n');
  const [dash, signer, blob] = note.slice(split + 2, -1).split(' ');
  return { text: note.slice(0, split + 1), dash, signer, blob: Buffer.from(blob, 'base64') };
};

describe("FORMAT.md's worked example, verified from the document alone", () => {
  const dossier = JSON.parse(dossierText) as { [key: string]: Json } & {
    evidence: { checkpoints: string[]; entries: Entry[] };
  };
  const [shown, partial, sealed] = dossier.evidence.entries;
  const fieldsOf = (entry: Entry) => (entry.disclosure as { fields: Field[] }).fields;
  const valueOf = (entry: Entry, name: string) =>
    (fieldsOf(entry).find((field) => 'name' in field && field.name === name) as { value: Json }).value;
  const vkey = stated('pinned vkey');

  it('has a manifest over the six parts, signed by the pinned key', () => {
    const manifest = dossier.manifest as { algorithm: string; parts: Record<string, string> };
    expect(manifest.algorithm).toBe('sha256-jcs');
    for (const part of ['exportedAt', 'subject', 'withheld', 'publicKeys', 'evidence', 'specification'])
      expect(manifest.parts[part]).toBe(hex(jcs(dossier[part])));
    const note = openNote(dossier.signature as string);
    expect(note.text).toBe(`negotiation-ledger-dossier/v2\nmanifest ${hex(jcs(manifest))}\n`);
    expect([note.dash, note.signer]).toEqual(['\u2014', vkeyParts(vkey).name]);
    expect(ed25519Verifies(vkey, note.text, note.blob)).toBe(true);
  });

  it('rebuilds the shown entry: field commitments, header, scope, negotiation tag and leaf', () => {
    const fields = fieldsOf(shown) as { name: string; salt: string; value: Json }[];
    expect(fields.every((field) => 'name' in field)).toBe(true);
    expect(fieldCommitment(fields[0].name, fields[0].salt, fields[0].value).toString('hex')).toBe(
      stated('entry 0, first field'),
    );
    const commitment = commitmentOf(fields);
    expect(commitment).toBe(stated('entry 0, entry commitment'));
    expect(fields.map((field) => field.name)).toEqual([...fields.map((field) => field.name)].sort());
    const header = valueOf(shown, 'event') as Record<string, Json>;
    expect(header.streamId).toBe('negotiation-voorbeeld');
    expect(header.revision).toBe(0);
    const links = Object.fromEntries(
      fields.filter((field) => /^data\..*Ids?$/.test(field.name)).map((field) => [field.name.slice(5), field.value]),
    );
    expect(valueOf(shown, 'scope')).toEqual({
      links,
      occurredOn: valueOf(shown, 'metadata.occurredOn'),
      recordedAt: valueOf(shown, 'metadata.recordedAt'),
    });
    const negotiation = shown.negotiation as Tag;
    expect(fieldCommitment('negotiation', negotiation.salt, 'voorbeeld').toString('hex')).toBe(negotiation.tag);
    expect(negotiation.tag).toBe(stated('entry 0, negotiation tag'));
    expect(sealedLeaf(commitment, negotiation)).toBe(leafBlock);
    expect(leafHash(leafBlock).toString('hex')).toBe(stated('entry 0, leaf hash'));
  });

  it('proves all three entries against the signed checkpoint, whose root is the stated one', () => {
    expect(commitmentOf(fieldsOf(partial))).toBe((partial.disclosure as { commitment: string }).commitment);
    const leaves = [
      leafHash(leafBlock),
      leafHash(sealedLeaf(commitmentOf(fieldsOf(partial)), partial.negotiation as Tag)),
      leafHash(sealedLeaf(sealed.commitment as string, sealed.negotiation as Tag)),
    ];
    const root = node(node(leaves[0], leaves[1]), leaves[2]);
    expect(root.toString('hex')).toBe(stated('root at size 3'));
    dossier.evidence.entries.forEach((entry, i) =>
      expect(rootFromInclusion(entry.index, entry.checkpoint, leaves[i], entry.proof)).toEqual(root),
    );

    const note = openNote(dossier.evidence.checkpoints[0]);
    expect(note.text.split('\n').slice(1, 4)).toEqual(['3', root.toString('base64'), 'sealed-leaves-from 0']);
    const { name, id, publicKey } = vkeyParts(vkey);
    expect(hex(name, '\n', Buffer.of(1), publicKey).slice(0, 8)).toBe(id);
    expect([note.dash, note.signer]).toEqual(['\u2014', name]);
    expect(note.blob.subarray(0, 4).toString('hex')).toBe(id);
    expect(ed25519Verifies(vkey, note.text, note.blob)).toBe(true);
  });

  it('proves the withheld entry outside the subject and states counts that agree with the leaves', () => {
    const negotiation = sealed.negotiation as Tag;
    expect(fieldCommitment('negotiation', negotiation.salt, 'voorbeeld').toString('hex')).not.toBe(negotiation.tag);
    expect(dossier.evidence).toMatchObject({ range: { from: 0, to: 3 } });
    const withheldFields = fieldsOf(partial).filter((field) => 'commitment' in field).length;
    expect(dossier.withheld).toEqual({ entries: 0, fields: withheldFields, outsideSubject: 1 });
  });

  it('shows no chain hash, so a withheld field cannot be tested against one', () => {
    expect(dossierText).not.toMatch(/"(prevHash|hash)"/);
  });

  it('passes the reference verifier too, and fails it with one amount changed', () => {
    expect(verifyDossierJson(dossierText, [vkey]).verdict).toBe('PASS');
    expect(verifyDossierJson(dossierText.replace('72800000000', '100'), [vkey]).verdict).toBe('FAIL');
  });
});
