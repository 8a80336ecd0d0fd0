import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LedgerTestApp } from './ledger-app';

/** The shipped record of the Rijk–VNG youth-care negotiations, 2020–2025. */
export const DATASET_PATH = join(__dirname, '../../../datasets/rijk-vng-jeugdzorg-2020-2025.jsonl');

/** The two negotiations of the record. */
export const VJN2025 = 'vjn2025-financiering-jeugdzorg';
export const JZ2020 = 'jz2020-2022-financiering-hervormingsagenda';

/** The source documents as the record cites them: the SHA-256 is that of the seed file. */
export const DOCUMENTS = {
  voorjaarsnota: {
    title: 'Voorjaarsnota 2025',
    issuer: 'VNG',
    date: '2025-05-15',
    kenmerk: null,
    sha256: 'd53d17d404c3e094b24abd9e269b106758a3b7d7f78de31b913576821ada6e11',
  },
  afsprakendocument: {
    title: 'Afspraken Rijk – VNG Jeugdzorg',
    issuer: 'Rijk en VNG',
    date: '2025-04-18',
    kenmerk: null,
    sha256: 'f69deb127279d26337131177f1949e0c9ba7ab0e3e55e3638a92f7c36c808730',
  },
  ledenbrief: {
    title: 'Ledenbrief Lbr. 25/015: Uitkomsten Overhedenoverleg 17 maart en vervolgproces',
    issuer: 'VNG',
    date: '2025-03-19',
    kenmerk: 'Lbr. 25/015; U202500147',
    sha256: 'f9736579e3d479f72ba30c0e8b365fa8f43cc947f91503c45af60daf9d9fa4df',
  },
  regionaleNotitie: {
    title: 'Landelijke ontwikkelingen (regionale notitie)',
    issuer: 'Gemeenten regio Gelderland-Zuid',
    date: '2022-01-13',
    kenmerk: null,
    sha256: 'c992594983e9be4a898fe6f01e5a882d2c3cc989b247e04b21dde3bdc3d1a3fe',
  },
} as const;

/** The number of source documents shipped beside a dataset, in its `documents/` folder. */
const documentsBeside = (path: string): number =>
  readdirSync(join(dirname(path), 'documents')).filter((name) => name.endsWith('.txt')).length;
export const SHIPPED_DOCUMENTS = documentsBeside(DATASET_PATH);

/**
 * The global position of the last seeded event, computed from the dataset itself: one event per command,
 * plus one AgreementSuperseded for every agreement a ReachAgreement supersedes, then one per source
 * document the dataset ships with.
 */
export function seededHeadPosition(path = DATASET_PATH): number {
  return (
    documentsBeside(path) +
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { type: string; data: { supersedes?: string[] } })
      // A Retract line only takes back what an earlier version of the dataset recorded: a fresh store has nothing to retract.
      .filter((command) => command.type !== 'Retract')
      .reduce(
        (events, command) =>
          events + 1 + (command.type === 'ReachAgreement' ? (command.data.supersedes?.length ?? 0) : 0),
        0,
      )
  );
}

/** The real service on a temporary embedded store, seeded with the shipped record at startup. */
export class RealRecord {
  readonly ledger = new LedgerTestApp(DATASET_PATH);
  /** Pass as minPosition to the read models (auditTrail, events, negotiations), so they answer on the whole record. */
  readonly head = String(seededHeadPosition());

  async start(): Promise<this> {
    await this.ledger.start();
    return this;
  }

  destroy(): Promise<void> {
    return this.ledger.destroy();
  }

  /** Asks one question; a GraphQL error fails the test with its message. */
  async ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.ledger.graphql<T>(query, variables);
    if (response.errors || !response.data)
      throw new Error(`GraphQL answered with errors: ${JSON.stringify(response.errors)}`);
    return response.data;
  }
}

export const SOURCE_FIELDS = 'sources { quote paragraph document { title issuer date kenmerk sha256 } }';

export type Source = {
  quote: string;
  paragraph: string | null;
  document: { title: string; issuer: string; date: string; kenmerk: string | null; sha256: string | null };
};
export type Money = {
  asSaid: string;
  amountCents: string;
  amountEuro: string;
  kind: string;
  nature: string;
  basis: string;
  fromYear: number;
  toYear: number | null;
  approximate: boolean;
};
export const MONEY_FIELDS = 'asSaid amountCents amountEuro kind nature basis fromYear toYear approximate';
export type Period = { asSaid: string; precision: string; start: string; end: string | null };
export const PERIOD_FIELDS = 'asSaid precision start end';
