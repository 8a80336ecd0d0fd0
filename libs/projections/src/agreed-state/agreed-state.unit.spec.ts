import { period, TERM_DEFAULTS, type FinancialTerm } from '@ledger/domain';
import { LedgerLog } from '../testing/ledger-log.fixture';
import { CVW_1_7_MILJARD } from '@ledger/domain/testing';
import { cumulatief3Miljard, oplopendTot424, voorjaarsnota2025 } from '../testing/voorjaarsnota-2025.fixture';
import type { AgreementView } from '../negotiation-view/negotiation-view.document';
import { agreedState } from './agreed-state.query';
import { financialFramework } from './financial-framework.derive';

const idsOf = (items: readonly { commitmentId: string }[]) => items.map((c) => c.commitmentId);

describe('agreed state', () => {
  const { talks, briefMp } = voorjaarsnota2025();

  describe('when asked before the negotiation was opened', () => {
    it('has no answer', () => {
      expect(agreedState(talks.events, { asOf: '2025-03-01' })).toBeNull();
    });
  });

  describe('as of the day before the Overhedenoverleg of 16 April 2025', () => {
    const state = agreedState(talks.events, { asOf: '2025-04-15' });

    it('has nothing agreed, nothing promised and nothing in dispute', () => {
      expect(state).toMatchObject({ agreementsInForce: [], financialFramework: [], openDisputes: [] });
      expect(state?.commitments).toEqual({ open: [], overdue: [], fulfilled: [], missed: [] });
    });

    it("has each party's latest position per proposal, and per topic where no proposal was named", () => {
      expect(state?.latestPositions).toEqual([
        expect.objectContaining({
          partyId: 'rijk',
          proposalId: 'p-ravijn',
          position: expect.objectContaining({ stance: 'conditional' }),
        }),
        expect.objectContaining({
          partyId: 'vng',
          proposalId: null,
          topic: 'eigen bijdrage',
          position: expect.objectContaining({ stance: 'opposes' }),
        }),
      ]);
    });
  });

  describe('as of 16 April 2025', () => {
    const state = agreedState(talks.events, { asOf: '2025-04-16' });

    it('has the agreement in force with its terms', () => {
      expect(state?.agreementsInForce).toEqual([
        expect.objectContaining({ agreementId: 'a-16-april', financialTerms: [oplopendTot424, cumulatief3Miljard] }),
      ]);
    });

    it('spreads the framework per year and kind, keeps the words said, and runs "oplopend tot € 424 miljoen" (e.v.) on past 2027', () => {
      const structural = {
        agreementId: 'a-16-april',
        asSaid: oplopendTot424.asSaid,
        amountCents: 42_400_000_000,
        basis: 'rising-to',
        openEnded: true,
      };
      const cumulative = {
        agreementId: 'a-16-april',
        asSaid: cumulatief3Miljard.asSaid,
        amountCents: 300_000_000_000,
        basis: 'cumulative',
        approximate: true,
        upToCents: null,
        openEnded: false,
      };
      expect(state?.financialFramework).toEqual([
        { year: 2025, kind: 'funding', lines: [expect.objectContaining(cumulative)], yearAmountCents: null },
        {
          year: 2026,
          kind: 'funding',
          lines: [expect.objectContaining(structural), expect.objectContaining(cumulative)],
          yearAmountCents: null,
        },
        {
          year: 2027,
          kind: 'funding',
          lines: [expect.objectContaining(structural), expect.objectContaining(cumulative)],
          yearAmountCents: null,
        },
        { year: 2028, kind: 'funding', lines: [expect.objectContaining(structural)], yearAmountCents: null },
      ]);
    });

    it('runs an open-ended amount up to the horizon asked for', () => {
      const years = agreedState(talks.events, { asOf: '2025-04-16', horizonYear: 2029 })?.financialFramework.map(
        (row) => row.year,
      );
      expect(years).toEqual([2025, 2026, 2027, 2028, 2029]);
    });

    it('has the € 728 mln compensation open as a dispute and both commitments open', () => {
      expect(state?.openDisputes.map((d) => d.disputeId)).toEqual(['d-728']);
      expect(idsOf(state?.commitments.open ?? [])).toEqual(['c-brief-mp', 'c-van-ark']);
    });
  });

  describe('when the year amounts are stated per year', () => {
    /** The saving per year once an agreement with these terms stands beside the 16 April one. */
    const savingsPerYear = (financialTerms: FinancialTerm[]) => {
      const { talks: withSavings } = voorjaarsnota2025();
      withSavings.record(
        'AgreementReached',
        {
          agreementId: 'a-besparing',
          title: 'Besparingen Hervormingsagenda',
          terms: '',
          parties: ['rijk', 'vng'],
          meetingId: null,
          proposalIds: [],
          standing: 'unknown',
          openTerms: [],
          conditions: [],
          risks: [],
          financialTerms,
        },
        { occurredOn: '2025-05-15' },
      );
      const savings = agreedState(withSavings.events, { asOf: '2025-06-01' })?.financialFramework.filter(
        (row) => row.kind === 'saving',
      );
      return savings?.map(({ year, yearAmountCents }) => ({ year, yearAmountCents }));
    };

    it('adds them up per year and kind, in whole cents', () => {
      expect(
        savingsPerYear([
          {
            asSaid: '€ 100 mln per jaar',
            amountCents: 10_000_000_000,
            kind: 'saving',
            nature: 'structural',
            basis: 'per-year',
            fromYear: 2026,
            toYear: 2027,
            approximate: false,
            ...TERM_DEFAULTS,
          },
          {
            asSaid: '€ 0,01 extra',
            amountCents: 1,
            kind: 'saving',
            nature: 'incidental',
            basis: 'per-year',
            fromYear: 2026,
            toYear: 2026,
            approximate: false,
            ...TERM_DEFAULTS,
          },
        ]),
      ).toEqual([
        { year: 2026, yearAmountCents: 10_000_000_001 },
        { year: 2027, yearAmountCents: 10_000_000_000 },
      ]);
    });

    it('counts a rising amount in the year the document says it is reached, and states no amount for the years it rises through', () => {
      expect(
        savingsPerYear([
          {
            asSaid: 'oplopend tot € 50 mln in 2027',
            amountCents: 5_000_000_000,
            kind: 'saving',
            nature: 'structural',
            basis: 'rising-to',
            fromYear: 2025,
            toYear: 2027,
            approximate: false,
            ...TERM_DEFAULTS,
          },
        ]),
      ).toEqual([
        { year: 2025, yearAmountCents: null },
        { year: 2026, yearAmountCents: null },
        { year: 2027, yearAmountCents: 5_000_000_000 },
      ]);
    });
  });

  describe('commitments against a reference date', () => {
    it('has the MP letter overdue from 1 September 2025, while Van Ark (Q1 2027) is still open', () => {
      const state = agreedState(talks.events, { asOf: '2025-09-01' });
      expect(idsOf(state?.commitments.overdue ?? [])).toEqual(['c-brief-mp']);
      expect(idsOf(state?.commitments.open ?? [])).toEqual(['c-van-ark']);
    });

    it('judges promises on the reference date when it differs from asOf', () => {
      const state = agreedState(talks.events, { asOf: '2025-04-16', referenceDate: '2027-04-01' });
      expect(idsOf(state?.commitments.overdue ?? [])).toEqual(['c-brief-mp', 'c-van-ark']);
    });

    it('counts a commitment fulfilled only from the day it was fulfilled', () => {
      const { talks: later } = voorjaarsnota2025();
      later.record(
        'CommitmentFulfilled',
        { commitmentId: 'c-brief-mp', note: 'Brief MP verzonden' },
        { occurredOn: '2025-08-29' },
      );
      expect(idsOf(agreedState(later.events, { asOf: '2025-08-28' })?.commitments.open ?? [])).toContain(
        briefMp.data.commitmentId,
      );
      expect(idsOf(agreedState(later.events, { asOf: '2025-08-29' })?.commitments.fulfilled ?? [])).toEqual([
        'c-brief-mp',
      ]);
    });
  });

  describe('disputes', () => {
    it('keeps an escalated dispute open and drops a settled one', () => {
      const { talks: later } = voorjaarsnota2025();
      later.record(
        'DisputeEscalated',
        {
          disputeId: 'd-728',
          forum: 'civielrechtelijke-procedure',
          forumName: 'Rechtbank Den Haag',
          reason: 'Geen compensatie in augustus',
        },
        { occurredOn: '2025-10-01' },
      );
      later.record(
        'DisputeSettled',
        { disputeId: 'd-728', outcome: 'Compensatie 50%', agreementId: null, rulingId: null },
        { occurredOn: '2026-03-01' },
      );
      expect(agreedState(later.events, { asOf: '2025-12-31' })?.openDisputes).toEqual([
        expect.objectContaining({
          status: 'escalated',
          escalations: [expect.objectContaining({ forum: 'civielrechtelijke-procedure' })],
        }),
      ]);
      expect(agreedState(later.events, { asOf: '2026-03-01' })?.openDisputes).toEqual([]);
    });
  });

  describe('talks suspended and resumed', () => {
    const { talks: stalled } = voorjaarsnota2025();
    stalled.record(
      'TalksSuspended',
      { suspensionId: 's-1', suspendedBy: ['vng'], subject: 'Overleggen', reason: 'Bezuinigingen' },
      { occurredOn: '2025-05-01' },
    );
    stalled.record(
      'TalksResumed',
      { suspensionId: 's-1', resumedBy: [], note: 'Herstart' },
      { occurredOn: '2025-06-01' },
    );

    it('has the talks running before the suspension and after the restart, and suspended in between', () => {
      expect(agreedState(stalled.events, { asOf: '2025-04-30' })?.suspension).toBeNull();
      expect(agreedState(stalled.events, { asOf: '2025-05-01' })?.suspension).toMatchObject({
        suspensionId: 's-1',
        suspendedBy: ['vng'],
        suspendedOn: '2025-05-01',
        resumption: null,
      });
      expect(agreedState(stalled.events, { asOf: '2025-05-31' })?.suspension?.suspensionId).toBe('s-1');
      expect(agreedState(stalled.events, { asOf: '2025-06-01' })?.suspension).toBeNull();
    });

    it('keeps what stood agreed while the talks stood still', () => {
      const during = agreedState(stalled.events, { asOf: '2025-05-15' });
      const without = agreedState(voorjaarsnota2025().talks.events, { asOf: '2025-05-15' });
      expect(during?.agreementsInForce).toEqual(without?.agreementsInForce);
    });
  });

  describe('when the bestuurlijke afspraken are dated "juni 2021", as the document says', () => {
    const track = new LedgerLog().negotiation('jz2020');
    track.record('NegotiationOpened', { title: 'Jeugdzorg 2020-2022', description: '' }, { occurredOn: '2020-01-01' });
    const afspraken = track.record(
      'AgreementReached',
      {
        agreementId: 'a-juni-2021',
        title: 'Bestuurlijke afspraken',
        terms: 'Extra middelen 2022',
        financialTerms: [],
        parties: [],
        meetingId: null,
        proposalIds: [],
        standing: 'unknown',
        openTerms: [],
        conditions: [],
        risks: [],
      },
      { occurredOn: '2021-06-01', occurredAsSaid: period('juni 2021', 'month', '2021-06') },
    );
    const asOf = (day: string) => agreedState(track.events, { asOf: day });

    it('counts them from 1 June, and lists them as possibly later while June lasts', () => {
      expect(asOf('2021-05-31')?.agreementsInForce).toEqual([]);
      expect(asOf('2021-06-15')?.agreementsInForce.map((a) => a.agreementId)).toEqual(['a-juni-2021']);
      expect(asOf('2021-06-15')?.possiblyLater).toEqual([
        {
          eventId: afspraken.eventId,
          entityId: 'a-juni-2021',
          type: 'AgreementReached',
          occurredOn: '2021-06-01',
          occurredAsSaid: period('juni 2021', 'month', '2021-06'),
        },
      ]);
    });

    it('holds them certain from the last day of June', () => {
      expect(asOf('2021-06-30')?.possiblyLater).toEqual([]);
      expect(asOf('2021-06-30')?.agreementsInForce.map((a) => a.agreementId)).toEqual(['a-juni-2021']);
    });

    it('lists nothing as possibly later where every entry was dated to the day', () => {
      expect(agreedState(talks.events, { asOf: '2025-04-16' })?.possiblyLater).toEqual([]);
    });
  });

  describe('when the agreement was entered under the wrong date and corrected on 1 September 2025', () => {
    const { talks: entered, agreement } = voorjaarsnota2025(new LedgerLog(), '2025-04-17');
    entered.record(
      'EntryCorrected',
      {
        correctedEventId: agreement.eventId,
        entityId: 'a-16-april',
        reason: 'Overeenstemming bereikt op 16 april, niet bij ontvangst document',
        retracted: false,
        patch: {},
        occurredOn: '2025-04-16',
        occurredAsSaid: null,
      },
      { occurredOn: '2025-09-01', recordedAt: '2025-09-01T10:00:00.000Z' },
    );
    const asOf16April = (asKnownAt?: string) =>
      agreedState(entered.events, { asOf: '2025-04-16', asKnownAt })?.agreementsInForce.map((a) => a.agreementId);

    it('answers as known before the correction with nothing agreed on 16 April', () => {
      expect(asOf16April('2025-09-01T09:59:59.999Z')).toEqual([]);
    });

    it('answers as known after the correction, and as known now, with the agreement in force on 16 April', () => {
      expect(asOf16April('2025-09-01T10:00:00.000Z')).toEqual(['a-16-april']);
      expect(asOf16April()).toEqual(['a-16-april']);
    });
  });

  describe('when an entry recorded in error is retracted', () => {
    it('leaves it out as known after the retraction only', () => {
      const { talks: later } = voorjaarsnota2025();
      const wrong = later.record(
        'CommitmentMade',
        {
          commitmentId: 'c-verkeerd',
          owedBy: ['vng'],
          dueKind: 'unspecified',
          agreementId: null,
          description: 'Hoort bij een ander dossier',
          due: { asSaid: 'eind 2025', precision: 'month', start: '2025-12-01', end: '2025-12-31' },
        },
        { occurredOn: '2025-05-01' },
      );
      later.record(
        'EntryCorrected',
        {
          correctedEventId: wrong.eventId,
          entityId: 'c-verkeerd',
          reason: 'Verkeerd dossier',
          retracted: true,
          patch: {},
          occurredOn: null,
          occurredAsSaid: null,
        },
        { occurredOn: '2025-05-02' },
      );
      const openAsKnownAt = (asKnownAt: string) =>
        idsOf(agreedState(later.events, { asOf: '2025-06-01', asKnownAt })?.commitments.open ?? []);
      expect(openAsKnownAt('2025-05-01T23:00:00.000Z')).toContain('c-verkeerd');
      expect(openAsKnownAt('2025-05-02T23:00:00.000Z')).not.toContain('c-verkeerd');
    });
  });

  describe('when rebuilt from the stored events', () => {
    it('gives exactly the same answer', () => {
      const reread = JSON.parse(JSON.stringify(talks.events));
      const query = { asOf: '2025-09-01', asKnownAt: '2025-09-01T00:00:00.000Z' };
      expect(agreedState(reread, query)).toEqual(agreedState(talks.events, query));
    });
  });

  describe('when asked with a malformed date', () => {
    it('refuses it naming the argument', () => {
      expect(() => agreedState(talks.events, { asOf: '16 april 2025' })).toThrow(
        expect.objectContaining({ field: 'asOf' }),
      );
      expect(() => agreedState(talks.events, { asOf: '2025-04-16', asKnownAt: 'gisteren' })).toThrow(
        expect.objectContaining({ field: 'asKnownAt' }),
      );
    });
  });
});

