import { NegotiationErrorCode } from '../../shared/negotiation-error';
import { period, type Period } from '../../shared/period';
import { negotiationSpec as spec, on } from '../../testing/decider-specification';
import {
  agreementReached,
  at,
  commitmentFulfilled,
  commitmentMade,
  commitmentMissed,
  fulfilCommitment,
  IPO,
  makeCommitment,
  OORDEEL_VAN_ARK_COMMITMENT,
  recordCommitmentMissed,
  RIJK,
  UITERLIJK_AUGUSTUS,
  VANAF_2028,
  VNG,
  withTheCabinetsOffer,
} from '../../testing/negotiation.fixtures';

const { InvalidInput, AlreadyExists, NotFound, IllegalState } = NegotiationErrorCode;
const agreed = () => [...withTheCabinetsOffer(), agreementReached()];
const committed = () => [...agreed(), on('2025-04-16', commitmentMade())];
const committedToVanArk = () => [...agreed(), on('2025-04-16', commitmentMade(OORDEEL_VAN_ARK_COMMITMENT))];
const onDay = (date: string) => at(date, `${date}T12:00:00.000Z`);

describe('MakeCommitment', () => {
  describe('when the agreement of 16 April is in force', () => {
    it('records the promise to compensate "uiterlijk augustus"', () =>
      spec.given(agreed()).when(makeCommitment()).then([commitmentMade()]));

    it('records the Commissie Van Ark judgement due in Q1 2027', () =>
      spec
        .given(agreed())
        .when(makeCommitment(OORDEEL_VAN_ARK_COMMITMENT))
        .then([commitmentMade(OORDEEL_VAN_ARK_COMMITMENT)]));

    it.each<[string, Period]>([
      ['a half year', period('eerste helft 2027', 'half-year', '2027-H1')],
      ['a year', period('eind 2025', 'year', '2025')],
      ['a season', period('najaar 2025', 'season', '2025-autumn')],
      ['an open-ended period', VANAF_2028],
      ['the day it is made', period('vandaag', 'day', '2025-04-16')],
    ])('records a commitment due in %s', (_, due) =>
      spec
        .given(agreed())
        .when(makeCommitment({ due }))
        .then([commitmentMade({ due })]),
    );

    it('records a commitment outside any agreement', () =>
      spec
        .given(agreed())
        .when(makeCommitment({ agreementId: null }))
        .then([commitmentMade({ agreementId: null })]));

    it('refuses a commitment due before it was made', () =>
      spec
        .given(agreed())
        .when(makeCommitment({}, onDay('2025-09-01')))
        .thenThrows(IllegalState, 'due'));

    it('refuses a commitment of a party not at the table', () =>
      spec
        .given(agreed())
        .when(makeCommitment({ owedBy: [RIJK, IPO] }))
        .thenThrows(IllegalState, 'owedBy[1]'));

    it('records a promise Rijk and VNG owe jointly ("Rijk en VNG spreken af")', () =>
      spec
        .given(agreed())
        .when(makeCommitment({ owedBy: [RIJK, VNG] }))
        .then([commitmentMade({ owedBy: [RIJK, VNG] })]));

    it('records a promise whose document names no one who owes it ("wordt ... gevoerd")', () =>
      spec
        .given(agreed())
        .when(makeCommitment({ owedBy: [] }))
        .then([commitmentMade({ owedBy: [] })]));

    it.each(['deadline', 'target', 'unspecified'] as const)('records a %s', (dueKind) =>
      spec
        .given(agreed())
        .when(makeCommitment({ dueKind }))
        .then([commitmentMade({ dueKind })]),
    );

    it('refuses a due kind outside the list', () =>
      spec
        .given(agreed())
        .when(makeCommitment({ dueKind: 'ooit' as never }))
        .thenThrows(InvalidInput, 'dueKind'));

    it('refuses the same party owing it twice', () =>
      spec
        .given(agreed())
        .when(makeCommitment({ owedBy: [RIJK, RIJK] }))
        .thenThrows(InvalidInput, 'owedBy'));

    it('refuses an agreement that does not exist', () =>
      spec
        .given(agreed())
        .when(makeCommitment({ agreementId: 'afspraken-2024' }))
        .thenThrows(NotFound, 'agreementId'));

    it('refuses a commitment without a description', () =>
      spec
        .given(agreed())
        .when(makeCommitment({ description: '' }))
        .thenThrows(InvalidInput, 'description'));

    const august = UITERLIJK_AUGUSTUS;
    it.each<[string, unknown, string]>([
      ['a missing due date', null, 'due'],
      ['a due date without the words said', { ...august, asSaid: ' ' }, 'due.asSaid'],
      ['an unknown precision', { ...august, precision: 'fortnight' }, 'due.precision'],
      ['a start that is no date', { ...august, start: '2025-8-01' }, 'due.start'],
      ['an end that is no date', { ...august, end: '2025-08-32' }, 'due.end'],
      ['a month without an end', { ...august, end: null }, 'due.end'],
      ['an open-ended period with an end', { ...VANAF_2028, end: '2028-12-31' }, 'due.end'],
      [
        'an end before the start',
        { asSaid: 'najaar 2025', precision: 'season', start: '2025-11-30', end: '2025-09-01' },
        'due.end',
      ],
      [
        'a day that spans two days',
        { asSaid: '16 april', precision: 'day', start: '2025-04-16', end: '2025-04-17' },
        'due.end',
      ],
      ['a month that is not whole', { ...august, end: '2025-08-30' }, 'due'],
      ['a quarter that is not whole', { ...period('Q1 2027', 'quarter', '2027-Q1'), end: '2027-03-30' }, 'due'],
      ['a half year that is not whole', { ...period('H2 2025', 'half-year', '2025-H2'), start: '2025-08-01' }, 'due'],
      ['a year that is not whole', { ...period('2026', 'year', '2026'), start: '2026-01-02' }, 'due'],
      [
        'a week that does not run Monday to Sunday',
        { ...period('week 19 mei', 'week', '2025-W21'), start: '2025-05-20', end: '2025-05-26' },
        'due',
      ],
    ])('refuses %s', (_, due, field) =>
      spec
        .given(agreed())
        .when(makeCommitment({ due: due as Period }))
        .thenThrows(InvalidInput, field),
    );
  });

  describe('when the due date hangs on an event the record does not date ("na het Paasreces")', () => {
    const naHetPaasreces = period('na het Paasreces', 'relative', '2025-04-16');

    it('records it with no end, from the day it was said', () =>
      spec
        .given(agreed())
        .when(makeCommitment({ due: naHetPaasreces }))
        .then([commitmentMade({ due: naHetPaasreces })]));

    it('refuses one that would start before it was said, naming due.anchor', () =>
      spec
        .given(agreed())
        .when(makeCommitment({ due: period('na het Paasreces', 'relative', '2025-04-01') }))
        .thenThrows(InvalidInput, 'due.anchor'));

    it('refuses a relative deadline with an end, naming due.end', () =>
      spec
        .given(agreed())
        .when(makeCommitment({ due: { ...naHetPaasreces, end: '2025-05-01' } }))
        .thenThrows(InvalidInput, 'due.end'));
  });

  describe('when the due date is a week or a range of days', () => {
    it.each([
      ['week 19 mei', 'week', '2025-W21'],
      ['19 - 23 mei', 'range', '2025-05-19/2025-05-23'],
    ] as const)('records "%s" as a %s', (asSaid, precision, anchor) => {
      const due = period(asSaid, precision, anchor);
      spec
        .given(agreed())
        .when(makeCommitment({ due }))
        .then([commitmentMade({ due })]);
    });
  });

  describe('when the commitment was made', () => {
    it('refuses to make it twice', () =>
      spec.given(committed()).when(makeCommitment()).thenThrows(AlreadyExists, 'commitmentId'));
  });
});

