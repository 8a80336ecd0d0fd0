import {
  describeFigures,
  figuresOf,
  loadSeconds,
  openLoadNegotiation,
  readStoredStream,
  startLedger,
} from '../load/support/load-ledger';
import { SOUND_STREAM, auditStream } from '../load/support/stream-audit';
import { WriterPool } from '../load/support/writer-pool';
import { benchReport } from './support/bench-report';
import { withTempDir } from './support/temp-dir';

const WRITERS = 50;
const NEGOTIATION = 'load-bench';

/**
 * The write load: 50 writers on one negotiation over HTTP for 30 s (LEDGER_LOAD_SECONDS), each sending its
 * next command with the revision it last saw and retrying on CONFLICT. Prints the figures, then checks the
 * stored stream as test/load does; a stream that is not sound fails the benchmark.
 */
export async function run(): Promise<void> {
  await withTempDir('ledger-load-bench', async (dataDir) => {
    const ledger = await startLedger(dataDir);
    try {
      const pool = new WriterPool(WRITERS, NEGOTIATION, await openLoadNegotiation(ledger.target, NEGOTIATION));
      const seconds = loadSeconds(30);
      const started = performance.now();
      await pool.drive(ledger.target, seconds * 1000);
      const figures = figuresOf(pool, performance.now() - started);
      console.log(`  ${describeFigures(`${WRITERS} writers for ${seconds} s`, figures)}`);
      benchReport.rate(`${WRITERS} writers on one negotiation`, figures.commandsPerSecond, 'commands/s');
      benchReport.plain(`${WRITERS} writers: conflicts`, figures.conflicts, 'refusals');
      benchReport.latency(`${WRITERS} writers: p99 per request`, figures.requestP99Ms);
      benchReport.latency(`${WRITERS} writers: p99 per command, retries included`, figures.commandP99Ms);
      const findings = auditStream(await readStoredStream(dataDir, NEGOTIATION), pool);
      if (pool.unexpected.length > 0 || JSON.stringify(findings) !== JSON.stringify(SOUND_STREAM)) {
        throw new Error(
          `The load left an unsound stream: ${JSON.stringify({ unexpected: pool.unexpected.slice(0, 5), findings }).slice(0, 2000)}`,
        );
      }
      console.log(
        `  stream sound: ${figures.acknowledged} acknowledged commands stored once each, revisions contiguous, hash chain intact`,
      );
    } finally {
      await ledger.stop();
    }
  });
}