describe('the financial framework of amounts as said', () => {
  const agreed = (...financialTerms: FinancialTerm[]) =>
    [{ agreementId: 'a', financialTerms }] as unknown as AgreementView[];
  const vanaf2021 = CVW_1_7_MILJARD;

  it('gives a breakdown its amount in the years it names, and none in the others', () => {
    const years = financialFramework(agreed(vanaf2021), 2022);
    expect(years.map(({ year, yearAmountCents }) => [year, yearAmountCents])).toEqual([
      [2021, 170_000_000_000],
      [2022, null],
    ]);
  });

  it('gives a range no single amount in a year, and keeps both bounds on its line', () => {
    const range = { ...vanaf2021, basis: 'per-year' as const, perYear: [], toYear: 2022, upToCents: 300_000_000_000 };
    const [year] = financialFramework(agreed(range), 2022);
    expect(year).toMatchObject({
      yearAmountCents: null,
      lines: [{ amountCents: 170_000_000_000, upToCents: 300_000_000_000 }],
    });
  });

  it('gives "oplopend tot" its amount in the year the document says it is reached', () => {
    const rising = { ...vanaf2021, basis: 'rising-to' as const, perYear: [], toYear: 2024, reachedInYear: 2023 };
    const years = financialFramework(agreed(rising), 2024);
    expect(years.map(({ year, yearAmountCents }) => [year, yearAmountCents])).toEqual([
      [2021, null],
      [2022, null],
      [2023, 170_000_000_000],
      [2024, null],
    ]);
  });
});
