import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemoryEventStore, SqliteEventStore, type EventStore, type NewEvent } from '@ledger/event-store';
import {
  buildEvidenceBundle,
  canonicalJson,
  createNoteSigner,
  eventLeafOf,
  eventHash,
  fromHex,
  GENESIS_PREV_HASH,
  hashLeaf,
  MerkleTree,
  sealedFromLine,
  parseStrictJson,
  signCheckpoint,
  toHex,
  verifierKeyOf,
  verifyDossierJson,
  type EvidenceBundle,
  type LoggedEvent,
} from '@ledger/evidence';
import { dossierRequestOf, EvidenceLedger, exportDossier, renderChronologyPdf } from '@ledger/evidence-ledger';
import { BundleVerifyThreads } from './support/bundle-verify-threads';

// Evidence benchmarks. Figures go to stdout; targets are printed beside them, and no
// figure fails the run: the machine decides too much of them.

const SECRET = new Uint8Array(32).fill(7);
const ORIGIN = 'bench.local/ledger';
const KEYS = {
  secret: SECRET,
  signer: createNoteSigner(ORIGIN, new Uint8Array(32).fill(9)),
  signingKeySource: 'environment' as const,
  retiredKeyArchive: null,
  witnessKeys: [],
};
const NOW = '2025-09-01T09:00:00.000Z';

type SignedSize = Readonly<{ size: number; note: string }>;

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const rate = (count: number, elapsed: number) => `${Math.round(count / elapsed).toLocaleString('en')}/s`;

/** A position as a delegation records it: the shape and size of the real record's entries. */
function positionEvent(i: number, commandId: string): NewEvent {
  return {
    type: 'PositionTaken',
    schemaVersion: 1,
    data: {
      negotiationId: 'bench',
      positionId: `position-${i}`,
      partyId: i % 2 === 0 ? 'vng' : 'rijk',
      proposalId: null,
      meetingId: `meeting-${Math.floor(i / 20)}`,
      topic: 'Compensatie tekorten 2023/2024',
      stance: 'conditional',
      reasons: ['te bezien in augustus, toezegging brief MP; anders: civielrechtelijke procedure'],
    },
    metadata: {
      occurredOn: `2025-${String(1 + (i % 12)).padStart(2, '0')}-16`,
      recordedAt: NOW,
      recordedBy: 'bench',
      commandId,
      correlationId: commandId,
      causationId: commandId,
      sources: [
        {
          document: { title: 'Voorjaarsnota 2025', issuer: 'VNG', date: '2025-05-15' },
          quote: 'Compensatie 50% tekorten 2023/2024 (€ 728 mln)',
          page: 3,
        },
      ],
      classification: { level: i % 10 === 0 ? 'internal' : 'parties' },
    },
  };
}

const HASHING_PASSES = 5;

/** The median of the passes' times: one pass of a few tens of milliseconds moves with every collection and compile. */
function medianPassSeconds(passes: number, pass: () => void): number {
  const times = Array.from({ length: passes }, () => {
    const start = process.hrtime.bigint();
    pass();
    return seconds(start);
  }).sort((a, b) => a - b);
  return times[Math.floor(passes / 2)];
}

/**
 * The per-stream chain hash is the only evidence work on the append path (the Merkle log follows from a
 * subscription). Its share: the time to hash the same envelopes (the median of five passes, as warm as the
 * append path of a running service), over the time the appends took.
 */
async function appendPathOverhead(label: string, store: EventStore, count: number): Promise<void> {
  const events = Array.from({ length: count }, (_, i) => positionEvent(i, `append-${i}`));
  const start = process.hrtime.bigint();
  for (const [i, event] of events.entries()) await store.append(`negotiation-append-${i % 50}`, 'any', [event]);
  const appending = seconds(start);
  const covered = (await store.readAll({ after: 0, limit: count })).map(
    ({ globalPosition: _position, hash: _hash, ...rest }) => rest,
  );
  const hashing = medianPassSeconds(HASHING_PASSES, () => covered.forEach((envelope) => eventHash(envelope)));
  console.log(
    `  append path, ${label}: ${count} appends in ${appending.toFixed(2)} s; chain hashing ${(hashing * 1000).toFixed(1)} ms ` +
      `(median of ${HASHING_PASSES} passes) = ${((hashing / appending) * 100).toFixed(2)}% (target ≤ 5%)`,
  );
}

