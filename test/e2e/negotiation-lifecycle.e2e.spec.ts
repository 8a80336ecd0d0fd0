import { createHash } from 'node:crypto';
import { LedgerTestApp } from './support/ledger-app';
import { record, send } from './support/mutations';
import { NEGOTIATION, recordVoorjaarsnota, type Recorded } from './support/voorjaarsnota.scenario';

const AGREED_STATE = `query Agreed($asOf: String, $asKnownAt: String, $referenceDate: String) {
  agreedState(negotiationId: "${NEGOTIATION}", asOf: $asOf, asKnownAt: $asKnownAt, referenceDate: $referenceDate) {
    agreementsInForce { agreementId title sources { quote document { title } } }
    financialFramework { year kind yearAmountCents lines { asSaid amountCents basis openEnded } }
    commitments { open { commitmentId } overdue { commitmentId due { asSaid end } } }
    openDisputes { disputeId financialTerms { amountCents amountEuro } }
    latestPositions { partyId proposalId position { stance } }
  }
}`;

const EVENT_FIELDS =
  'eventId type revision globalPosition occurredOn recordedAt recordedBy commandId classification { level } prevHash hash hashedJson';

type AgreedState = {
  agreementsInForce: { agreementId: string; title: string; sources: { quote: string }[] }[];
  financialFramework: {
    year: number;
    kind: string;
    yearAmountCents: string;
    lines: { asSaid: string; amountCents: string }[];
  }[];
  commitments: { open: { commitmentId: string }[]; overdue: { commitmentId: string }[] };
  openDisputes: { disputeId: string; financialTerms: { amountCents: string; amountEuro: string }[] }[];
  latestPositions: { partyId: string; proposalId: string; position: { stance: string } }[];
};
type LedgerEvent = {
  eventId: string;
  type: string;
  revision: number;
  globalPosition: string;
  occurredOn: string;
  recordedBy: string;
  prevHash: string;
  hash: string;
  hashedJson: string;
  classification: { level: string };
};
type Page = { totalCount: number; edges: { node: LedgerEvent }[] };

