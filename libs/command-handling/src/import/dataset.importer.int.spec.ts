import { TEST_EVENT_IDS } from '@ledger/event-store/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InMemoryEventStore, type RecordedEvent } from '@ledger/event-store';
import { DatasetImportError } from './dataset-import.error';
import { importDataset, seedEmptyStore } from './dataset.importer';
import { negotiationStreamId } from '@ledger/domain';

const DATASET_PATH = join(__dirname, '../../../../datasets/rijk-vng-jeugdzorg-2020-2025.jsonl');
const DATASET = readFileSync(DATASET_PATH, 'utf8');
const DATASET_LINES = DATASET.split('\n').filter((line) => line.trim()).length;
/** Retract lines take back what an earlier version of the dataset recorded; on a fresh store they write nothing. */
const RETRACT_LINES = DATASET.split('\n').filter((line) => line.includes('"type":"Retract"')).length;
const COMMAND_LINES = DATASET_LINES - RETRACT_LINES;
const FRESH = {
  lines: DATASET_LINES,
  appended: COMMAND_LINES,
  duplicates: RETRACT_LINES,
  corrections: 0,
  documents: 0,
};
const VOORJAARSNOTA = negotiationStreamId('vjn2025-financiering-jeugdzorg');
const HERVORMINGSAGENDA = negotiationStreamId('jz2020-2022-financiering-hervormingsagenda');
const options = { now: '2025-09-01T09:00:00.000Z', recordedBy: 'dataset-import', eventIds: TEST_EVENT_IDS };

const withId = (events: readonly RecordedEvent[], type: string, key: string, id: string) =>
  events.find((event) => event.type === type && event.data[key] === id);

