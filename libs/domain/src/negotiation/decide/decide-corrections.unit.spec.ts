import { NegotiationErrorCode } from '../../shared/negotiation-error';
import { period } from '../../shared/period';
import { negotiationSpec as spec } from '../../testing/decider-specification';
import {
  agreementReached,
  agreementSuperseded,
  BOD_KABINET,
  disputeEscalated,
  disputeSettled,
  GESCHIL_COMPENSATIE,
  meetingHeld,
  rulingIssued,
  UITSPRAAK_CVW,
  correctEntry,
  entryCorrected,
  IPO,
  LEDENBRIEF_19_MAART,
  NEGOTIATION_ID,
  OPLOPEND_TOT_424_MLN,
  OVERHEDENOVERLEG_17_MAART,
  RECORDED as E,
  recorded,
  RIJK,
  STANDPUNT_VNG,
  TOEZEGGING_AUGUSTUS,
  UITERLIJK_AUGUSTUS,
  VNG,
} from '../../testing/negotiation.fixtures';

const { InvalidInput, NotFound, IllegalState } = NegotiationErrorCode;
const patching = (correctedEventId: string, patch: Record<string, unknown>) =>
  correctEntry({ correctedEventId, patch });

describe('CorrectEntry patches', () => {
  describe('when the patch keeps the shape and the rules of the entry', () => {
    it.each<[string, string, string, Record<string, unknown>]>([
      [
        'the due period of a commitment',
        E.commitment,
        TOEZEGGING_AUGUSTUS,
        { due: period('eind 2025', 'year', '2025') },
      ],
      ['the parties to an agreement', E.agreement, 'afspraken-rijk-vng-jeugdzorg-2025-04-16', { parties: [VNG, RIJK] }],
      ['a nullable reference set to null', E.position, STANDPUNT_VNG, { meetingId: null, proposalId: null }],
      [
        'the stance and reasons of a position',
        E.position,
        STANDPUNT_VNG,
        { stance: 'reserves', reasons: ['Nadere uitwerking nodig'] },
      ],
      ['the quote of a source', E.source, NEGOTIATION_ID, { source: { ...LEDENBRIEF_19_MAART, page: 2 } }],
      ['the kind of a meeting', E.meeting, 'overhedenoverleg-2025-04-16', { kind: 'informeel-overleg' }],
      ['the kind of a party whose id reads like its kind', E.vng, VNG, { kind: 'other' }],
      [
        'the description of the opening to nothing, as the opening allows',
        E.opened,
        NEGOTIATION_ID,
        { description: '' },
      ],
    ])('patches %s', (_, correctedEventId, entityId, patch) =>
      spec
        .given(recorded())
        .when(patching(correctedEventId, patch))
        .then([entryCorrected({ correctedEventId, entityId, patch })]),
    );
  });

  describe('when a ruling was recorded', () => {
    const withRuling = () => [...recorded(), rulingIssued()];
    const RULING = `e${withRuling().length}`;

    it('patches its bindingness to unknown, where no document says whether it binds', () =>
      spec
        .given(withRuling())
        .when(patching(RULING, { bindingness: 'unknown' }))
        .then([
          entryCorrected({ correctedEventId: RULING, entityId: UITSPRAAK_CVW, patch: { bindingness: 'unknown' } }),
        ]));

    it('refuses a bindingness it does not know', () =>
      spec
        .given(withRuling())
        .when(patching(RULING, { bindingness: 'misschien' }))
        .thenThrows(InvalidInput, 'patch.bindingness'));
  });

  describe('when the patch touches what the entry is', () => {
    it('refuses a field the entry does not have', () =>
      spec
        .given(recorded())
        .when(patching(E.offer, { amount: 424 }))
        .thenThrows(InvalidInput, 'patch.amount'));

    it('refuses to move an entry to another negotiation', () =>
      spec
        .given(recorded())
        .when(patching(E.offer, { negotiationId: 'elders' }))
        .thenThrows(InvalidInput, 'patch.negotiationId'));

    it('refuses to change the id of the entity: retract it instead', () =>
      spec
        .given(recorded())
        .when(patching(E.offer, { proposalId: 'bod-2' }))
        .thenThrows(InvalidInput, 'patch.proposalId'));
  });

  describe('when the patch changes the shape of a field', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['a list by a text', { financialTerms: 'oplopend tot € 424 miljoen' }, 'patch.financialTerms'],
      ['a yes/no by a text', { nonNegotiable: 'ja' }, 'patch.nonNegotiable'],
      ['a text by a list', { title: ['Bod kabinet'] }, 'patch.title'],
      ['a text by a number', { terms: 424 }, 'patch.terms'],
      ['a yes/no by null', { nonNegotiable: null }, 'patch.nonNegotiable'],
    ])('refuses %s', (_, patch, field) =>
      spec.given(recorded()).when(patching(E.offer, patch)).thenThrows(InvalidInput, field),
    );

    it('refuses a number for a reference that was left empty', () =>
      spec
        .given(recorded())
        .when(patching(E.dispute, { proposalId: 42 }))
        .thenThrows(InvalidInput, 'patch.proposalId'));
  });

  describe('when the patched value breaks a rule of the command that recorded it', () => {
    it.each<[string, string, Record<string, unknown>, NegotiationErrorCode, string]>([
      [
        'an amount in fractions of a cent',
        E.offer,
        { financialTerms: [{ ...OPLOPEND_TOT_424_MLN, amountCents: 0.5 }] },
        InvalidInput,
        'patch.financialTerms[0].amountCents',
      ],
      [
        'a period that is not a whole month',
        E.commitment,
        { due: { ...UITERLIJK_AUGUSTUS, end: '2025-08-15' } },
        InvalidInput,
        'patch.due',
      ],
      ['a party not at the table', E.commitment, { owedBy: [IPO] }, IllegalState, 'patch.owedBy[0]'],
      ['a due kind it does not know', E.commitment, { dueKind: 'ooit' }, InvalidInput, 'patch.dueKind'],
      [
        'an open term in a dispute never raised',
        E.agreement,
        { openTerms: [{ asSaid: '50-50', disputeId: 'geen' }] },
        NotFound,
        'patch.openTerms[0].disputeId',
      ],
      ['a party named twice', E.agreement, { parties: [RIJK, RIJK] }, InvalidInput, 'patch.parties'],
      ['an empty title', E.offer, { title: ' ' }, InvalidInput, 'patch.title'],
      ['a title set to null', E.offer, { title: null }, InvalidInput, 'patch.title'],
      ['a kind of meeting it does not know', E.meeting, { kind: 'borrel' }, InvalidInput, 'patch.kind'],
      ['a kind of party it does not know', E.vng, { kind: 'gemeente' }, InvalidInput, 'patch.kind'],
      ['a stance it does not know', E.position, { stance: 'neutral' }, InvalidInput, 'patch.stance'],
      ['an unprintable reason', E.position, { reasons: ['te ambitieus\u0000'] }, InvalidInput, 'patch.reasons[0]'],
      ['an empty member of a delegation', E.vng, { delegation: [''] }, InvalidInput, 'patch.delegation[0]'],
      [
        'a meeting that does not exist',
        E.position,
        { meetingId: OVERHEDENOVERLEG_17_MAART },
        NotFound,
        'patch.meetingId',
      ],
      ['a proposal that does not exist', E.position, { proposalId: 'bod-vng' }, NotFound, 'patch.proposalId'],
      [
        'proposals of an agreement that do not exist',
        E.agreement,
        { proposalIds: [BOD_KABINET, 'bod-vng'] },
        NotFound,
        'patch.proposalIds[1]',
      ],
      [
        'an agreement that does not exist',
        E.commitment,
        { agreementId: 'afspraken-2024' },
        NotFound,
        'patch.agreementId',
      ],
      [
        'a source without its quote',
        E.source,
        { source: { ...LEDENBRIEF_19_MAART, quote: '' } },
        InvalidInput,
        'patch.source.quote',
      ],
    ])('refuses %s', (_, correctedEventId, patch, code, field) =>
      spec.given(recorded()).when(patching(correctedEventId, patch)).thenThrows(code, field),
    );
  });

  describe('when the dispute was escalated, ruled on and settled, and the agreement superseded', () => {
    const later = () => [
      ...recorded(),
      disputeEscalated(),
      rulingIssued({ disputeId: GESCHIL_COMPENSATIE }),
      disputeSettled(),
      meetingHeld(),
      agreementReached({ agreementId: 'afspraken-2027', proposalIds: [] }),
      agreementSuperseded(),
    ];
    const [escalated, ruling, settled, held, superseded] = ['e11', 'e12', 'e13', 'e14', 'e16'];

    it('patches the settlement to name the ruling and the agreement that settled it', () => {
      const patch = { rulingId: UITSPRAAK_CVW, agreementId: 'afspraken-2027' };
      spec
        .given(later())
        .when(patching(settled, patch))
        .then([entryCorrected({ correctedEventId: settled, entityId: GESCHIL_COMPENSATIE, patch })]);
    });

    it.each<[string, string, Record<string, unknown>, NegotiationErrorCode, string]>([
      ['a forum it does not know', escalated, { forum: 'kort-geding' }, InvalidInput, 'patch.forum'],
      ['an empty forum name', escalated, { forumName: '' }, InvalidInput, 'patch.forumName'],
      ['a dispute that does not exist', ruling, { disputeId: 'geschil-2021' }, NotFound, 'patch.disputeId'],
      ['an empty summary of a ruling', ruling, { summary: '' }, InvalidInput, 'patch.summary'],
      ['a ruling that does not exist', settled, { rulingId: 'uitspraak-2030' }, NotFound, 'patch.rulingId'],
      ['an unprintable summary of a meeting', held, { summary: '\u0007' }, InvalidInput, 'patch.summary'],
      ['a summary of a meeting set to null', held, { summary: null }, InvalidInput, 'patch.summary'],
      [
        'a superseding agreement that does not exist',
        superseded,
        { supersededBy: 'afspraken-2030' },
        NotFound,
        'patch.supersededBy',
      ],
      ['a superseding agreement set to null', superseded, { supersededBy: null }, NotFound, 'patch.supersededBy'],
    ])('refuses %s', (_, correctedEventId, patch, code, field) =>
      spec.given(later()).when(patching(correctedEventId, patch)).thenThrows(code, field),
    );
  });
});
