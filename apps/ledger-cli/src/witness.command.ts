import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { generateKeyPairSync } from 'node:crypto';
import {
  cosignCheckpoint,
  createCosigner,
  fromHex,
  isHashHexList,
  openCheckpoint,
  parseVerifierKey,
  toHex,
  verifyConsistency,
  witnessKeyOf,
  type Cosigner,
} from '@ledger/evidence';
import type { CliOutput } from './cli-output';
import type { WitnessCommandOptions } from './cli-program';

export type WitnessRequest = Readonly<{
  api: string;
  pin: string;
  name: string;
  keyFile: string;
  stateFile: string;
  token: string | undefined;
}>;

/** What the witness keeps between runs: the largest checkpoint it cosigned. */
type WitnessState = Readonly<{ size: number; rootHash: string }>;

export class WitnessRefusal extends Error {}

type Graphql = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

function graphqlClient(api: string, token: string | undefined, fetchImpl: typeof fetch): Graphql {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetchImpl(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data)
      throw new WitnessRefusal(
        `the ledger answered: ${body.errors?.map((error) => error.message).join('; ') ?? response.status}`,
      );
    return body.data;
  };
}

/** The witness key from its file (PKCS#8 PEM or base64 seed), created with mode 0600 when absent. */
async function loadCosigner(name: string, keyFile: string): Promise<{ cosigner: Cosigner; created: boolean }> {
  const created = !existsSync(keyFile);
  if (created)
    await writeFile(
      keyFile,
      generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      { mode: 0o600, flag: 'wx' },
    );
  const text = await readFile(keyFile, 'utf8');
  return {
    cosigner: createCosigner(
      name,
      text.includes('-----BEGIN') ? text : new Uint8Array(Buffer.from(text.trim(), 'base64')),
    ),
    created,
  };
}

const readState = async (file: string): Promise<WitnessState | null> =>
  existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as WitnessState) : null;

/**
 * One round of the witness: fetch the log's latest checkpoint, check it is signed by the pinned log key and
 * consistent with the last one this witness cosigned (never smaller, never another root at the same size),
 * cosign it with the time, and send the cosignature to the ledger, which records it. The state moves on
 * only once the ledger accepted it.
 */
export async function witnessOnce(
  request: WitnessRequest,
  output: CliOutput,
  now: Date,
  fetchImpl: typeof fetch = fetch,
): Promise<number> {
  const logKey = parseVerifierKey(request.pin);
  if (!logKey) throw new WitnessRefusal('--pin must be the log key as a vkey');
  const { cosigner, created } = await loadCosigner(request.name, request.keyFile);
  if (created)
    output.info(
      `created the witness key ${request.keyFile}; give the ledger this key for LEDGER_WITNESS_KEYS: ${witnessKeyOf(cosigner)}`,
    );
  const graphql = graphqlClient(request.api, request.token, fetchImpl);
  const { checkpoints } = await graphql<{ checkpoints: { size: number; rootHash: string; note: string }[] }>(
    '{ checkpoints { size rootHash note } }',
  );
  const latest = [...checkpoints].sort((left, right) => right.size - left.size)[0];
  const opened = latest ? openCheckpoint(latest.note, [logKey]) : null;
  if (
    !latest ||
    !opened?.ok ||
    toHex(opened.checkpoint.root) !== latest.rootHash ||
    opened.checkpoint.size !== latest.size
  ) {
    throw new WitnessRefusal('the latest checkpoint is not signed by the pinned log key');
  }
  const state = await readState(request.stateFile);
  if (state && latest.size < state.size)
    throw new WitnessRefusal(`the log shrank: ${latest.size} entries after ${state.size} cosigned`);
  if (state && latest.size === state.size && latest.rootHash !== state.rootHash)
    throw new WitnessRefusal(`two roots for ${state.size} entries: the log was rewritten`);
  if (state && latest.size > state.size) {
    const { consistencyProof } = await graphql<{ consistencyProof: { proof: string[] } }>(
      'query Proof($from: Int!, $to: Int!) { consistencyProof(fromSize: $from, toSize: $to) { proof } }',
      { from: state.size, to: latest.size },
    );
    const proof = consistencyProof.proof;
    const holds =
      isHashHexList(proof) &&
      verifyConsistency(
        state.size,
        latest.size,
        fromHex(state.rootHash)!,
        opened.checkpoint.root,
        proof.map((hash) => fromHex(hash)!),
      );
    if (!holds)
      throw new WitnessRefusal(
        `the log of ${latest.size} entries does not extend the one of ${state.size} this witness cosigned`,
      );
  }
  const time = Math.floor(now.getTime() / 1000);
  await graphql('mutation Cosign($note: String!) { cosignCheckpoint(note: $note) { size } }', {
    note: cosignCheckpoint(latest.note, cosigner, time),
  });
  await writeFile(request.stateFile, JSON.stringify({ size: latest.size, rootHash: latest.rootHash }), { mode: 0o600 });
  output.info(
    `cosigned the checkpoint of ${latest.size} entries at ${now.toISOString()}${state ? `, consistent with the one of ${state.size}` : ''}`,
  );
  return 0;
}

/** `witness`: one round; exit 1 when it refuses to cosign. */
export async function witnessCommand(
  options: WitnessCommandOptions,
  env: NodeJS.ProcessEnv,
  output: CliOutput,
  now: Date,
): Promise<number> {
  try {
    const { api, pin, name, key: keyFile, state: stateFile } = options;
    return await witnessOnce({ api, pin, name, keyFile, stateFile, token: env.LEDGER_TOKEN }, output, now);
  } catch (error) {
    if (!(error instanceof WitnessRefusal)) throw error;
    output.error(`not cosigned: ${error.message}`);
    return 1;
  }
}
