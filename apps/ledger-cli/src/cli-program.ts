import { Command, Option } from 'commander';
import { version } from '../../../package.json';
import type { CliOutput } from './cli-output';

/** What an action hands back: the exit code. Each command's module is loaded only when it runs, so `--help` stays fast. */
type SetExitCode = (code: number) => void;

const examples = (...lines: string[]) =>
  `\nExamples:\n${lines.map((line) => `  $ npm run ledger -- ${line}`).join('\n')}\n`;
const collect = (value: string, previous: string[]) => [...previous, value];

const DATA_FOLDER_NOTE =
  '\nThe data folder is $LEDGER_DATA_DIR (default ./data), the one the API uses; every command that reads or writes it says which one it used.\n' +
  'Exit codes: 0 done, 1 refused or failed (nothing written), 2 wrong usage.\n';

/**
 * The ledger's command line: one parser for every command, each with help and examples. Only the
 * arguments are read here; what a command does lives in its own module.
 */
export function ledgerProgram(env: NodeJS.ProcessEnv, output: CliOutput, setExitCode: SetExitCode): Command {
  const program = new Command('ledger')
    .description(
      'The negotiation ledger without HTTP: import, export and verify dossiers, migrate stores, issue local tokens and sign-in links.',
    )
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', DATA_FOLDER_NOTE)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.info(text.trimEnd()),
      writeErr: (text) => output.error(text.trimEnd()),
    });

  program
    .command('import')
    .description(
      'record a JSONL dataset through the command path; the whole file is rehearsed first, so a bad line refuses it and nothing is written',
    )
    .argument('<dataset>', 'a JSONL file, one command a line (see datasets/README.md)')
    .addHelpText(
      'after',
      examples(
        'import datasets/rijk-vng-jeugdzorg-2020-2025.jsonl',
        'import ./more-entries.jsonl   # re-importing appends only new commandIds',
      ),
    )
    .action(async (dataset: string) =>
      setExitCode(await (await import('./import.command')).importCommand(dataset, env, output, new Date())),
    );

  program
    .command('store-document')
    .description(
      'store a source document (its extracted text, and the PDF it came from) under the SHA-256 of its text, which entries cite as document.sha256',
    )
    .argument('<text>', 'the document as UTF-8 text')
    .option('--pdf <file>', 'the PDF the text was taken from')
    .addHelpText('after', examples('store-document brief-7-mei.txt --pdf brief-7-mei.pdf'))
    .action(async (text: string, options: { pdf?: string }) => {
      const { storeDocumentCommand } = await import('./store-document.command');
      setExitCode(await storeDocumentCommand(text, options.pdf, env, output, new Date()));
    });

  program
    .command('export')
    .description(
      'write a signed evidence dossier (dossier.json, chronologie.pdf, FORMAT.md, checkpoint.txt) of one negotiation into a folder',
    )
    .requiredOption('--negotiation <id>', 'the negotiation to export')
    .option('--dispute <id>', 'only the entries of this dispute and what they relate to')
    .option('--from <YYYY-MM-DD>', 'only entries that happened on or after this day (with --to)')
    .option('--to <YYYY-MM-DD>', 'only entries that happened on or before this day (with --from)')
    .option('--as-known-at <instant>', 'as the ledger knew it at this moment (ISO 8601)')
    .option(
      '--withhold-classification <level>',
      'leave out entries of this classification, e.g. internal (repeatable)',
      collect,
      [],
    )
    .option('--withhold-personal-data', 'leave out the fields that name people, keeping every proof valid')
    .option(
      '--consistent-with <size>',
      'also prove the log extends the checkpoint of this size the reader holds (repeatable)',
      collect,
      [],
    )
    .option('--out <dir>', 'the folder to write (default ./dossier-<negotiation>)')
    .addHelpText(
      'after',
      examples(
        'export --negotiation vjn2025-financiering-jeugdzorg --out dossier',
        'export --negotiation vjn2025-financiering-jeugdzorg --dispute vjn2025-dispute-compensatie-2023-2024 --withhold-classification internal --withhold-personal-data',
      ),
    )
    .action(async (options: ExportCommandOptions) =>
      setExitCode(await (await import('./export.command')).exportCommand(options, env, output, new Date())),
    );

  program
    .command('verify')
    .description('check a dossier offline against pinned keys only: PASS or FAIL, in Dutch and English')
    .argument('<dossier.json>', 'the dossier file an export wrote')
    .option('--pin <vkey>', 'a verifier key you trust (repeatable)', collect, [])
    .option('--pin-file <file>', 'a file with one verifier key a line (repeatable)', collect, [])
    .option(
      '--held <checkpoint.txt>',
      'a checkpoint you already hold (an earlier export wrote it): the dossier must extend it (repeatable)',
      collect,
      [],
    )
    .option(
      '--witness <vkey>',
      "a witness key you trust: the dossier's last checkpoint must carry its cosignature (repeatable)",
      collect,
      [],
    )
    .addHelpText(
      'after',
      examples(
        "verify dossier/dossier.json --pin 'ledger.example/log+1a2b3c4d+AQ…'",
        'verify dossier/dossier.json --pin-file trusted-keys.txt',
      ),
    )
    .action(async (file: string, options: VerifyCommandOptions) =>
      setExitCode(await (await import('./verify.command')).verifyCommand(file, options, output)),
    );

  program
    .command('verify-store')
    .description(
      "check the data folder's store against itself, offline: every hash chain, the Merkle log and every recorded checkpoint; names the first broken link",
    )
    .addHelpText('after', examples('verify-store', 'verify-store   # with LEDGER_DATA_DIR=/srv/ledger/data'))
    .action(async () => setExitCode(await (await import('./verify-store.command')).verifyStoreCommand(env, output)));

  program
    .command('witness')
    .description(
      "the other party's witness: cosign the log's latest checkpoint, once it is signed by the pinned log key and extends the last one this witness cosigned",
    )
    .requiredOption('--api <url>', "the ledger's GraphQL endpoint; the bearer token comes from LEDGER_TOKEN")
    .requiredOption('--pin <vkey>', "the log's key")
    .requiredOption('--name <name>', 'the name of the witness key, e.g. getuige.vng.example/w1')
    .requiredOption(
      '--key <file>',
      "the witness's private key (created, mode 0600, when absent; its vkey is printed for LEDGER_WITNESS_KEYS)",
    )
    .requiredOption('--state <file>', 'where the witness keeps the largest checkpoint it cosigned')
    .addHelpText(
      'after',
      examples(
        "witness --api https://ledger.example/graphql --pin 'ledger.example/log+1a2b3c4d+AQ…' --name getuige.vng.example/w1 --key witness.pem --state witness.json",
      ),
    )
    .action(async (options: WitnessCommandOptions) =>
      setExitCode(await (await import('./witness.command')).witnessCommand(options, env, output, new Date())),
    );

  program
    .command('migrate')
    .description(
      'copy every event, with its ids, revisions and hashes, from one store to another, then verify every hash chain; run again to resume',
    )
    .requiredOption('--from <store>', 'an embedded data folder, or an EventStoreDB connection string (esdb://…)')
    .requiredOption('--to <store>', 'an embedded data folder, or an EventStoreDB connection string (esdb://…)')
    .addHelpText(
      'after',
      examples(
        "migrate --from ./data --to 'esdb://admin:<password>@esdb1.example:2113?tls=true'",
        "migrate --from 'esdb://…' --to ./data-copy",
      ),
    )
    .action(async (options: MigrateCommandOptions) =>
      setExitCode(await (await import('./migrate.command')).migrateCommand(options, output)),
    );

  program
    .command('token')
    .description(
      "print a bearer token signed with the data folder's local key, which the API creates on its first start",
    )
    .requiredOption('--sub <name>', 'who the caller is; recorded as recordedBy')
    .requiredOption('--party <id>', 'the party the caller speaks for, e.g. rijk or vng')
    .addOption(new Option('--role <role>', 'reader, recorder, legal or admin').makeOptionMandatory())
    .option('--ttl <duration>', 'how long the token is valid: a number with s, m, h, d or w', '8h')
    .addHelpText(
      'after',
      examples('token --sub jan --party vng --role reader', 'token --sub piet --party rijk --role recorder --ttl 2h'),
    )
    .action(async (options: TokenCommandOptions) =>
      setExitCode(await (await import('./token.command')).tokenCommand(options, env, output)),
    );

  program
    .command('sign-in-link')
    .description(
      'print a one-time link that signs its holder in to the web workspace (embedded default; valid ten minutes, once)',
    )
    .requiredOption('--sub <name>', 'who the caller is; recorded as recordedBy')
    .requiredOption('--party <id>', 'the party the caller speaks for, e.g. rijk or vng')
    .addOption(new Option('--role <role>', 'reader, recorder, legal or admin').makeOptionMandatory())
    .option('--ttl <duration>', 'how long the session it starts lasts: a number with s, m, h, d or w', '8h')
    .option('--url <address>', "the service's address as its users reach it (default http://localhost:$PORT)")
    .addHelpText(
      'after',
      examples(
        'sign-in-link --sub jan --party vng --role reader',
        'sign-in-link --sub jurist --party vng --role legal --url https://ledger.example.nl',
      ),
    )
    .action(async (options: SignInLinkCommandOptions) =>
      setExitCode((await import('./sign-in-link.command')).signInLinkCommand(options, env, output)),
    );

  return program;
}

export type ExportCommandOptions = Readonly<{
  negotiation: string;
  dispute?: string;
  from?: string;
  to?: string;
  asKnownAt?: string;
  withholdClassification: string[];
  withholdPersonalData?: boolean;
  consistentWith: string[];
  out?: string;
}>;
export type VerifyCommandOptions = Readonly<{ pin: string[]; pinFile: string[]; held: string[]; witness: string[] }>;
export type WitnessCommandOptions = Readonly<{ api: string; pin: string; name: string; key: string; state: string }>;
export type MigrateCommandOptions = Readonly<{ from: string; to: string }>;
export type TokenCommandOptions = Readonly<{ sub: string; party: string; role: string; ttl: string }>;
export type SignInLinkCommandOptions = TokenCommandOptions & Readonly<{ url?: string }>;
