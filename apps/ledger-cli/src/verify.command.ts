import { readFile } from 'node:fs/promises';
import { verifyDossierJson, type VerificationReport } from '@ledger/evidence';
import type { CliOutput } from './cli-output';
import type { VerifyCommandOptions } from './cli-program';

/** Every failure in full, the passes counted per kind: a dossier of thousands of entries stays readable. */
export function formatReport(report: VerificationReport): string[] {
  const { summary } = report;
  const failures = report.checks.filter((item) => item.status === 'FAIL');
  const passes = new Map<string, number>();
  for (const item of report.checks)
    if (item.status === 'PASS') passes.set(item.check, (passes.get(item.check) ?? 0) + 1);
  return [
    report.verdict === 'PASS'
      ? 'PASS — de bundel is in orde / the bundle verifies'
      : 'FAIL — de bundel is NIET in orde / the bundle does NOT verify',
    `items / entries: ${summary.entries} (getoond / shown ${summary.disclosedEntries}, deels / partly ${summary.partialEntries}, achtergehouden / withheld ${summary.withheldEntries}); ` +
      `achtergehouden velden / withheld fields: ${summary.withheldFields}; checkpoints: ${summary.checkpoints}`,
    ...failures.map(
      (item) => `FAIL  ${item.check}  ${item.where}\n      nl: ${item.message.nl}\n      en: ${item.message.en}`,
    ),
    ...[...passes].map(([kind, count]) => `PASS  ${kind}: ${count}`),
  ];
}

async function pinnedKeys(pins: readonly string[], pinFiles: readonly string[]): Promise<string[]> {
  const fromFiles = await Promise.all(
    pinFiles.map(async (file) => (await readFile(file, 'utf8')).split('\n').map((line) => line.trim())),
  );
  return [...pins, ...fromFiles.flat()].filter((line) => line !== '');
}

/** `verify`: offline, against pinned keys only, using no data folder; exit 0 on PASS, 1 on FAIL, 2 when the file cannot be read. */
export async function verifyCommand(file: string, options: VerifyCommandOptions, output: CliOutput): Promise<number> {
  let text: string;
  let heldCheckpoints: string[];
  try {
    text = await readFile(file, 'utf8');
    heldCheckpoints = await Promise.all(options.held.map((held) => readFile(held, 'utf8')));
  } catch (error) {
    output.error(`cannot read: ${(error as Error).message}`);
    return 2;
  }
  const report = verifyDossierJson(text, await pinnedKeys(options.pin, options.pinFile), {
    heldCheckpoints,
    witnessKeys: options.witness,
  });
  const lines = formatReport(report);
  if (report.verdict === 'PASS') lines.forEach((line) => output.info(line));
  else lines.forEach((line) => output.error(line));
  return report.verdict === 'PASS' ? 0 : 1;
}
