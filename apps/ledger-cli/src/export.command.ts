import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EventStore } from '@ledger/event-store';
import { canonicalJson, type Dossier } from '@ledger/evidence';
import { dossierRequestOf, EvidenceError, EvidenceLedger, exportDossier, loadEvidenceKeys } from '@ledger/evidence-ledger';
import { openSubjectKeyVault, revealPersonalData, type SubjectKeyVault } from '@ledger/personal-data';
import type { CliOutput } from './cli-output';
import { renderChronologyPdf } from './export-chronology.pdf';
import { parseOptions, single, UsageError } from './export-options';

export const EXPORT_USAGE =
  'usage: npm run ledger -- export --negotiation <id> [--dispute <id>] [--from <YYYY-MM-DD> --to <YYYY-MM-DD>] [--as-known-at <instant>] ' +
  '[--withhold-classification internal] [--withhold-personal-data] [--out <dir>]';

export const DOSSIER_FILE = 'dossier.json';
export const CHRONOLOGY_FILE = 'chronologie.pdf';

/** Reads the export options; the folder defaults to ./dossier-<negotiation>. */
export function readExportOptions(args: readonly string[]) {
  const options = parseOptions(args, ['--negotiation', '--dispute', '--from', '--to', '--as-known-at', '--withhold-classification', '--out'], ['--withhold-personal-data']);
  const negotiationId = single(options, '--negotiation');
  if (!negotiationId || options.positional.length > 0) return null;
  const request = dossierRequestOf({
    negotiationId,
    disputeId: single(options, '--dispute'),
    from: single(options, '--from'),
    to: single(options, '--to'),
    asKnownAt: single(options, '--as-known-at'),
    withholdClassifications: options.values.get('--withhold-classification') ?? [],
    withholdPersonalData: options.flags.has('--withhold-personal-data'),
  });
  return { request, out: resolve(single(options, '--out') ?? `dossier-${negotiationId}`) };
}

async function writeDossier(dossier: Dossier, out: string, personalData: SubjectKeyVault): Promise<void> {
  await mkdir(out, { recursive: true });
  // Canonical JSON: the file's bytes are the same on every export of the same dossier.
  await writeFile(join(out, DOSSIER_FILE), canonicalJson(dossier));
  // The chronology is for reading: personal data in it is opened, or shown as erased; the JSON keeps the sealed text its proofs cover.
  await writeFile(join(out, CHRONOLOGY_FILE), await renderChronologyPdf(revealPersonalData(dossier, (keyId) => personalData.keyById(keyId))));
  await writeFile(join(out, 'FORMAT.md'), dossier.specification);
}

/**
 * `export`: builds the log from the store (catch-up), signs a checkpoint when none covers the dossier,
 * and writes the JSON bundle, the PDF chronology and the format spec into the folder.
 */
export async function runExport(store: EventStore, args: readonly string[], env: NodeJS.ProcessEnv, output: CliOutput, now: Date): Promise<number> {
  let parsed: ReturnType<typeof readExportOptions>;
  try {
    parsed = readExportOptions(args);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof EvidenceError)) throw error;
    output.error(`${error.message}\n${EXPORT_USAGE}`);
    return 2;
  }
  if (!parsed) {
    output.error(EXPORT_USAGE);
    return 2;
  }
  const dataDir = resolve(env.LEDGER_DATA_DIR ?? './data');
  const keys = loadEvidenceKeys(dataDir, env);
  const ledger = new EvidenceLedger(store, keys, { signAfterMeetings: false, now: () => now.toISOString() });
  await ledger.start();
  const personalData = openSubjectKeyVault(dataDir);
  try {
    const dossier = await exportDossier(ledger, parsed.request, now.toISOString());
    await writeDossier(dossier, parsed.out, personalData);
    const { range, entries } = dossier.evidence;
    output.info(`exported ${entries.length} entries (log ${range.from}–${range.to}) to ${parsed.out}: ${DOSSIER_FILE}, ${CHRONOLOGY_FILE}, FORMAT.md`);
    output.info(`withheld: ${dossier.withheld.entries} entries, ${dossier.withheld.fields} fields; ${dossier.withheld.outsideSubject} entries outside the dossier`);
    output.info(`pin this key to verify: ${ledger.verifierKey}`);
    return 0;
  } catch (error) {
    if (!(error instanceof EvidenceError)) throw error;
    output.error(`nothing exported: ${error.message}`);
    return 1;
  } finally {
    personalData.close();
    await ledger.stop();
  }
}
