import { JZ2020, MONEY_FIELDS, RealRecord, VJN2025, type Money } from './support/real-record';

/**
 * Questions whose answers need the record to say what the documents say: what was and was not agreed, who
 * bears which risk, whether a ruling binds, dates as said. Through GraphQL over HTTP on the shipped record.
 */

const RIJK = 'vjn2025-party-rijk';
const VNG = 'vjn2025-party-vng';
const COMPENSATION_DISPUTE = 'vjn2025-dispute-compensatie-2023-2024';

type Agreement = {
  agreementId: string;
  terms: string;
  parties: string[];
  standing: string;
  openTerms: { asSaid: string; disputeId: string | null }[];
  conditions: string[];
  risks: { asSaid: string; borneBy: string[] }[];
};
const AGREEMENT_FIELDS =
  'agreementId terms parties standing openTerms { asSaid disputeId } conditions risks { asSaid borneBy }';
type Standing = {
  agreementsInForce: Agreement[];
  openDisputes: {
    disputeId: string;
    raisedBy: string;
    financialTerms: Money[];
    announcedEscalations: { announcedBy: string; forum: string }[];
  }[];
  commitments: { open: { commitmentId: string }[]; overdue: { commitmentId: string }[] };
};
const STANDING = `query Standing($asOf: String) { agreedState(negotiationId: "${VJN2025}", asOf: $asOf) {
  agreementsInForce { ${AGREEMENT_FIELDS} }
  openDisputes { disputeId raisedBy financialTerms { ${MONEY_FIELDS} } announcedEscalations { announcedBy forum } }
  commitments { open { commitmentId } overdue { commitmentId } }
} }`;

