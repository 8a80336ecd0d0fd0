import {
  JZ2020,
  MONEY_FIELDS,
  RealRecord,
  SOURCE_FIELDS,
  VJN2025,
  type Money,
  type Source,
} from './support/real-record';

/**
 * Questions about steps that are not agreements: what one party decided on its own, talks that stood still,
 * letters sent, what the members' assembly resolved. Through GraphQL over HTTP on the shipped record.
 */

type Decision = {
  id: string;
  decisionId: string;
  decidedBy: string;
  kind: string;
  text: string;
  decidedOn: string;
  financialTerms: Money[];
  sources: Source[];
};
const DECISION_FIELDS = `id decisionId decidedBy kind text decidedOn financialTerms { ${MONEY_FIELDS} } ${SOURCE_FIELDS}`;

describe('questions about what one party did on its own', () => {
  const record = new RealRecord();

  beforeAll(() => record.start());
  afterAll(() => record.destroy());

  it('who freed € 613 mln for 2021, and did the VNG agree to it? The cabinet alone: a decision, not a proposal or agreement', async () => {
    const { negotiation } = await record.ask<{
      negotiation: {
        decisions: Decision[];
        proposals: { proposalId: string }[];
        agreements: { agreementId: string; financialTerms: Money[] }[];
      };
    }>(`{ negotiation(negotiationId: "${JZ2020}") {
      decisions { ${DECISION_FIELDS} }
      proposals { proposalId }
      agreements { agreementId financialTerms { ${MONEY_FIELDS} } } } }`);
    const decision = negotiation.decisions.find((found) => found.decisionId === 'jz2020-2022-decision-613-mln-2021')!;
    expect(decision).toMatchObject({ decidedBy: 'jz2020-2022-party-rijk', kind: 'DECISION', decidedOn: '2021-04-30' });
    expect(decision.financialTerms).toEqual([
      expect.objectContaining({ amountCents: '61300000000', kind: 'FUNDING', fromYear: 2021, toYear: 2021 }),
    ]);
    expect(decision.sources.map((source) => source.quote)).toEqual([
      'Uiteindelijk heeft het kabinet eind april € 613 miljoen vrijgemaakt voor 2021 vanwege de acute problemen in de jeugdzorg.',
    ]);
    expect(negotiation.proposals.map((proposal) => proposal.proposalId)).not.toContain(
      'jz2020-2022-proposal-613-mln-2021',
    );
    const agreedAmounts = negotiation.agreements.flatMap((agreement) => agreement.financialTerms);
    expect(agreedAmounts.map((term) => term.amountCents)).not.toContain('61300000000');

    const { node } = await record.ask<{ node: Decision }>(
      'query Node($id: ID!) { node(id: $id) { ... on Decision { decisionId decidedBy } } }',
      { id: decision.id },
    );
    expect(node).toEqual({ decisionId: 'jz2020-2022-decision-613-mln-2021', decidedBy: 'jz2020-2022-party-rijk' });
  });

  it('what had the Rijk decided on its own about 2028 by 18 April 2025, apart from what stood agreed?', async () => {
    const query = `query Standing($asOf: String) { agreedState(negotiationId: "${VJN2025}", asOf: $asOf) {
      decisions { ${DECISION_FIELDS} } financialFramework { lines { agreementId } } } }`;
    type Standing = {
      agreedState: { decisions: Decision[]; financialFramework: { lines: { agreementId: string }[] }[] };
    };
    const before = await record.ask<Standing>(query, { asOf: '2025-04-17' });
    expect(before.agreedState.decisions).toEqual([]);
    const after = await record.ask<Standing>(query, { asOf: '2025-04-18' });
    expect(after.agreedState.decisions).toEqual([
      expect.objectContaining({
        decisionId: 'vjn2025-decision-aanvullende-maatregelen',
        decidedBy: 'vjn2025-party-rijk',
        kind: 'DECISION',
        decidedOn: '2025-04-18',
      }),
    ]);
    expect(after.agreedState.decisions[0].sources.map((source) => source.quote)).toEqual([
      'Daarnaast heeft het Rijk besloten tot aanvullende maatregelen.',
      'Voor de financiële verhoudingen jeugdzorg neemt het kabinet de volgende aanvullende beheersmaatregelen: de invoering van een eigen bijdrage en het sturen op trajectduur.',
    ]);
  });

  it('did the talks on the Hervormingsagenda run in March and in June 2022, and who stopped them?', async () => {
    type Suspension = {
      suspensionId: string;
      suspendedBy: string[];
      suspendedOn: string;
      resumption: { resumedBy: string[]; note: string; on: string } | null;
      sources: Source[];
    };
    const query = `query Standing($asOf: String) { agreedState(negotiationId: "${JZ2020}", asOf: $asOf) {
      agreementsInForce { agreementId }
      suspension { suspensionId suspendedBy suspendedOn resumption { resumedBy note on } ${SOURCE_FIELDS} } } }`;
    type Standing = { agreedState: { agreementsInForce: { agreementId: string }[]; suspension: Suspension | null } };
    const standing = async (asOf: string) => (await record.ask<Standing>(query, { asOf })).agreedState;

    expect((await standing('2021-12-31')).suspension).toBeNull();
    const march = await standing('2022-03-15');
    expect(march.suspension).toMatchObject({
      suspensionId: 'jz2020-2022-suspension-hervormingsagenda-2022',
      suspendedBy: ['jz2020-2022-party-vng'],
      suspendedOn: '2022-01-01',
      resumption: null,
    });
    expect(march.suspension!.sources.map((source) => source.quote)).toEqual([
      'Januari 2022: opschorten hervormingsagenda.',
      'De aangekondigde bezuinigingen op de jeugdzorg door het kabinet, hebben er echter toe geleid dat de VNG zich uit overleggen over de Hervormingsagenda heeft teruggetrokken.',
      'Op dit moment liggen de gesprekken over der Hervormingsagenda stil.',
    ]);
    const june = await standing('2022-06-01');
    expect(june.suspension).toBeNull();
    // The restart is no agreement: no document says Rijk and VNG agreed on it, nor who restarted.
    expect(june.agreementsInForce.map((agreement) => agreement.agreementId)).not.toContain(
      'jz2020-2022-agreement-herstart-hervormingsagenda',
    );

    const { negotiation } = await record.ask<{ negotiation: { suspensions: Suspension[] } }>(
      `{ negotiation(negotiationId: "${JZ2020}") { suspensions { suspensionId suspendedBy suspendedOn resumption { resumedBy note on } ${SOURCE_FIELDS} } } }`,
    );
    expect(negotiation.suspensions).toEqual([
      expect.objectContaining({
        suspensionId: 'jz2020-2022-suspension-hervormingsagenda-2022',
        resumption: { resumedBy: [], note: 'Mei 2022: herstart agenda.', on: '2022-05-01' },
      }),
    ]);
  });

  it('which letter lies under the announced civil procedure: from whom, to whom, on which day?', async () => {
    type Document = {
      id: string;
      documentId: string;
      kind: string;
      issuedBy: string[];
      addressedTo: string;
      recipients: string[];
      underlies: string[];
      issuedOn: string;
      eventIds: string[];
    };
    const query = `{ negotiation(negotiationId: "${VJN2025}") {
      documents { id documentId kind issuedBy addressedTo recipients underlies issuedOn eventIds }
      disputes { disputeId eventIds } } }`;
    type Answer = { negotiation: { documents: Document[]; disputes: { disputeId: string; eventIds: string[] }[] } };
    const { negotiation } = await record.ask<Answer>(query);
    const letter = negotiation.documents.find(
      (document) => document.documentId === 'vjn2025-document-brief-vng-aan-mp-2025-05-07',
    )!;
    expect(letter).toMatchObject({
      kind: 'LETTER',
      issuedBy: ['vjn2025-party-vng'],
      addressedTo: 'MP',
      recipients: ['vjn2025-party-rijk'],
      underlies: ['vjn2025-dispute-compensatie-2023-2024'],
      issuedOn: '2025-05-07',
    });
    // The dispute's own trail leads to the letter that underlies it.
    const dispute = negotiation.disputes.find((found) => found.disputeId === 'vjn2025-dispute-compensatie-2023-2024')!;
    expect(dispute.eventIds).toContain(letter.eventIds[0]);

    // The letter to the MP is shared between the parties only: a reader of a party not at the table does not see it.
    const outside = await record.ledger.graphql<Answer>(query, {}, { sub: 'lezer-ipo', party: 'ipo', role: 'reader' });
    const seenOutside = outside.data?.negotiation?.documents.map((document) => document.documentId) ?? [];
    expect(seenOutside).toContain('vjn2025-document-ledenbrief-2025-02-20');
    expect(seenOutside).not.toContain('vjn2025-document-brief-vng-aan-mp-2025-05-07');
  });

  it('which assembly adopted the resolution of January 2022, and how did the members vote?', async () => {
    type Answer = {
      negotiation: {
        resolutions: { resolutionId: string; meetingId: string | null; vote: string; bindsParty: string }[];
        meetings: { meetingId: string; kind: string; status: string; heldOn: string | null }[];
      };
    };
    const ask = (negotiationId: string) =>
      record.ask<Answer>(`{ negotiation(negotiationId: "${negotiationId}") {
        resolutions { resolutionId meetingId vote bindsParty } meetings { meetingId kind status heldOn } } }`);
    const jz = (await ask(JZ2020)).negotiation;
    const january = jz.resolutions.find((found) => found.resolutionId === 'jz2020-2022-resolution-alv-2022-01-13')!;
    expect(january).toEqual({
      resolutionId: 'jz2020-2022-resolution-alv-2022-01-13',
      meetingId: 'jz2020-2022-meeting-alv-2022-01-13',
      vote: 'UNANIMOUS',
      bindsParty: 'jz2020-2022-party-vng',
    });
    expect(jz.meetings.find((meeting) => meeting.meetingId === january.meetingId)).toMatchObject({
      kind: 'ALV',
      status: 'held',
      heldOn: '2022-01-13',
    });
    // The congress of 29 June 2020 is not on the record as a meeting, and no document gives its vote.
    expect(
      jz.resolutions.find((found) => found.resolutionId === 'jz2020-2022-resolution-vng-congres-2020-06-29'),
    ).toMatchObject({ meetingId: null, vote: 'UNKNOWN' });
    // The ALV of 28 November 2024 adopted the resolution the 2025 talks start from; how it voted, no document says.
    const vjn = (await ask(VJN2025)).negotiation;
    expect(vjn.resolutions).toEqual([
      expect.objectContaining({ meetingId: 'vjn2025-meeting-alv-2024-11-28', vote: 'UNKNOWN' }),
    ]);
  });
});