/** A stream of chained events, made on the fly so a million need no memory; the making is not timed. */
function* chainedLog(count: number): Generator<LoggedEvent> {
  const lastHash = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    const streamId = `negotiation-${i % 1000}`;
    const { type, schemaVersion, data, metadata } = positionEvent(i, `log-${i}`);
    const unhashed = {
      eventId: `event-${i}`,
      streamId,
      revision: Math.floor(i / 1000),
      type,
      schemaVersion,
      data,
      metadata,
      prevHash: lastHash.get(streamId) ?? GENESIS_PREV_HASH,
    };
    const event = { ...unhashed, hash: eventHash(unhashed) };
    lastHash.set(streamId, event.hash);
    yield event;
  }
}

/**
 * The bundle of one slice of the log, the last leaves of the tree, as the exporter makes it: every entry shown
 * whole, proven against the slice's checkpoint. The slice's commitments are made once, for its leaves and its bundle.
 */
function appendSliceBundle(
  tree: MerkleTree,
  slice: readonly LoggedEvent[],
  previous: SignedSize | null,
): { bundle: EvidenceBundle; checkpoint: SignedSize } {
  const leaves = new Map(slice.map((event) => [event, eventLeafOf(event, SECRET, true)]));
  for (const { leafHash } of leaves.values()) tree.appendLeafHash(fromHex(leafHash)!);
  const extensions = [sealedFromLine(0)];
  const checkpoint = {
    size: tree.size,
    note: signCheckpoint({ origin: ORIGIN, size: tree.size, root: tree.root(), extensions }, [KEYS.signer]),
  };
  const from = tree.size - slice.length;
  const entries = slice.map((event, offset) => ({
    index: from + offset,
    event,
    exposure: { kind: 'disclosed' as const },
  }));
  const source = {
    origin: ORIGIN,
    proofs: tree,
    leafOf: (event: LoggedEvent) => leaves.get(event)!,
    checkpoints: previous ? [previous, checkpoint] : [checkpoint],
    rotations: [],
  };
  return { bundle: buildEvidenceBundle(source, entries), checkpoint };
}

/** Each event's link to its stream's previous hash, across bundles (verifyBundle checks the links within one). */
function checkLinksAcrossBundles(slice: readonly LoggedEvent[], lastHash: Map<string, string>): void {
  for (const { streamId, prevHash, hash, eventId } of slice) {
    if (prevHash !== (lastHash.get(streamId) ?? GENESIS_PREV_HASH)) throw new Error(`chain broken at ${eventId}`);
    lastHash.set(streamId, hash);
  }
}

/**
 * Full verification of a million-event log by an auditor who receives it as consecutive evidence bundles
 * of 10,000 entries, each with the checkpoint before it and the one after it, and verifies them on every
 * core, one bundle per worker thread at a time. Per bundle the offline verifier's every check
 * (verifyBundle, as `npm run ledger -- verify` runs it): checkpoint signatures, the consistency proof
 * between the two, coverage, and per entry (sealed leaves, format 3) the commitment of each of its
 * fields from its salt, its leaf and its inclusion proof; plus, across bundles, each event's link to its
 * stream's previous hash. Timed: the rounds in which the threads verify (wall clock) and the links; not
 * timed: making the log and the bundles, and handing them to the threads.
 */
async function fullVerification(count: number, perBundle = 10_000, threadCount = cpus().length): Promise<void> {
  const tree = new MerkleTree();
  const lastHash = new Map<string, string>();
  const events = chainedLog(count);
  const threads = BundleVerifyThreads.start(threadCount, [verifierKeyOf(KEYS.signer)]);
  let previous: SignedSize | null = null;
  let wallMs = 0;
  let threadMs = 0;
  try {
    while (tree.size < count) {
      const round: { bundle: EvidenceBundle; slice: LoggedEvent[] }[] = [];
      while (round.length < threads.size && tree.size < count) {
        const slice = Array.from(
          { length: Math.min(perBundle, count - tree.size) },
          () => events.next().value as LoggedEvent,
        );
        const { bundle, checkpoint } = appendSliceBundle(tree, slice, previous);
        round.push({ bundle, slice });
        previous = checkpoint;
      }
      const times = await threads.verifyRound(round.map(({ bundle }) => bundle));
      const linksStarted = performance.now();
      for (const { slice } of round) checkLinksAcrossBundles(slice, lastHash);
      wallMs += times.wallMs + (performance.now() - linksStarted);
      threadMs += times.threadMs;
    }
  } finally {
    await threads.close();
  }
  console.log(
    `  full verification of ${count.toLocaleString('en')} events, in bundles of ${perBundle.toLocaleString('en')} every entry shown whole (signatures, consistency, ` +
      `links across bundles, field commitments, leaves, inclusion proofs), on ${threadCount} threads: ${(wallMs / 1000).toFixed(1)} s = ${rate(count, wallMs / 1000)} ` +
      `(target ≥ 80,000/s); per thread ${rate(count, threadMs / 1000)} of its own verifying time`,
  );
}

