import {
  DOCUMENTS,
  JZ2020,
  MONEY_FIELDS,
  PERIOD_FIELDS,
  RealRecord,
  SOURCE_FIELDS,
  VJN2025,
  type Money,
  type Period,
  type Source,
} from './support/real-record';

/**
 * Questions a delegation asks of the shipped record (datasets/rijk-vng-jeugdzorg-2020-2025.jsonl), through
 * GraphQL over HTTP, answered as the source documents give them. Evidence questions are in
 * real-record-questions-evidence.e2e.spec.ts.
 */

const OVERHEDENOVERLEG_17_MARCH = 'vjn2025-meeting-overhedenoverleg-2025-03-17';
const OVERHEDENOVERLEG_16_APRIL = 'vjn2025-meeting-overhedenoverleg-2025-04-16';
const RIJK = 'vjn2025-party-rijk';
const VNG = 'vjn2025-party-vng';
const COMMISSIE_VAN_ARK = 'vjn2025-party-commissie-van-ark';

type Agreement = {
  agreementId: string;
  title: string;
  terms: string;
  meetingId: string | null;
  proposalIds: string[];
  reachedOn: string;
  financialTerms: Money[];
  sources: Source[];
  standing: string;
  openTerms: { asSaid: string; disputeId: string | null }[];
};
type Commitment = {
  commitmentId: string;
  owedBy: string[];
  dueKind: string;
  description: string;
  due: Period;
  status: string;
  outcome: { on: string; note: string } | null;
  sources: Source[];
};
type AgreedState = {
  agreementsInForce: { agreementId: string }[];
  financialFramework: { year: number; kind: string; lines: { agreementId: string; amountCents: string }[] }[];
  commitments: Record<'open' | 'overdue' | 'fulfilled', { commitmentId: string; owedBy: string[] }[]>;
  openDisputes: { disputeId: string }[];
  latestPositions: {
    partyId: string;
    proposalId: string | null;
    topic: string;
    position: { positionId: string; stance: string };
  }[];
};

const AGREEMENTS = `query Agreements($negotiationId: ID!) { negotiation(negotiationId: $negotiationId) {
  agreements { agreementId title terms meetingId proposalIds reachedOn standing openTerms { asSaid disputeId } financialTerms { ${MONEY_FIELDS} } ${SOURCE_FIELDS} } } }`;
const COMMITMENTS = `{ negotiation(negotiationId: "${VJN2025}") {
  commitments { commitmentId owedBy dueKind description due { ${PERIOD_FIELDS} } status outcome { on note } ${SOURCE_FIELDS} } } }`;
const AGREED_STATE = `query Agreed($negotiationId: ID!, $asOf: String, $referenceDate: String) {
  agreedState(negotiationId: $negotiationId, asOf: $asOf, referenceDate: $referenceDate) {
    agreementsInForce { agreementId }
    financialFramework { year kind lines { agreementId amountCents } }
    commitments { open { commitmentId owedBy } overdue { commitmentId owedBy } fulfilled { commitmentId owedBy } }
    openDisputes { disputeId }
    latestPositions { partyId proposalId topic position { positionId stance } }
  } }`;

const ids = (rows: readonly { [key: string]: unknown }[], key: string) => rows.map((row) => row[key]).sort();
/** Whether a promise's due interval touches [from, to]: an open end ("e.v.") runs on for ever. */
const dueWithin = (due: Period, from: string, to: string) => due.start <= to && (due.end === null || due.end >= from);