describe('a negotiation recorded and queried through GraphQL over HTTP', () => {
  let ledger: LedgerTestApp;
  let recorded: Recorded;
  /** The global position of the last write: every read of the read models waits for it. */
  let lastWrite = '0';

  const agreedState = async (variables: Record<string, string>) => {
    const response = await ledger.graphql<{ agreedState: AgreedState }>(AGREED_STATE, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.agreedState;
  };
  const events = async (filter: Record<string, unknown> = {}, minPosition = lastWrite) => {
    const response = await ledger.graphql<{ events: Page }>(
      `query Log($filter: LedgerEventFilter, $minPosition: String) { events(filter: $filter, first: 500, minPosition: $minPosition) { totalCount edges { node { ${EVENT_FIELDS} } } } }`,
      { filter, minPosition },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.events;
  };
  const auditTrail = async (entityId: string, minPosition = lastWrite) => {
    const response = await ledger.graphql<{ auditTrail: Page }>(
      `query Trail($entityId: ID!, $minPosition: String) { auditTrail(entityId: $entityId, minPosition: $minPosition) { totalCount edges { node { ${EVENT_FIELDS} } } } }`,
      { entityId, minPosition },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.auditTrail.edges.map((edge) => edge.node);
  };

  beforeAll(async () => {
    ledger = await new LedgerTestApp().start();
    recorded = await recordVoorjaarsnota(ledger);
    lastWrite = recorded.dispute.globalPosition;
  });
  afterAll(() => ledger.destroy());

  describe('agreed state as of a date', () => {
    it('has no agreement in force the day before the Overhedenoverleg of 16 April', async () => {
      expect((await agreedState({ asOf: '2025-04-15' })).agreementsInForce).toEqual([]);
    });

    it('has the agreement, its source and its money in force from 16 April', async () => {
      const state = await agreedState({ asOf: '2025-04-16' });
      expect(state.agreementsInForce).toEqual([
        {
          agreementId: 'afspraak-ravijn',
          title: 'Demping ravijn',
          sources: [expect.objectContaining({ quote: expect.stringContaining('oplopend tot € 424 miljoen') })],
        },
      ]);
      expect(state.financialFramework).toContainEqual(
        expect.objectContaining({
          year: 2026,
          kind: 'FUNDING',
          lines: [expect.objectContaining({ asSaid: 'oplopend tot € 424 miljoen', amountCents: '42400000000' })],
        }),
      );
      expect(state.openDisputes).toEqual([
        {
          disputeId: 'compensatie-2023-2024',
          financialTerms: [{ amountCents: '72800000000', amountEuro: '728000000.00' }],
        },
      ]);
      expect(state.latestPositions).toEqual([
        { partyId: 'vng', proposalId: 'bod-kabinet', position: { stance: 'CONDITIONAL' } },
      ]);
    });

    it('counts the promise "uiterlijk in augustus" open on 31 August and overdue on 1 September', async () => {
      const august = await agreedState({ asOf: '2025-04-16', referenceDate: '2025-08-31' });
      const september = await agreedState({ asOf: '2025-04-16', referenceDate: '2025-09-01' });
      expect(august.commitments).toEqual({ open: [{ commitmentId: 'brief-mp-compensatie' }], overdue: [] });
      expect(september.commitments.overdue).toEqual([
        { commitmentId: 'brief-mp-compensatie', due: { asSaid: 'uiterlijk in augustus', end: '2025-08-31' } },
      ]);
    });
  });

  describe('the audit trail', () => {
    it('lists every event that touched the cabinet offer, in order, with who recorded it and when it happened', async () => {
      const trail = await auditTrail('bod-kabinet');
      expect(trail.map((event) => event.type)).toEqual(['ProposalTabled', 'PositionTaken', 'AgreementReached']);
      expect(trail.every((event) => event.occurredOn === '2025-04-16' && event.recordedBy === 'delegatie-vng')).toBe(
        true,
      );
      expect(trail[0].classification).toEqual({ level: 'PARTIES' });
    });

    it('chains every event of the negotiation to the one before by its hash', async () => {
      const trail = await auditTrail(NEGOTIATION);
      expect(trail.length).toBeGreaterThan(10);
      expect(trail[0].prevHash).toBe('0'.repeat(64));
      trail.slice(1).forEach((event, index) => expect(event.prevHash).toBe(trail[index].hash));
      // Anyone can check a hash from what the API serves: SHA-256 over prevHash and the exact hashed text.
      trail.forEach((event) =>
        expect(
          createHash('sha256')
            .update(event.prevHash + event.hashedJson)
            .digest('hex'),
        ).toBe(event.hash),
      );
      expect(JSON.parse(trail[0].hashedJson)).toMatchObject({
        type: 'NegotiationOpened',
        data: { negotiationId: NEGOTIATION },
      });
      expect(trail.map((event) => event.revision)).toEqual(trail.map((_, index) => index));
    });
  });

  describe('a correction recorded later', () => {
    beforeAll(async () => {
      ledger.clock.current = '2025-09-01T09:00:00.000Z';
      const correction = await record(ledger, 'correctEntry', 'CorrectEntryInput', {
        negotiationId: NEGOTIATION,
        occurredOn: '2025-09-01',
        correctedEventId: recorded.agreement.eventIds[0],
        reason: 'Titel volgt de presentatie van 15 mei',
        patch: { title: 'Demping financieel ravijn' },
      });
      lastWrite = correction.globalPosition;
    });

    it('changes the answer as known after it', async () => {
      const [agreement] = (await agreedState({ asOf: '2025-04-16' })).agreementsInForce;
      expect(agreement.title).toBe('Demping financieel ravijn');
    });

    it('leaves the answer as known before it untouched', async () => {
      const [agreement] = (await agreedState({ asOf: '2025-04-16', asKnownAt: '2025-08-01T00:00:00Z' }))
        .agreementsInForce;
      expect(agreement.title).toBe('Demping ravijn');
    });

    it('stands in the audit trail beside the entry it corrects', async () => {
      const trail = await auditTrail('afspraak-ravijn');
      expect(trail.map((event) => [event.type, event.occurredOn])).toEqual([
        ['AgreementReached', '2025-04-16'],
        ['CommitmentMade', '2025-04-16'],
        ['EntryCorrected', '2025-09-01'],
      ]);
    });
  });

  describe('a date as the document said it, corrected later', () => {
    const medioApril = { asSaid: 'medio april', precision: 'MONTH', anchor: '2025-04' };

    beforeAll(async () => {
      ledger.clock.current = '2025-09-02T09:00:00.000Z';
      const correction = await record(ledger, 'correctEntry', 'CorrectEntryInput', {
        negotiationId: NEGOTIATION,
        occurredOn: '2025-09-02',
        correctedEventId: recorded.agreement.eventIds[0],
        reason: 'Het document noemt medio april',
        correctedOccurredAsSaid: medioApril,
      });
      lastWrite = correction.globalPosition;
    });

    it('lists the agreement as possibly later while April lasts, and certain after', async () => {
      const POSSIBLY_LATER = `query Later($asOf: String) { agreedState(negotiationId: "${NEGOTIATION}", asOf: $asOf) {
        possiblyLater { entityId occurredOn occurredAsSaid { asSaid precision start end } } } }`;
      const later = async (asOf: string) =>
        (await ledger.graphql<{ agreedState: { possiblyLater: unknown[] } }>(POSSIBLY_LATER, { asOf })).data!
          .agreedState.possiblyLater;
      expect(await later('2025-04-20')).toEqual([
        {
          entityId: 'afspraak-ravijn',
          occurredOn: '2025-04-16',
          occurredAsSaid: { asSaid: 'medio april', precision: 'MONTH', start: '2025-04-01', end: '2025-04-30' },
        },
      ]);
      expect(await later('2025-05-01')).toEqual([]);
    });
  });

  it('records amounts as said: a breakdown per year, a share of a base, and the whole it is part of', async () => {
    const term = {
      asSaid: 'vanaf 2021 compenseren (2021: € 1,7 miljard euro), 50% van de tekorten, deel van het budget',
      amountCents: '170000000000',
      kind: 'COMPENSATION',
      nature: 'STRUCTURAL',
      basis: 'BREAKDOWN',
      fromYear: 2021,
      perYear: [{ year: 2021, amountCents: '170000000000' }],
      share: { percent: 50, ofAsSaid: 'de tekorten' },
      partOfAsSaid: 'het budget',
    };
    const written = await record(ledger, 'tableProposal', 'TableProposalInput', {
      negotiationId: NEGOTIATION,
      occurredOn: '2025-04-16',
      proposalId: 'p-bedragen',
      partyId: 'vng',
      title: 'Bedragen zoals gezegd',
      terms: 't',
      financialTerms: [term],
    });
    lastWrite = written.globalPosition;
    const response = await ledger.graphql<{
      negotiation: { proposals: { proposalId: string; current: { financialTerms: unknown[] } }[] };
    }>(
      `query Terms($minPosition: String) { negotiation(negotiationId: "${NEGOTIATION}", minPosition: $minPosition) { proposals { proposalId current { financialTerms {
        asSaid amountCents basis fromYear toYear upToCents reachedInYear perYear { year amountCents } share { percent ofAsSaid } partOfAsSaid } } } } }`,
      { minPosition: lastWrite },
    );
    const proposal = response.data!.negotiation.proposals.find((p) => p.proposalId === 'p-bedragen')!;
    const { kind: _kind, nature: _nature, ...asked } = term;
    expect(proposal.current.financialTerms).toEqual([{ ...asked, toYear: null, upToCents: null, reachedInYear: null }]);
  });

  describe('refusals leave the store untouched', () => {
    let countBefore: number;
    beforeEach(async () => {
      countBefore = (await events()).totalCount;
    });
    afterEach(async () => {
      expect((await events()).totalCount).toBe(countBefore);
    });

    it('refuses a stale expectedRevision with CONFLICT and the current revision', async () => {
      const response = await send(ledger, 'admitParty', 'AdmitPartyInput', {
        negotiationId: NEGOTIATION,
        occurredOn: '2025-04-16',
        partyId: 'ipo',
        name: 'IPO',
        kind: 'IPO',
        expectedRevision: 3,
      });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'expectedRevision',
        currentRevision: countBefore - 1,
      });
    });

    it.each([
      [
        'an amount with decimals',
        'tableProposal',
        'TableProposalInput',
        {
          proposalId: 'p2',
          partyId: 'vng',
          title: 't',
          terms: 't',
          financialTerms: [{ asSaid: 'x', amountCents: '12.5', kind: 'FUNDING', nature: 'STRUCTURAL', fromYear: 2025 }],
        },
        'financialTerms[0].amountCents',
      ],
      [
        'a range whose upper bound is not above its lower',
        'tableProposal',
        'TableProposalInput',
        {
          proposalId: 'p3',
          partyId: 'vng',
          title: 't',
          terms: 't',
          financialTerms: [
            {
              asSaid: '€ 300-200 miljoen',
              amountCents: '30000000000',
              upToCents: '20000000000',
              kind: 'SAVING',
              nature: 'STRUCTURAL',
              fromYear: 2023,
            },
          ],
        },
        'financialTerms[0].upToCents',
      ],
      [
        'a position of a party not at the table',
        'takePosition',
        'TakePositionInput',
        { positionId: 'ipo-1', partyId: 'ipo', topic: 'eigen bijdrage', stance: 'OPPOSES' },
        'partyId',
      ],
      [
        'a commitment due before it was made',
        'makeCommitment',
        'MakeCommitmentInput',
        {
          commitmentId: 'c2',
          owedBy: ['rijk'],
          description: 'x',
          due: { asSaid: 'maart', precision: 'MONTH', anchor: '2025-03' },
        },
        'due',
      ],
      [
        'a date that does not exist',
        'cancelMeeting',
        'CancelMeetingInput',
        { meetingId: 'oo-2025-03-17', reason: 'x', occurredOn: '2025-02-30' },
        'occurredOn',
      ],
      ['an unknown meeting', 'recordMeetingHeld', 'RecordMeetingHeldInput', { meetingId: 'bo-onbekend' }, 'meetingId'],
      [
        'a day outside the date as said',
        'cancelMeeting',
        'CancelMeetingInput',
        {
          meetingId: 'oo-2025-03-17',
          reason: 'x',
          occurredAsSaid: { asSaid: 'eind maart', precision: 'MONTH', anchor: '2025-03' },
        },
        'occurredOn',
      ],
      [
        'a corrected date as said that does not hold the recorded day',
        'correctEntry',
        'CorrectEntryInput',
        {
          correctedEventId: 'placeholder',
          reason: 'x',
          correctedOccurredAsSaid: { asSaid: 'maart', precision: 'MONTH', anchor: '2025-03' },
        },
        'occurredAsSaid',
      ],
    ])(
      'refuses %s with BAD_USER_INPUT or NOT_FOUND naming the field',
      async (_case, mutation, inputType, input, field) => {
        const correctedEventId = 'correctedEventId' in input && recorded.agreement.eventIds[0];
        const response = await send(ledger, mutation, inputType, {
          negotiationId: NEGOTIATION,
          occurredOn: '2025-04-16',
          ...input,
          ...(correctedEventId ? { correctedEventId } : {}),
        });
        expect(response.data).toBeNull();
        expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(response.errors?.[0].extensions?.code);
        expect(response.errors?.[0].extensions?.field).toBe(field);
      },
    );

    it('answers a retried command with its first result and appends nothing', async () => {
      const retry = await record(ledger, 'openNegotiation', 'OpenNegotiationInput', {
        negotiationId: NEGOTIATION,
        occurredOn: '2025-03-17',
        title: 'Financiering jeugdzorg Voorjaarsnota 2025',
        commandId: 'open-vjn-2025',
      });
      expect(retry).toEqual({ ...recorded.opened, duplicate: true });
    });
  });

  describe('lists and lookups', () => {
    it('finds the negotiation in the list and by its global id', async () => {
      const list = await ledger.graphql<{
        negotiations: { totalCount: number; edges: { node: { id: string; title: string } }[] };
      }>('{ negotiations(first: 10) { totalCount edges { node { id title } } } }');
      const { id } = list.data!.negotiations.edges[0].node;
      expect(list.data!.negotiations.totalCount).toBe(1);
      const node = await ledger.graphql<{ node: { title: string } }>(
        'query Node($id: ID!) { node(id: $id) { ... on Negotiation { title } } }',
        { id },
      );
      expect(node.data!.node.title).toBe('Financiering jeugdzorg Voorjaarsnota 2025');
    });

    it('filters the global log by type and date', async () => {
      const agreements = await events({ types: ['AgreementReached'] });
      const march = await events({ occurredFrom: '2025-03-01', occurredTo: '2025-03-31' });
      expect(agreements.edges.map((edge) => edge.node.eventId)).toEqual(recorded.agreement.eventIds);
      expect(march.totalCount).toBe(5);
    });
  });

  describe('after a restart', () => {
    it('finds every event and the same agreed state again', async () => {
      const before = { log: await events(), state: await agreedState({ asOf: '2025-04-16' }) };
      await ledger.stop();
      await ledger.start();
      expect(await events()).toEqual(before.log);
      expect(await agreedState({ asOf: '2025-04-16' })).toEqual(before.state);
    });
  });
});