/**
 * The log's structure at a million events, given each leaf's header and commitment (as a log mirror would
 * hold them): chain links, leaf hashes, the tree and its root. Commitments are random here: they are data.
 */
function logVerification(count: number): void {
  const tree = new MerkleTree();
  const lastHash = new Map<string, string>();
  let timed = 0n;
  for (let i = 0; i < count; i += 1) {
    const streamId = `negotiation-${i % 1000}`;
    const header = {
      eventId: `event-${i}`,
      streamId,
      revision: Math.floor(i / 1000),
      type: 'PositionTaken',
      schemaVersion: 1,
      hash: toHex(randomBytes(32)),
    };
    const commitment = toHex(randomBytes(32));
    const start = process.hrtime.bigint();
    lastHash.set(streamId, header.hash);
    tree.appendLeafHash(hashLeaf(new TextEncoder().encode(canonicalJson({ ...header, commitment }))));
    timed += process.hrtime.bigint() - start;
  }
  const start = process.hrtime.bigint();
  tree.root();
  const elapsed = Number(timed + (process.hrtime.bigint() - start)) / 1e9;
  console.log(
    `  log verification (leaves, tree, root) of ${count.toLocaleString('en')} events: ${elapsed.toFixed(1)} s = ${rate(count, elapsed)}; heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB`,
  );
}

/** A 10,000-entry dossier: export (catch-up, proofs, commitments), verify, and the PDF on its own. */
async function dossierRoundTrip(entries: number): Promise<void> {
  const store = new InMemoryEventStore();
  // Started first, so the entries come after the adoption of sealed leaves, as entries recorded from now on do.
  const ledger = new EvidenceLedger(store, KEYS, { signAfterMeetings: false, now: () => NOW });
  await ledger.start();
  for (let batch = 0; batch < entries / 100; batch += 1) {
    const commandId = `dossier-${batch}`;
    await store.append(
      'negotiation-bench',
      'any',
      Array.from({ length: 100 }, (_, i) => positionEvent(batch * 100 + i, commandId)),
    );
  }
  const start = process.hrtime.bigint();
  const dossier = await exportDossier(
    ledger,
    dossierRequestOf({ negotiationId: 'bench', withholdClassifications: ['internal'], withholdPersonalData: true }),
    NOW,
  );
  const exporting = seconds(start);
  const text = JSON.stringify(dossier);
  const verifyStart = process.hrtime.bigint();
  // From the text, as a reader verifies a file: strict parsing included.
  const report = verifyDossierJson(text, [verifierKeyOf(KEYS.signer)]);
  const verifying = seconds(verifyStart);
  const parseStart = process.hrtime.bigint();
  JSON.parse(text);
  const parsing = seconds(parseStart);
  const strictStart = process.hrtime.bigint();
  parseStrictJson(text);
  const strictParsing = seconds(strictStart);
  const pdfStart = process.hrtime.bigint();
  const pdf = await renderChronologyPdf(dossier, { pin: verifierKeyOf(KEYS.signer) });
  const rendering = seconds(pdfStart);
  await ledger.stop();
  console.log(
    `  dossier of ${entries.toLocaleString('en')} entries: export ${exporting.toFixed(2)} s + verify ${verifying.toFixed(2)} s = ${(exporting + verifying).toFixed(2)} s ` +
      `(target < 10 s), verdict ${report.verdict}; PDF ${(pdf.length / 2 ** 20).toFixed(1)} MB in ${rendering.toFixed(2)} s`,
  );
  console.log(
    `  strict JSON read of its ${(text.length / 2 ** 20).toFixed(1)} MB: ${(strictParsing * 1000).toFixed(0)} ms = ` +
      `${(strictParsing / parsing).toFixed(2)}x JSON.parse (${(parsing * 1000).toFixed(0)} ms) in the same run`,
  );
}

export async function run(): Promise<void> {
  console.log('evidence:');
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-bench-evidence-'));
  const sqlite = SqliteEventStore.open({ filename: join(dataDir, 'ledger.sqlite') });
  try {
    await appendPathOverhead('embedded SQLite (durable)', sqlite, 2_000);
  } finally {
    await sqlite.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  await appendPathOverhead('in memory (no I/O, worst case)', new InMemoryEventStore(), 20_000);
  logVerification(1_000_000);
  await fullVerification(Number(process.env.EVIDENCE_BENCH_FULL_EVENTS ?? 1_000_000));
  await dossierRoundTrip(10_000);
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
