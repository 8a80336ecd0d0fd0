import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { verifyBundle, type EvidenceBundle, type VerificationReport } from '@ledger/evidence';

/** To the worker: take this bundle (v8-serialized, transferred), or verify the bundle taken. */
export type BundleVerifyRequest = Readonly<{ kind: 'load'; bundle: Uint8Array }> | Readonly<{ kind: 'verify' }>;

/** From the worker: the bundle is read and waits; or its verdict, the first failed check, and the time verifyBundle took. */
export type BundleVerifyReply =
  | Readonly<{ kind: 'loaded' }>
  | Readonly<{
      kind: 'verified';
      verdict: VerificationReport['verdict'];
      firstFailure: string | null;
      verifyMs: number;
    }>;

export type BundleVerifyWorkerData = Readonly<{ pinnedVkeys: readonly string[] }>;

// Reading a bundle and verifying it are separate requests, so that the benchmark can start every thread's
// verification at once and time only that; an auditor's reading of the file is not part of the figure.
const { pinnedVkeys } = workerData as BundleVerifyWorkerData;
let loaded: EvidenceBundle | null = null;

parentPort!.on('message', (request: BundleVerifyRequest) => {
  if (request.kind === 'load') {
    loaded = deserialize(request.bundle) as EvidenceBundle;
    parentPort!.postMessage({ kind: 'loaded' } satisfies BundleVerifyReply);
    return;
  }
  const started = performance.now();
  const report = verifyBundle(loaded, pinnedVkeys);
  const verifyMs = performance.now() - started;
  loaded = null;
  const failure = report.checks.find((check) => check.status === 'FAIL');
  const firstFailure = failure ? `${failure.check} ${failure.where}: ${failure.message.en}` : null;
  parentPort!.postMessage({
    kind: 'verified',
    verdict: report.verdict,
    firstFailure,
    verifyMs,
  } satisfies BundleVerifyReply);
});
