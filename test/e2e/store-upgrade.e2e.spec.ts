import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { documentsBeside, importDataset } from '@ledger/command-handling';
import { keyedEventIds, SqliteEventStore } from '@ledger/event-store';
import { loadEvidenceSecret } from '@ledger/evidence-ledger';
import { LedgerTestApp } from './support/ledger-app';
import { DATASET_PATH, JZ2020, RealRecord, VJN2025 } from './support/real-record';

/**
 * A store written by main at afde322 (the shipped record imported by `npm run ledger -- import`, before
 * events were upcast), opened by today's code: it reads with the new fields defaulted, and once today's
 * dataset is imported into it, it answers as a fresh import does, with the corrections in its audit trail.
 */
const FIXTURE = join(__dirname, '../fixtures/store-written-by-main-afde322/ledger.sqlite.gz');

const ENTITIES = `query Entities($negotiationId: ID!) { negotiation(negotiationId: $negotiationId) {
  agreements { agreementId title terms standing openTerms { asSaid disputeId } parties reachedOn status financialTerms { amountCents kind nature fromYear toYear } }
  commitments { commitmentId partyId status due { asSaid start end } outcome { on note } }
  rulings { rulingId kind bindingness binding issuedOn financialTerms { amountCents kind nature basis fromYear toYear perYear { year amountCents } } }
  proposals { proposalId partyId status agreed current { title terms occurredOn } }
  disputes { disputeId status raisedOn financialTerms { amountCents upToCents share { percent ofAsSaid } partOfAsSaid } }
  decisions { decisionId decidedBy kind decidedOn }
  suspensions { suspensionId suspendedBy suspendedOn resumption { resumedBy on } }
  documents { documentId kind issuedBy addressedTo recipients underlies issuedOn }
  resolutions { resolutionId meetingId vote adoptedOn }
  corrections { correctedEventId reason retracted }
} }`;
const AGREED_STATE = `query Agreed($negotiationId: ID!, $asOf: String) { agreedState(negotiationId: $negotiationId, asOf: $asOf) {
  agreementsInForce { agreementId } financialFramework { year kind lines { agreementId amountCents } }
  commitments { open { commitmentId } overdue { commitmentId } fulfilled { commitmentId } } openDisputes { disputeId }
  decisions { decisionId } suspension { suspensionId }
  possiblyLater { entityId occurredOn occurredAsSaid { asSaid precision start end } }
} }`;

type Entities = { negotiation: Record<string, { [key: string]: unknown }[]> };

function storeWrittenByMain(app: LedgerTestApp): string {
  const file = join(app.dataDir, 'ledger.sqlite');
  writeFileSync(file, gunzipSync(readFileSync(FIXTURE)));
  return file;
}