describe('questions a delegation asks of the real record, through GraphQL over HTTP', () => {
  const record = new RealRecord();
  let agreements: Agreement[];
  let commitments: Commitment[];

  const agreedState = async (variables: { negotiationId?: string; asOf: string; referenceDate?: string }) =>
    (await record.ask<{ agreedState: AgreedState }>(AGREED_STATE, { negotiationId: VJN2025, ...variables }))
      .agreedState;

  beforeAll(async () => {
    await record.start();
    agreements = (
      await record.ask<{ negotiation: { agreements: Agreement[] } }>(AGREEMENTS, { negotiationId: VJN2025 })
    ).negotiation.agreements;
    commitments = (await record.ask<{ negotiation: { commitments: Commitment[] } }>(COMMITMENTS)).negotiation
      .commitments;
  });
  afterAll(() => record.destroy());

  it('what did Rijk and VNG agree at the Overhedenoverleg of 16 April 2025 about money?', async () => {
    const atMeeting = agreements.filter((agreement) => agreement.meetingId === OVERHEDENOVERLEG_16_APRIL);
    expect(atMeeting).toHaveLength(17);
    expect(atMeeting.every((agreement) => agreement.reachedOn === '2025-04-16')).toBe(true);
    expect(
      atMeeting.every((agreement) => agreement.proposalIds.includes('vjn2025-proposal-bod-kabinet-2025-04-16')),
    ).toBe(true);

    const withMoney = atMeeting.filter((agreement) => agreement.financialTerms.length > 0);
    expect(withMoney.map((agreement) => agreement.agreementId)).toEqual([
      'vjn2025-agreement-demping-ravijn-424-mln',
      'vjn2025-agreement-circa-3-miljard-2025-2027',
    ]);
    expect(withMoney[0].financialTerms).toEqual([
      {
        asSaid: 'Demping ravijn, vanaf 2026 met structureel geld, oplopend tot € 424 miljoen',
        amountCents: '42400000000',
        amountEuro: '424000000.00',
        kind: 'FUNDING',
        nature: 'STRUCTURAL',
        basis: 'RISING_TO',
        fromYear: 2026,
        toYear: null,
        approximate: false,
      },
    ]);
    expect(withMoney[1].financialTerms).toEqual([
      expect.objectContaining({
        amountCents: '300000000000',
        kind: 'FUNDING',
        basis: 'CUMULATIVE',
        fromYear: 2025,
        toYear: 2027,
        approximate: true,
      }),
    ]);
    const structuralCosts = atMeeting.find(
      (agreement) => agreement.agreementId === 'vjn2025-agreement-vergoeding-structurele-kosten-jeugdhulp',
    )!;
    // The 50-50 verrekening is listed with the outcome, but no agreement was reached on it: an open term of the 728 mln dispute.
    expect(structuralCosts.terms).toContain('vanaf 2025 op basis van feitelijk uitgavenniveau 2024.');
    expect(structuralCosts.terms).not.toContain('50-50');
    expect(structuralCosts).toMatchObject({
      standing: 'OP_HOOFDLIJNEN',
      openTerms: [
        {
          asSaid: 'met verrekening 50-50% verdeling over 2023/2024',
          disputeId: 'vjn2025-dispute-compensatie-2023-2024',
        },
      ],
    });
    expect(structuralCosts.financialTerms).toEqual([]);
  });

  it("was the cabinet's bid at the Overhedenoverleg of 16 April 2025 negotiable?", async () => {
    const { negotiation } = await record.ask<{
      negotiation: {
        proposals: {
          proposalId: string;
          partyId: string;
          agreed: boolean;
          current: { nonNegotiable: boolean; meetingId: string };
        }[];
      };
    }>(
      `{ negotiation(negotiationId: "${VJN2025}") { proposals { proposalId partyId agreed current { nonNegotiable meetingId } } } }`,
    );
    expect(
      negotiation.proposals.find((proposal) => proposal.proposalId === 'vjn2025-proposal-bod-kabinet-2025-04-16'),
    ).toEqual({
      proposalId: 'vjn2025-proposal-bod-kabinet-2025-04-16',
      partyId: RIJK,
      agreed: true,
      current: { nonNegotiable: true, meetingId: OVERHEDENOVERLEG_16_APRIL },
    });
  });

  it('what did Rijk and VNG agree at the Overhedenoverleg of 17 March 2025?', async () => {
    const atMeeting = agreements.filter((agreement) => agreement.meetingId === OVERHEDENOVERLEG_17_MARCH);
    expect(atMeeting.map((agreement) => agreement.agreementId)).toEqual([
      'vjn2025-agreement-niet-of-maar-hoe',
      'vjn2025-agreement-uitwerking-aanpak-bo-jeugd',
      'vjn2025-agreement-formeel-overleg-uiterlijk-14-april',
      'vjn2025-agreement-samenwerkingsagenda-weerbaarheid',
    ]);
    const [nietOfMaarHoe, uitwerking, formeelOverleg] = atMeeting;
    expect(nietOfMaarHoe.terms).toContain('(‘niet of, maar hoe’) is opnieuw bekrachtigd');
    expect(nietOfMaarHoe.terms).toContain('artikel 108 lid 3 Gemeentewet');
    expect(uitwerking.terms).toContain(
      'De staatssecretaris van VWS spreekt vanaf nu met de grootst mogelijke urgentie verder met de VNG',
    );
    expect(formeelOverleg.terms).toContain('uiterlijk 14 april in een formeel overleg');
    expect(
      atMeeting.every((agreement) =>
        agreement.sources.some((source) => source.document.kenmerk === DOCUMENTS.ledenbrief.kenmerk),
      ),
    ).toBe(true);
  });

  it("what was the cabinet's inzet on additional measures for 2028 e.v., and what was VNG's position on it?", async () => {
    const { negotiation } = await record.ask<{
      negotiation: {
        proposals: { proposalId: string; partyId: string; current: { terms: string; financialTerms: Money[] } }[];
        positions: {
          positionId: string;
          partyId: string;
          proposalId: string | null;
          stance: string;
          reasons: string[];
          takenOn: string;
        }[];
      };
    }>(`{ negotiation(negotiationId: "${VJN2025}") {
      proposals { proposalId partyId current { terms financialTerms { ${MONEY_FIELDS} } } }
      positions { positionId partyId proposalId stance reasons takenOn } } }`);
    const inzet = negotiation.proposals.find(
      (proposal) => proposal.proposalId === 'vjn2025-proposal-aanvullende-maatregelen-2028',
    )!;
    expect(inzet.partyId).toBe(RIJK);
    expect(inzet.current.terms).toContain(
      'sturen op trajectduur, invoeren eigen bijdrage, indexering besparingspotentieel maatregelen Cie van Wijzen',
    );
    expect(
      inzet.current.financialTerms.map(({ asSaid, amountCents, kind, nature, basis, fromYear, toYear }) => ({
        asSaid,
        amountCents,
        kind,
        nature,
        basis,
        fromYear,
        toYear,
      })),
    ).toEqual([
      {
        asSaid: 'Sturen op trajectduur (68 mln)',
        amountCents: '6800000000',
        kind: 'SAVING',
        nature: 'STRUCTURAL',
        basis: 'PER_YEAR',
        fromYear: 2028,
        toYear: null,
      },
      {
        asSaid: 'Invoeren eigen bijdrage (260 mln)',
        amountCents: '26000000000',
        kind: 'SAVING',
        nature: 'STRUCTURAL',
        basis: 'PER_YEAR',
        fromYear: 2028,
        toYear: null,
      },
      {
        asSaid: 'Indexering besparingspotentieel maatregelen Cie van Wijzen (507 mln)',
        amountCents: '50700000000',
        kind: 'SAVING',
        nature: 'STRUCTURAL',
        basis: 'PER_YEAR',
        fromYear: 2028,
        toYear: null,
      },
    ]);

    const onInzet = negotiation.positions.filter((position) => position.proposalId === inzet.proposalId);
    expect(onInzet).toEqual([expect.objectContaining({ partyId: VNG, stance: 'RESERVES', takenOn: '2025-05-15' })]);
    expect(onInzet[0].reasons).toContain(
      'Inzet Kabinet is te ambitieus zowel waar het de haalbaarheid en de impact van maatregelen betreft, alsook het tempo',
    );

    const agreed = agreements.find(
      (agreement) => agreement.agreementId === 'vjn2025-agreement-aanvullende-maatregelen-2028',
    )!;
    expect(agreed.proposalIds).toContain(inzet.proposalId);
    expect(agreed.terms).toContain(
      'Het Rijk is verantwoordelijk mochten de besparingen ondanks de volledige inzet van Rijk en gemeenten niet behaald worden.',
    );
  });

  it('which promises fall due in Q1 2027, and who owes them?', () => {
    // "na het Paasreces" hangs on a recess the record does not date: it is not said to fall in any quarter.
    const due = commitments.filter(
      (commitment) => commitment.due.precision !== 'RELATIVE' && dueWithin(commitment.due, '2027-01-01', '2027-03-31'),
    );
    expect(
      due.map(({ commitmentId, owedBy, due: { asSaid, precision, start, end } }) => ({
        commitmentId,
        owedBy,
        asSaid,
        precision,
        start,
        end,
      })),
    ).toEqual([
      {
        commitmentId: 'vjn2025-commitment-oordeel-van-ark-q1-2027',
        owedBy: [COMMISSIE_VAN_ARK],
        asSaid: 'in het eerste kwartaal van 2027',
        precision: 'QUARTER',
        start: '2027-01-01',
        end: '2027-03-31',
      },
      // "wordt gestreefd naar": no document names who.
      {
        commitmentId: 'vjn2025-commitment-wettelijke-grondslag-data-berichtenverkeer',
        owedBy: [],
        asSaid: 'gestreefd naar 1 januari 2027',
        precision: 'DAY',
        start: '2027-01-01',
        end: '2027-01-01',
      },
    ]);
  });

  it('who owes the KPI set, the brede agenda sociaal domein and the new financing model, and by when?', () => {
    const owed = (commitmentId: string) => {
      const { owedBy, due } = commitments.find((commitment) => commitment.commitmentId === commitmentId)!;
      return { owedBy, ...due };
    };
    const autumn2025 = {
      asSaid: 'in het najaar van 2025',
      precision: 'SEASON',
      start: '2025-09-01',
      end: '2025-11-30',
    };
    const end2025 = { asSaid: 'eind 2025', precision: 'YEAR', start: '2025-01-01', end: '2025-12-31' };
    // "Rijk en VNG spreken af": one promise owed jointly, not one per party.
    expect(owed('vjn2025-commitment-kpi-set-rijk')).toEqual({ owedBy: [RIJK, VNG], ...autumn2025 });
    expect(owed('vjn2025-commitment-contouren-brede-agenda-rijk')).toEqual({ owedBy: [RIJK, VNG], ...end2025 });
    expect(commitments.map((commitment) => commitment.commitmentId)).not.toEqual(
      expect.arrayContaining(['vjn2025-commitment-kpi-set-vng']),
    );
    expect(commitments.map((commitment) => commitment.commitmentId)).not.toEqual(
      expect.arrayContaining(['vjn2025-commitment-contouren-brede-agenda-vng']),
    );
    // "worden ... vormgegeven", "moet ... in werking treden": no document names who.
    expect(owed('vjn2025-commitment-contouren-financieringsmodel')).toEqual({ owedBy: [], ...end2025 });
    expect(owed('vjn2025-commitment-financieringsmodel-in-werking-2029')).toEqual({
      owedBy: [],
      asSaid: 'per 1 januari 2029',
      precision: 'DAY',
      start: '2029-01-01',
      end: '2029-01-01',
    });
    // "Gemeenten zetten zich in": the municipalities, not the VNG.
    expect(owed('vjn2025-commitment-gemeenten-datagedreven-2026').owedBy).toEqual(['vjn2025-party-gemeenten']);
  });

  it('which commitments are deadlines and which are targets?', () => {
    const byKind = (dueKind: string) =>
      commitments
        .filter((commitment) => commitment.dueKind === dueKind)
        .map((commitment) => commitment.due.asSaid)
        .sort();
    expect(byKind('DEADLINE')).toEqual([
      'per 1 januari 2029',
      'uiterlijk 14 april a.s.',
      'uiterlijk in augustus van dit jaar',
    ]);
    expect(byKind('TARGET')).toEqual(['gestreefd naar 1 januari 2027', 'in 2026', 'rond de zomer 2025']);
    expect(byKind('UNSPECIFIED')).toHaveLength(5);
  });

  it('which promises were overdue on 1 September 2025, as far as the record goes?', async () => {
    const { commitments: byStatus } = await agreedState({ asOf: '2025-09-01' });
    expect(byStatus.overdue).toEqual([
      { commitmentId: 'vjn2025-commitment-formeel-overleg-uiterlijk-14-april', owedBy: [] },
      { commitmentId: 'vjn2025-commitment-conclusies-compensatie-augustus', owedBy: [RIJK] },
      { commitmentId: 'vjn2025-commitment-internetconsultatie-wetsvoorstel-reikwijdte', owedBy: [] },
    ]);
    // Twelve promises were recorded once per party; the two joint ones now count once. The joint promise "na het
    // Paasreces" has no end the record knows, so it is open, never overdue.
    expect(byStatus.open).toHaveLength(8);
    expect(byStatus.open).toContainEqual({
      commitmentId: 'vjn2025-commitment-opdracht-status-van-ark-ii',
      owedBy: [RIJK, VNG],
    });
    // No document says the promised formal meeting by 14 April was held: it stays overdue, not fulfilled.
    expect(byStatus.fulfilled).toEqual([]);
  });

  it('is the Commissie Van Ark judgement of Q1 2027 overdue on 31 March 2027, or only from 1 April 2027?', async () => {
    const judgement = { commitmentId: 'vjn2025-commitment-oordeel-van-ark-q1-2027', owedBy: [COMMISSIE_VAN_ARK] };
    const lastDay = await agreedState({ asOf: '2027-03-31' });
    expect(lastDay.commitments.open).toContainEqual(judgement);
    expect(lastDay.commitments.overdue).not.toContainEqual(judgement);
    expect((await agreedState({ asOf: '2027-04-01' })).commitments.overdue).toContainEqual(judgement);
    // The agreements say Q1 2027; the next-steps slide says "februari 2027": both quotes stand beside the promise.
    const quotes = commitments
      .find((commitment) => commitment.commitmentId === judgement.commitmentId)!
      .sources.map((source) => source.quote);
    expect(quotes).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'De commissie van deskundigen zal in het eerste kwartaal van 2027 een zwaarwegend maatgevend advies',
        ),
        'Overleg VWS (en BZK, FIN) over opdracht en status uitspraak Van Ark II (februari 2027):',
      ]),
    );
  });

  it('was the formal meeting promised for "uiterlijk 14 april" held in time?', async () => {
    const promise = { commitmentId: 'vjn2025-commitment-formeel-overleg-uiterlijk-14-april', owedBy: [] };
    expect((await agreedState({ asOf: '2025-04-15' })).commitments.overdue).toEqual([promise]);
    // The Overhedenoverleg of 16 April took place, but no document says it was the promised meeting.
    const sixteenth = await agreedState({ asOf: '2025-04-16' });
    expect(sixteenth.commitments.fulfilled).toEqual([]);
    expect(sixteenth.commitments.overdue).toContainEqual(promise);
    const { due, status, outcome } = commitments.find(
      (commitment) => commitment.commitmentId === promise.commitmentId,
    )!;
    expect(due).toEqual({
      asSaid: 'uiterlijk 14 april a.s.',
      precision: 'DAY',
      start: '2025-04-14',
      end: '2025-04-14',
    });
    expect([status, outcome]).toEqual(['open', null]);
  });

  it('what stood agreed on 15 April 2025, and what on 16 April 2025?', async () => {
    const before = await agreedState({ asOf: '2025-04-15' });
    expect(ids(before.agreementsInForce, 'agreementId')).toEqual(
      ids(
        agreements.filter((agreement) => agreement.meetingId === OVERHEDENOVERLEG_17_MARCH),
        'agreementId',
      ),
    );
    expect(before.financialFramework).toEqual([]);
    expect(before.openDisputes).toEqual([]);

    const after = await agreedState({ asOf: '2025-04-16' });
    expect(after.agreementsInForce).toHaveLength(21);
    expect(after.financialFramework).toContainEqual({
      year: 2026,
      kind: 'FUNDING',
      lines: expect.arrayContaining([
        { agreementId: 'vjn2025-agreement-demping-ravijn-424-mln', amountCents: '42400000000' },
      ]),
    });
    expect(after.openDisputes).toEqual([{ disputeId: 'vjn2025-dispute-compensatie-2023-2024' }]);
  });

  it('what stood agreed between Rijk and VNG on 31 January 2022, after the coalition agreement and the ALV of 13 January?', async () => {
    const state = await agreedState({ negotiationId: JZ2020, asOf: '2022-01-31' });
    expect(state.agreementsInForce.map((agreement) => agreement.agreementId)).toEqual([
      'jz2020-2022-agreement-aanvaarding-uitkomsten-aef',
      'jz2020-2022-agreement-geen-verplichte-gr',
      'jz2020-2022-agreement-bestuurlijke-afspraken-juni-2021',
    ]);
    expect(state.openDisputes).toEqual([{ disputeId: 'jz2020-2022-dispute-regeerakkoord-uitspraak-cvw' }]);
    expect(state.latestPositions).toContainEqual({
      partyId: 'jz2020-2022-party-vng',
      proposalId: null,
      topic: 'Meewerken aan de Hervormingsagenda Jeugd',
      position: { positionId: 'jz2020-2022-position-vng-voorwaarde-hervormingsagenda', stance: 'CONDITIONAL' },
    });
  });

  it('when did the Commissie van Wijzen rule and the June 2021 agreements fall, as the documents say, and how sure is an answer as of 15 June 2021?', async () => {
    const DATED = `query Dated($negotiationId: ID!, $asOf: String) {
      agreedState(negotiationId: $negotiationId, asOf: $asOf) {
        agreementsInForce { agreementId }
        possiblyLater { entityId type occurredOn occurredAsSaid { asSaid precision start end } }
      } }`;
    const dated = async (asOf: string) =>
      (await record.ask<{ agreedState: DatedState }>(DATED, { negotiationId: JZ2020, asOf })).agreedState;
    const juni = { asSaid: 'in juni 2021', precision: 'MONTH', start: '2021-06-01', end: '2021-06-30' };

    const midJune = await dated('2021-06-15');
    expect(midJune.agreementsInForce.map((a) => a.agreementId)).toContain(
      'jz2020-2022-agreement-bestuurlijke-afspraken-juni-2021',
    );
    // "destijds" (after the NvO of 29 June 2020, before the note of 13 January 2022) stays uncertain till then.
    const destijds = {
      entityId: 'jz2020-2022-agreement-geen-verplichte-gr',
      type: 'AgreementReached',
      occurredOn: '2020-06-29',
      occurredAsSaid: { asSaid: 'destijds', precision: 'RANGE', start: '2020-06-29', end: '2022-01-13' },
    };
    expect(midJune.possiblyLater).toEqual([
      destijds,
      {
        entityId: 'jz2020-2022-ruling-commissie-van-wijzen-2021',
        type: 'RulingIssued',
        occurredOn: '2021-06-01',
        occurredAsSaid: { ...juni, asSaid: 'juni 2021' },
      },
      {
        entityId: 'jz2020-2022-agreement-bestuurlijke-afspraken-juni-2021',
        type: 'AgreementReached',
        occurredOn: '2021-06-01',
        occurredAsSaid: juni,
      },
    ]);
    expect((await dated('2021-07-01')).possiblyLater).toEqual([destijds]);
    expect((await dated('2021-04-30')).possiblyLater).toEqual([destijds]);
    expect((await dated('2022-02-01')).possiblyLater).toEqual([]);
  });

  it('what date does the record give the € 613 mln, and the talks "destijds" on a GR, in the words of the documents?', async () => {
    const EVENTS = `query Log($negotiationId: ID!) { events(filter: { negotiationId: $negotiationId }, first: 100) {
      edges { node { commandId occurredOn occurredAsSaid { asSaid precision start end } } } } }`;
    const { events } = await record.ask<{ events: { edges: { node: LoggedDate }[] } }>(EVENTS, {
      negotiationId: JZ2020,
    });
    const dateOf = (commandId: string) => events.edges.find(({ node }) => node.commandId === commandId)?.node;
    // The cabinet's own decision, which replaced the proposal it was once recorded as.
    expect(dateOf('jz2020-2022-decision-613-mln-2021/take-decision')).toEqual({
      commandId: 'jz2020-2022-decision-613-mln-2021/take-decision',
      occurredOn: '2021-04-30',
      occurredAsSaid: { asSaid: 'eind april', precision: 'MONTH', start: '2021-04-01', end: '2021-04-30' },
    });
    expect(dateOf('jz2020-2022-agreement-geen-verplichte-gr/reach-agreement')?.occurredAsSaid).toEqual({
      asSaid: 'destijds',
      precision: 'RANGE',
      start: '2020-06-29',
      end: '2022-01-13',
    });
    expect(dateOf('jz2020-2022-meeting-alv-2022-01-13/schedule-meeting')?.occurredAsSaid).toEqual({
      asSaid: '2022-01-13',
      precision: 'DAY',
      start: '2022-01-13',
      end: '2022-01-13',
    });
  });

  it('which amount did VNG take a position on in 2022, and on what conditions?', async () => {
    const { negotiation } = await record.ask<{
      negotiation: { positions: { positionId: string; stance: string; financialTerms: Record<string, unknown>[] }[] };
    }>(
      `{ negotiation(negotiationId: "${JZ2020}") { positions { positionId stance financialTerms { asSaid amountCents kind } } } }`,
    );
    expect(
      negotiation.positions.find((p) => p.positionId === 'jz2020-2022-position-vng-taakstelling-1-miljard'),
    ).toEqual({
      positionId: 'jz2020-2022-position-vng-taakstelling-1-miljard',
      stance: 'CONDITIONAL',
      financialTerms: [{ asSaid: 'de taakstelling van € 1 miljard', amountCents: '100000000000', kind: 'SAVING' }],
    });
  });

  it('what did Kabinet and VNG promise "na het Paasreces", and when does it fall due?', () => {
    const promise = commitments.find(
      (commitment) => commitment.commitmentId === 'vjn2025-commitment-opdracht-status-van-ark-ii',
    )!;
    expect(promise).toMatchObject({
      owedBy: [RIJK, VNG],
      dueKind: 'UNSPECIFIED',
      due: { asSaid: 'na het Paasreces', precision: 'RELATIVE', start: '2025-04-16', end: null },
    });
  });

  it('what share of which shortfalls is the € 728 mln dispute about, and which amounts are ranges or parts of others?', async () => {
    const TERMS = `query Terms($negotiationId: ID!) { negotiation(negotiationId: $negotiationId) {
      disputes { disputeId financialTerms { asSaid amountCents kind share { percent ofAsSaid } partOfAsSaid } }
      proposals { proposalId current { financialTerms { asSaid amountCents upToCents approximate partOfAsSaid } } }
    } }`;
    type Terms = {
      negotiation: {
        disputes: { disputeId: string; financialTerms: Record<string, unknown>[] }[];
        proposals: { proposalId: string; current: { financialTerms: Record<string, unknown>[] } }[];
      };
    };
    const vjn = (await record.ask<Terms>(TERMS, { negotiationId: VJN2025 })).negotiation;
    expect(vjn.disputes.find((d) => d.disputeId === 'vjn2025-dispute-compensatie-2023-2024')!.financialTerms).toEqual([
      {
        asSaid: 'Compensatie 50% tekorten 2023/2024 (€ 728 mln)',
        amountCents: '72800000000',
        kind: 'COMPENSATION',
        share: { percent: 50, ofAsSaid: 'tekorten 2023/2024' },
        partOfAsSaid: null,
      },
    ]);
    const jz = (await record.ask<Terms>(TERMS, { negotiationId: JZ2020 })).negotiation;
    const termsOf = (proposalId: string) =>
      jz.proposals.find((p) => p.proposalId === proposalId)!.current.financialTerms;
    expect(termsOf('jz2020-2022-proposal-vng-harmonisatie-administratie')).toEqual([
      expect.objectContaining({ amountCents: '20000000000', upToCents: '30000000000', approximate: false }),
    ]);
    expect(termsOf('jz2020-2022-proposal-regeerakkoord-2021')[0]).toMatchObject({
      amountCents: '50000000000',
      partOfAsSaid: '1,5 miljard euro',
    });
    expect(
      jz.disputes.find((d) => d.disputeId === 'jz2020-2022-dispute-regeerakkoord-uitspraak-cvw')!.financialTerms[0],
    ).toMatchObject({ amountCents: '150000000000', partOfAsSaid: 'het totale jeugdzorgbudget van 5,5 miljard' });
  });
});

type DatedState = {
  agreementsInForce: { agreementId: string }[];
  possiblyLater: { entityId: string; type: string; occurredOn: string; occurredAsSaid: Record<string, string> }[];
};
type LoggedDate = { commandId: string; occurredOn: string; occurredAsSaid: Record<string, string> };