async function refusal(store: InMemoryEventStore, text: string): Promise<DatasetImportError> {
  const error = await importDataset(store, text, options).catch((thrown: unknown) => thrown);
  if (!(error instanceof DatasetImportError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

/** A position of a party that never joined the Voorjaarsnota negotiation: the documents' "(IPO)" aside. */
const positionOfIpo = (commandId: string) =>
  JSON.stringify({
    commandId,
    type: 'TakePosition',
    occurredOn: '2025-04-24',
    data: {
      negotiationId: 'vjn2025-financiering-jeugdzorg',
      positionId: `${commandId}-position`,
      partyId: 'vjn2025-party-ipo',
      topic: 'Financieel kader 2028 e.v.',
      stance: 'reserves',
    },
    sources: [
      {
        document: { title: 'Voorjaarsnota 2025', issuer: 'VNG', date: '2025-05-15' },
        quote: 'Hoe in begroting omgaan met onduidelijkheden financieel kader ‘28 e.v. (IPO)',
      },
    ],
    classification: { level: 'public' },
  });
const positionOfVng = (commandId: string) => positionOfIpo(commandId).replace('vjn2025-party-ipo', 'vjn2025-party-vng');

describe('importDataset', () => {
  let store: InMemoryEventStore;

  beforeEach(() => {
    store = new InMemoryEventStore();
  });

  describe('when the store is empty', () => {
    it('imports every line of the Rijk–VNG dataset', async () => {
      expect(await importDataset(store, DATASET, options)).toEqual(FRESH);
      const events = await store.readAll();
      expect(new Set(events.map((event) => event.metadata.commandId)).size).toBe(COMMAND_LINES);
      expect(
        events.every(
          (event) => event.metadata.recordedAt === options.now && event.metadata.recordedBy === 'dataset-import',
        ),
      ).toBe(true);
    });

    it('records the agreement of 16 April 2025 on structural money rising to € 424 mln', async () => {
      await importDataset(store, DATASET, options);
      const agreement = withId(
        await store.readStream(VOORJAARSNOTA),
        'AgreementReached',
        'agreementId',
        'vjn2025-agreement-demping-ravijn-424-mln',
      );
      expect(agreement?.metadata.occurredOn).toBe('2025-04-16');
      expect(agreement?.data).toMatchObject({
        meetingId: 'vjn2025-meeting-overhedenoverleg-2025-04-16',
        proposalIds: ['vjn2025-proposal-bod-kabinet-2025-04-16'],
        financialTerms: [
          {
            amountCents: 42_400_000_000,
            basis: 'rising-to',
            nature: 'structural',
            kind: 'funding',
            fromYear: 2026,
            toYear: null,
          },
        ],
      });
      expect(agreement?.metadata.sources[0]).toMatchObject({
        document: { title: 'Voorjaarsnota 2025', date: '2025-05-15', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
        quote: 'Demping ravijn, vanaf 2026 met structureel geld, oplopend tot € 424 miljoen',
      });
    });

    it('records the € 728 mln dispute and the civielrechtelijke procedure VNG announced, without escalating it', async () => {
      await importDataset(store, DATASET, options);
      const events = await store.readStream(VOORJAARSNOTA);
      const raised = withId(events, 'DisputeRaised', 'disputeId', 'vjn2025-dispute-compensatie-2023-2024');
      const announced = withId(events, 'EscalationAnnounced', 'disputeId', 'vjn2025-dispute-compensatie-2023-2024');
      expect(raised?.data.financialTerms).toEqual([
        expect.objectContaining({ amountCents: 72_800_000_000, kind: 'compensation', fromYear: 2023, toYear: 2024 }),
      ]);
      expect(announced?.data).toMatchObject({ forum: 'civielrechtelijke-procedure', announcedBy: 'vjn2025-party-vng' });
      expect(announced?.metadata.occurredOn).toBe('2025-05-07');
      expect(withId(events, 'DisputeEscalated', 'disputeId', 'vjn2025-dispute-compensatie-2023-2024')).toBeUndefined();
    });

    it('records the Commissie Van Ark commitment due in Q1 2027 and the cabinet’s promise due in August 2025', async () => {
      await importDataset(store, DATASET, options);
      const events = await store.readStream(VOORJAARSNOTA);
      expect(
        withId(events, 'CommitmentMade', 'commitmentId', 'vjn2025-commitment-oordeel-van-ark-q1-2027')?.data,
      ).toMatchObject({
        owedBy: ['vjn2025-party-commissie-van-ark'],
        due: { precision: 'quarter', start: '2027-01-01', end: '2027-03-31' },
      });
      expect(
        withId(events, 'CommitmentMade', 'commitmentId', 'vjn2025-commitment-conclusies-compensatie-augustus')?.data,
      ).toMatchObject({
        owedBy: ['vjn2025-party-rijk'],
        dueKind: 'deadline',
        due: { precision: 'month', start: '2025-08-01', end: '2025-08-31' },
      });
    });

    it('keeps the confidential BO Jeugd rounds between the parties and the ruling of the Commissie van Wijzen public', async () => {
      await importDataset(store, DATASET, options);
      const rounds = (await store.readStream(VOORJAARSNOTA)).filter(
        (event) => event.type === 'MeetingScheduled' && event.data.kind === 'bestuurlijk-overleg',
      );
      expect(rounds.map((event) => event.metadata.occurredOn)).toEqual(['2025-03-21', '2025-03-28', '2025-04-04']);
      expect(
        rounds.every((event) => event.metadata.classification.level === 'parties' && event.data.confidential === true),
      ).toBe(true);
      const ruling = withId(
        await store.readStream(HERVORMINGSAGENDA),
        'RulingIssued',
        'rulingId',
        'jz2020-2022-ruling-commissie-van-wijzen-2021',
      );
      expect(ruling?.metadata).toMatchObject({ occurredOn: '2021-06-01', classification: { level: 'public' } });
    });
  });

  describe('when the dataset was imported before', () => {
    beforeEach(() => importDataset(store, DATASET, options));

    it('appends nothing on a second import', async () => {
      const head = await store.headPosition();
      expect(await importDataset(store, DATASET, { ...options, now: '2025-10-01T09:00:00.000Z' })).toEqual({
        ...FRESH,
        appended: 0,
        duplicates: DATASET_LINES,
      });
      expect(await store.headPosition()).toBe(head);
    });

    it('appends only the lines that are new', async () => {
      const summary = await importDataset(store, `${DATASET}${positionOfVng('vjn2025-extra-position')}\n`, options);
      expect(summary).toEqual({
        lines: DATASET_LINES + 1,
        appended: 1,
        duplicates: DATASET_LINES,
        corrections: 0,
        documents: 0,
      });
    });

    it('refuses a dataset whose last line the domain refuses, writing none of its new lines', async () => {
      const head = await store.headPosition();
      const text = `${DATASET}${positionOfVng('vjn2025-extra-position')}\n${positionOfIpo('vjn2025-ipo-position')}\n`;
      const error = await refusal(store, text);
      expect(error.message).toBe(
        `line ${DATASET_LINES + 2}: data.partyId: party vjn2025-party-ipo is not at the table in this negotiation`,
      );
      expect(await store.headPosition()).toBe(head);
    });
  });

  describe('when a line is bad', () => {
    const lines = DATASET.split('\n');
    const lineOf = (commandId: string) => lines.findIndex((line) => line.includes(`"commandId":"${commandId}"`)) + 1;
    const replaceLine = (lineNumber: number, replacement: string) =>
      lines.map((line, index) => (index === lineNumber - 1 ? replacement : line)).join('\n');
    const VAN_ARK_LINE = lineOf('vjn2025-commitment-oordeel-van-ark-q1-2027/make-commitment');
    const LAST_LINE = DATASET_LINES;

    it.each([
      ['malformed JSON', LAST_LINE, '{"commandId": "broken"', `line ${LAST_LINE}: json: the line is not valid JSON`],
      [
        'an unknown command type',
        LAST_LINE,
        positionOfVng('x').replace('"TakePosition"', '"SignTreaty"'),
        `line ${LAST_LINE}: type: "SignTreaty" is not a command type`,
      ],
      [
        'a quarter that does not exist',
        VAN_ARK_LINE,
        lines[VAN_ARK_LINE - 1].replace('"2027-Q1"', '"2027-Q5"'),
        `line ${VAN_ARK_LINE}: data.due.anchor: "2027-Q5" is not a valid quarter anchor`,
      ],
      [
        'a position of a party not at the table',
        LAST_LINE,
        positionOfIpo('x'),
        `line ${LAST_LINE}: data.partyId: party vjn2025-party-ipo is not at the table`,
      ],
    ])(
      'refuses the whole dataset on %s and leaves the store untouched',
      async (_, lineNumber, replacement, message) => {
        const error = await refusal(store, replaceLine(lineNumber, replacement));
        expect(error.message).toContain(message);
        expect(await store.headPosition()).toBe(0);
      },
    );
  });
});

describe('seedEmptyStore', () => {
  it('imports the dataset into a store that holds nothing', async () => {
    const store = new InMemoryEventStore();
    expect(await seedEmptyStore(store, DATASET_PATH, options)).toEqual({ ...FRESH, documents: 5 });
  });

  it('leaves a store that holds anything alone', async () => {
    const store = new InMemoryEventStore();
    await importDataset(store, DATASET.split('\n')[0], options);
    expect(await seedEmptyStore(store, DATASET_PATH, options)).toBeNull();
    expect(await store.headPosition()).toBe(1);
  });
});