async function ask<T>(app: LedgerTestApp, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await app.graphql<T>(query, variables);
  if (response.errors || !response.data)
    throw new Error(`GraphQL answered with errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

const withoutCorrections = ({ negotiation: { corrections: _, ...rest } }: Entities) => rest;

describe('a store written by main before upcasting', () => {
  const fresh = new RealRecord();
  const upgraded = new LedgerTestApp();
  let before: Entities;

  beforeAll(async () => {
    await fresh.start();
    const file = storeWrittenByMain(upgraded);
    await upgraded.start();
    before = await ask<Entities>(upgraded, ENTITIES, { negotiationId: JZ2020 });
    await upgraded.stop();
    const store = SqliteEventStore.open({ filename: file });
    await importDataset(store, readFileSync(DATASET_PATH, 'utf8'), {
      now: '2026-12-02T10:00:00.000Z',
      recordedBy: 'ledger-cli',
      eventIds: keyedEventIds(loadEvidenceSecret(upgraded.dataDir, {})),
      documents: await documentsBeside(DATASET_PATH),
    });
    await store.close();
    await upgraded.start();
  });
  afterAll(async () => {
    await upgraded.destroy();
    await fresh.destroy();
  });

  it("opens under today's code and reads its version 1 events with the new fields defaulted", () => {
    const cvw = before.negotiation.rulings.find(
      (ruling) => ruling.rulingId === 'jz2020-2022-ruling-commissie-van-wijzen-2021',
    );
    // Written as `binding: false`: read as said, not binding, until the import corrects it.
    expect(cvw).toMatchObject({ bindingness: 'NOT_BINDING', binding: false, issuedOn: '2021-06-01' });
    expect(
      before.negotiation.agreements.every(
        (agreement) => agreement.standing === 'UNKNOWN' && (agreement.openTerms as []).length === 0,
      ),
    ).toBe(true);
  });

  it.each([
    [JZ2020, ['2021-04-15', '2021-06-15', '2021-06-30', '2022-03-01', '2022-06-01']],
    [VJN2025, ['2025-04-16', '2025-09-01']],
  ])("answers as a fresh import of today's dataset does, once imported into (%s)", async (negotiationId, dates) => {
    const [upgradedAnswer, freshAnswer] = await Promise.all([
      ask<Entities>(upgraded, ENTITIES, { negotiationId }),
      fresh.ask<Entities>(ENTITIES, { negotiationId }),
    ]);
    expect(withoutCorrections(upgradedAnswer)).toEqual(withoutCorrections(freshAnswer));
    expect(freshAnswer.negotiation.corrections).toEqual([]);
    for (const asOf of dates) {
      const [a, b] = await Promise.all([
        ask(upgraded, AGREED_STATE, { negotiationId, asOf }),
        fresh.ask(AGREED_STATE, { negotiationId, asOf }),
      ]);
      expect(a).toEqual(b);
    }
  });

  it('locates the quotes its events stored without a location, once the import stored their documents', async () => {
    const located = `query Located($negotiationId: ID!) { negotiation(negotiationId: $negotiationId) {
      agreements { agreementId sources { quote location { start end exact } document { stored } } } } }`;
    type Located = { quote: string; location: unknown; document: { stored: boolean } };
    const sourcesOf = (answer: Entities) =>
      answer.negotiation.agreements.flatMap((agreement) => agreement.sources as Located[]);
    const upgradedSources = sourcesOf(await ask<Entities>(upgraded, located, { negotiationId: VJN2025 }));
    const freshLocations = new Map(
      sourcesOf(await fresh.ask<Entities>(located, { negotiationId: VJN2025 })).map((s) => [s.quote, s.location]),
    );
    expect(upgradedSources.length).toBeGreaterThan(20);
    for (const source of upgradedSources) {
      expect(source).toMatchObject({ location: expect.any(Object), document: { stored: true } });
      if (freshLocations.has(source.quote)) expect(source.location).toEqual(freshLocations.get(source.quote));
    }
  });

  it('shows each correction with its reason in the upgraded ledger', async () => {
    const reasons = async (negotiationId: string) =>
      (await ask<Entities>(upgraded, ENTITIES, { negotiationId })).negotiation.corrections.map(
        ({ reason, retracted }) => ({ reason, retracted }),
      );
    const dateAsSaid = (words: string) => ({
      reason: expect.stringContaining(`De datum staat er nu zoals het document haar noemt ("${words}")`),
      retracted: false,
    });
    expect(await reasons(JZ2020)).toEqual([
      { reason: expect.stringMatching(/vastgelegd als onbekend.*\("in 2020"\)/), retracted: false },
      dateAsSaid('destijds'),
      { reason: expect.stringContaining('vastgelegd als onbekend'), retracted: false },
      // The € 613 mln, once a proposal dated 1 April, is now the cabinet's own decision: the proposal is retracted.
      { reason: expect.stringContaining('Het kabinet heeft de € 613 miljoen eenzijdig vrijgemaakt'), retracted: true },
      {
        reason: expect.stringMatching(/De compensatie geldt vanaf 2021.*\("juni 2021"\).*uitsplitsing per jaar/),
        retracted: false,
      },
      dateAsSaid('in juni 2021'),
      dateAsSaid('Najaar 2021'),
      dateAsSaid('Najaar 2021'),
      dateAsSaid('Najaar 2021'),
      { reason: expect.stringContaining('deel van de 1,5 miljard euro'), retracted: false },
      { reason: expect.stringContaining('deel van het totale jeugdzorgbudget van 5,5 miljard'), retracted: false },
      dateAsSaid('Januari 2022'),
      {
        reason: expect.stringContaining('unaniem is aangenomen tijdens de algemene ledenvergadering'),
        retracted: false,
      },
      // The restart of May 2022, once an agreement of Rijk and VNG, is now the talks resumed.
      { reason: expect.stringContaining('‘Mei 2022: herstart agenda.’ zegt'), retracted: true },
      { reason: expect.stringContaining('€ 200-300 miljoen is een bandbreedte'), retracted: false },
      { reason: expect.stringContaining('Het standpunt gaat over een bedrag'), retracted: false },
    ]);
    const voorjaarsnota = await reasons(VJN2025);
    expect(voorjaarsnota).toEqual(
      expect.arrayContaining([
        {
          reason: expect.stringContaining(
            'geen document zegt dat het Overhedenoverleg van 16 april het toegezegde formele overleg was',
          ),
          retracted: true,
        },
        {
          reason: expect.stringContaining('De verrekening 50-50% over 2023/2024 staat bij de uitkomsten'),
          retracted: false,
        },
        { reason: expect.stringContaining('De compensatie is 50% van de tekorten 2023/2024'), retracted: false },
        { reason: expect.stringContaining('Rijk en VNG zeggen dit samen toe'), retracted: false },
        { reason: expect.stringContaining('opgegaan in vjn2025-commitment-kpi-set-rijk'), retracted: true },
        { reason: expect.stringContaining('Gemeenten zetten zich in'), retracted: false },
      ]),
    );
    // One per corrected or retracted line of the Voorjaarsnota negotiation: see datasets/README.md.
    expect(voorjaarsnota).toHaveLength(18);
  });
});