describe('questions that need the record to say exactly what the documents say', () => {
  const record = new RealRecord();
  const standingOn = async (asOf: string) =>
    (await record.ask<{ agreedState: Standing }>(STANDING, { asOf })).agreedState;

  beforeAll(() => record.start());
  afterAll(() => record.destroy());

  it('what stood on compensation of the 2023/2024 shortfalls on 16 April and on 1 September 2025, and who had agreed to what?', async () => {
    for (const asOf of ['2025-04-16', '2025-09-01']) {
      const standing = await standingOn(asOf);
      // Rijk and VNG agreed, op hoofdlijnen, on structural costs from 2025; the 50-50 verrekening over 2023/2024 is not agreed.
      const structural = standing.agreementsInForce.find(
        (agreement) => agreement.agreementId === 'vjn2025-agreement-vergoeding-structurele-kosten-jeugdhulp',
      )!;
      expect(structural).toMatchObject({
        parties: [RIJK, VNG],
        standing: 'OP_HOOFDLIJNEN',
        openTerms: [{ asSaid: 'met verrekening 50-50% verdeling over 2023/2024', disputeId: COMPENSATION_DISPUTE }],
      });
      expect(structural.terms).not.toContain('2023/2024');
      // What they did agree on 2023/2024 is the process, and a talk that hangs on a condition.
      expect(
        standing.agreementsInForce.find(
          (agreement) => agreement.agreementId === 'vjn2025-agreement-compensatie-2023-2024',
        ),
      ).toMatchObject({
        parties: [RIJK, VNG],
        conditions: ['Indien het kabinet deze middelen beschikbaar stelt'],
      });
      // The amount is in dispute, raised by the VNG, with a civil procedure announced.
      const dispute = standing.openDisputes.find((open) => open.disputeId === COMPENSATION_DISPUTE)!;
      expect(dispute).toMatchObject({
        raisedBy: VNG,
        announcedEscalations: asOf === '2025-04-16' ? [] : [{ announcedBy: VNG, forum: 'CIVIELRECHTELIJKE_PROCEDURE' }],
      });
      expect(dispute.financialTerms).toEqual([
        expect.objectContaining({
          asSaid: 'Compensatie 50% tekorten 2023/2024 (€ 728 mln)',
          amountCents: '72800000000',
        }),
      ]);
    }
    // The cabinet's conclusions were due "uiterlijk in augustus": open on 16 April, overdue on 1 September as far as the record goes.
    const conclusions = { commitmentId: 'vjn2025-commitment-conclusies-compensatie-augustus' };
    expect((await standingOn('2025-04-16')).commitments.open).toContainEqual(conclusions);
    expect((await standingOn('2025-09-01')).commitments.overdue).toContainEqual(conclusions);
  });

  it('who bears the risk if the savings of the 2028 measures are not achieved?', async () => {
    const { agreementsInForce } = await standingOn('2025-09-01');
    const risks = agreementsInForce.flatMap((agreement) =>
      agreement.risks.map((risk) => ({ agreementId: agreement.agreementId, ...risk })),
    );
    expect(risks).toEqual(
      expect.arrayContaining([
        {
          agreementId: 'vjn2025-agreement-aanvullende-maatregelen-2028',
          borneBy: [RIJK],
          asSaid: expect.stringContaining('Het Rijk is verantwoordelijk mochten de besparingen'),
        },
        {
          agreementId: 'vjn2025-agreement-verantwoordelijkheden-rijk-gemeenten',
          borneBy: [RIJK],
          asSaid: expect.stringContaining('voor rekening risico Rijk'),
        },
      ]),
    );
    expect(risks.every((risk) => risk.borneBy.length > 0)).toBe(true);
  });

  it('what did the Commissie van Wijzen rule, per year, and does it bind?', async () => {
    const { negotiation } = await record.ask<{
      negotiation: {
        rulings: { rulingId: string; bindingness: string; binding: boolean | null; financialTerms: Money[] }[];
      };
    }>(
      `{ negotiation(negotiationId: "${JZ2020}") { rulings { rulingId bindingness binding financialTerms { ${MONEY_FIELDS} perYear { year amountCents } } } } }`,
    );
    const ruling = negotiation.rulings.find(
      (found) => found.rulingId === 'jz2020-2022-ruling-commissie-van-wijzen-2021',
    )!;
    // No document says whether the uitspraak binds.
    expect(ruling).toMatchObject({ bindingness: 'UNKNOWN', binding: null });
    // Compensation from 2021 on, structurally; the documents give the amount for 2021 only: a breakdown per year.
    expect(ruling.financialTerms[0]).toMatchObject({
      asSaid: 'Rijk moet gemeenten vanaf 2021 compenseren (2021: € 1,7 miljard euro)',
      kind: 'COMPENSATION',
      nature: 'STRUCTURAL',
      basis: 'BREAKDOWN',
      amountCents: '170000000000',
      fromYear: 2021,
      toYear: null,
      perYear: [{ year: 2021, amountCents: '170000000000' }],
    });
    expect(negotiation.rulings.every((found) => found.bindingness === 'UNKNOWN')).toBe(true);
    // AEF found a shortfall ("tekort") of € 1,7 mld: not extra funding.
    const aef = negotiation.rulings.find((found) => found.rulingId === 'jz2020-2022-ruling-aef-stelsel-in-groei')!;
    expect(aef.financialTerms).toEqual([
      expect.objectContaining({ kind: 'SHORTFALL', amountCents: '170000000000', nature: 'STRUCTURAL' }),
    ]);
  });

  it('when did the cabinet free € 613 mln for 2021: "eind april", not on 1 April', async () => {
    const { negotiation } = await record.ask<{
      negotiation: { decisions: { decisionId: string; decidedOn: string }[] };
    }>(`{ negotiation(negotiationId: "${JZ2020}") { decisions { decisionId decidedOn } } }`);
    expect(
      negotiation.decisions.find((decision) => decision.decisionId === 'jz2020-2022-decision-613-mln-2021')!.decidedOn,
    ).toBe('2021-04-30');
  });
});