describe('FulfilCommitment', () => {
  describe('when the commitment is open', () => {
    it('records it fulfilled within its period', () =>
      spec.given(committed()).when(fulfilCommitment()).then([commitmentFulfilled()]));

    it('records it fulfilled on the day it was made, without a note', () =>
      spec
        .given(committed())
        .when(fulfilCommitment({ note: '' }, onDay('2025-04-16')))
        .then([commitmentFulfilled({ note: '' })]));

    it('records it fulfilled late when nobody recorded it missed', () =>
      spec
        .given(committed())
        .when(fulfilCommitment({}, onDay('2025-09-15')))
        .then([commitmentFulfilled()]));

    it('refuses a fulfilment before the commitment was made', () =>
      spec
        .given(committed())
        .when(fulfilCommitment({}, onDay('2025-04-15')))
        .thenThrows(IllegalState, 'occurredOn'));

    it('refuses an unprintable note', () =>
      spec
        .given(committed())
        .when(fulfilCommitment({ note: 'brief\u0008' }))
        .thenThrows(InvalidInput, 'note'));
  });

  describe('when the commitment is unknown', () => {
    it('refuses it', () => spec.given(agreed()).when(fulfilCommitment()).thenThrows(NotFound, 'commitmentId'));
  });

  describe('when the commitment was fulfilled', () => {
    it('refuses to fulfil it twice', () =>
      spec
        .given([...committed(), commitmentFulfilled()])
        .when(fulfilCommitment())
        .thenThrows(IllegalState, 'commitmentId'));
  });

  describe('when the commitment was missed', () => {
    it('records it fulfilled late, after it was recorded missed', () =>
      spec
        .given([...committed(), commitmentMissed()])
        .when(fulfilCommitment({}, onDay('2025-09-15')))
        .then([commitmentFulfilled()]));
  });
});

