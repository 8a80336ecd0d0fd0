import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EventStore } from '@ledger/event-store';
import { canonicalJson, type Dossier } from '@ledger/evidence';
import {
  dossierRequestOf,
  EvidenceError,
  EvidenceErrorCode,
  EvidenceLedger,
  exportDossier,
  loadEvidenceKeys,
  renderChronologyPdf,
  SECRET_FILE,
  SIGNING_KEY_FILE,
  type DossierRequest,
} from '@ledger/evidence-ledger';
import { openSubjectKeyVault, revealPersonalData, type SubjectKeyVault } from '@ledger/personal-data';
import { noteTo, type CliOutput } from './cli-output';
import type { ExportCommandOptions } from './cli-program';
import {
  dataFolderOf,
  existingStoreIn,
  leavingNothingOnFailure,
  storeFileIn,
  withReadableDataFolder,
} from './data-folder';
import { withEmbeddedStore } from './embedded-store';
import { startProgress } from './progress';

export const DOSSIER_FILE = 'dossier.json';
export const CHRONOLOGY_FILE = 'chronologie.pdf';
/** The checkpoint the entries are proven against, for the reader to keep and hold the next dossier to (`verify --held`). */
export const CHECKPOINT_FILE = 'checkpoint.txt';

/** The keys an export signs with: from the data folder, unless the environment gives them. */
const EVIDENCE_KEY_FILES = [
  { file: SIGNING_KEY_FILE, unlessEnv: 'LEDGER_SIGNING_KEY' },
  { file: SECRET_FILE, unlessEnv: 'LEDGER_EVIDENCE_SECRET' },
];

function checkpointSize(text: string): number {
  if (!/^[1-9][0-9]*$/.test(text))
    throw new EvidenceError(
      EvidenceErrorCode.InvalidRequest,
      `--consistent-with takes a checkpoint size, got "${text}"`,
      'consistentWith',
    );
  return Number(text);
}

/** What to export, from the parsed options; refuses a malformed date or classification. The folder defaults to ./dossier-<negotiation>. */
export function exportRequestOf(options: ExportCommandOptions) {
  const request = dossierRequestOf({
    negotiationId: options.negotiation,
    disputeId: options.dispute,
    from: options.from,
    to: options.to,
    asKnownAt: options.asKnownAt,
    withholdClassifications: options.withholdClassification,
    withholdPersonalData: options.withholdPersonalData === true,
    consistentWith: options.consistentWith.map(checkpointSize),
  });
  return { request, out: resolve(options.out ?? `dossier-${options.negotiation}`) };
}

/** `export`: from the data folder's store, which must exist; a failed export leaves neither keys nor a folder behind. */
export async function exportCommand(
  options: ExportCommandOptions,
  env: NodeJS.ProcessEnv,
  output: CliOutput,
  now: Date,
): Promise<number> {
  let parsed: ReturnType<typeof exportRequestOf>;
  try {
    parsed = exportRequestOf(options);
  } catch (error) {
    if (!(error instanceof EvidenceError)) throw error;
    output.error(`${error.message}\n(add --help for usage)`);
    return 2;
  }
  const dataDir = dataFolderOf(env);
  existingStoreIn(dataDir);
  const note = noteTo(output);
  note(`data folder: ${dataDir}`);
  return leavingNothingOnFailure([dataDir, parsed.out], () =>
    withReadableDataFolder(dataDir, EVIDENCE_KEY_FILES, env, note, (readable) =>
      withEmbeddedStore(storeFileIn(readable), (store) =>
        runExport(store, parsed.request, parsed.out, { dataDir: readable, env, output, now }),
      ),
    ),
  );
}

type ExportContext = Readonly<{ dataDir: string; env: NodeJS.ProcessEnv; output: CliOutput; now: Date }>;

async function writeDossier(dossier: Dossier, out: string, personalData: SubjectKeyVault, pin: string): Promise<void> {
  await mkdir(out, { recursive: true });
  // Canonical JSON: the file's bytes are the same on every export of the same dossier.
  await writeFile(join(out, DOSSIER_FILE), canonicalJson(dossier));
  // The chronology is for reading: personal data in it is opened, or shown as erased; the JSON keeps the sealed text its proofs cover.
  await writeFile(
    join(out, CHRONOLOGY_FILE),
    await renderChronologyPdf(
      revealPersonalData(dossier, (keyId) => personalData.keyById(keyId)),
      { pin },
    ),
  );
  await writeFile(join(out, 'FORMAT.md'), dossier.specification);
  await writeFile(join(out, CHECKPOINT_FILE), dossier.evidence.checkpoints.at(-1)!);
}

/**
 * `export`: builds the log from the store (catch-up), signs a checkpoint when none covers the dossier,
 * and writes the JSON bundle, the PDF chronology and the format spec into the folder.
 */
export async function runExport(
  store: EventStore,
  request: DossierRequest,
  out: string,
  context: ExportContext,
): Promise<number> {
  const { dataDir, env, output, now } = context;
  const keys = loadEvidenceKeys(dataDir, env);
  const ledger = new EvidenceLedger(store, keys, { signAfterMeetings: false, now: () => now.toISOString() });
  const hashing = followEvidenceLog(ledger, await store.headPosition(), output);
  await ledger.start();
  const personalData = openSubjectKeyVault(dataDir);
  try {
    await ledger.caughtUp();
    hashing.done();
    const dossier = await exportDossier(ledger, request, now.toISOString());
    await writeDossier(dossier, out, personalData, ledger.verifierKey);
    const { range, entries } = dossier.evidence;
    output.info(
      `exported ${entries.length} entries (log ${range.from}–${range.to}) to ${out}: ${DOSSIER_FILE}, ${CHRONOLOGY_FILE}, FORMAT.md, ${CHECKPOINT_FILE}`,
    );
    output.info(
      `withheld: ${dossier.withheld.entries} entries, ${dossier.withheld.fields} fields; ${dossier.withheld.outsideSubject} entries outside the dossier`,
    );
    output.info(`pin this key to verify: ${ledger.verifierKey}`);
    return 0;
  } catch (error) {
    if (!(error instanceof EvidenceError)) throw error;
    output.error(`nothing exported: ${error.message}`);
    return 1;
  } finally {
    hashing.done();
    personalData.close();
    await ledger.stop();
  }
}

/** The evidence log is rebuilt from the store before anything is exported: its progress, counted in events. */
function followEvidenceLog(ledger: EvidenceLedger, head: number, output: CliOutput) {
  const progress = startProgress(output, 'evidence log', head);
  // Counted against the store's head when the export began; the log's own events since (the adoption of
  // sealed leaves on a first start) are not part of the catch-up being shown.
  const reached = () => Math.min(ledger.log.lastPosition, head);
  const timer = setInterval(() => progress.update(reached()), 200).unref();
  let finished = false;
  return {
    done: () => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      progress.update(reached());
      progress.done();
    },
  };
}