describe('RecordCommitmentMissed', () => {
  describe('when the commitment is open', () => {
    it('records "uiterlijk augustus" missed on 1 September', () =>
      spec.given(committed()).when(recordCommitmentMissed()).then([commitmentMissed()]));

    it('refuses it on the last day of August, when it is not yet overdue', () =>
      spec
        .given(committed())
        .when(recordCommitmentMissed({}, onDay('2025-08-31')))
        .thenThrows(IllegalState, 'occurredOn'));

    it('records the Q1 2027 judgement missed on 1 April 2027', () => {
      const vanArk = { commitmentId: OORDEEL_VAN_ARK_COMMITMENT.commitmentId };
      spec
        .given(committedToVanArk())
        .when(recordCommitmentMissed(vanArk, onDay('2027-04-01')))
        .then([commitmentMissed(vanArk)]);
    });

    it('refuses the Q1 2027 judgement missed on 31 March 2027', () =>
      spec
        .given(committedToVanArk())
        .when(recordCommitmentMissed({ commitmentId: OORDEEL_VAN_ARK_COMMITMENT.commitmentId }, onDay('2027-03-31')))
        .thenThrows(IllegalState, 'occurredOn'));

    it('refuses an open-ended commitment missed: "vanaf 2028" is never overdue', () =>
      spec
        .given([...agreed(), on('2025-04-16', commitmentMade({ due: VANAF_2028 }))])
        .when(recordCommitmentMissed({}, onDay('2031-01-01')))
        .thenThrows(IllegalState, 'occurredOn'));

    it('refuses it without a note', () =>
      spec
        .given(committed())
        .when(recordCommitmentMissed({ note: '' }))
        .thenThrows(InvalidInput, 'note'));
  });

  describe('when the commitment is unknown', () => {
    it('refuses it', () => spec.given(agreed()).when(recordCommitmentMissed()).thenThrows(NotFound, 'commitmentId'));
  });

  describe('when the commitment was fulfilled', () => {
    it('refuses to record it missed', () =>
      spec
        .given([...committed(), commitmentFulfilled()])
        .when(recordCommitmentMissed())
        .thenThrows(IllegalState, 'commitmentId'));
  });

  describe('when the commitment was missed', () => {
    it('refuses to record it missed twice', () =>
      spec
        .given([...committed(), commitmentMissed()])
        .when(recordCommitmentMissed())
        .thenThrows(IllegalState, 'commitmentId'));
  });
});
