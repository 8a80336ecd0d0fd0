import { idsOnly, selectSubjectEntries, type SubjectCandidate } from './subject-rule';

const entry = (eventId: string, type: string, data: Record<string, unknown>, occurredOn = '2025-04-16') =>
  ({
    eventId,
    type,
    data,
    metadata: { occurredOn, recordedAt: '2025-04-17T09:00:00.000Z' },
  }) satisfies SubjectCandidate;

const negotiation = [
  entry('e1', 'ProposalTabled', { proposalId: 'offer', meetingId: 'm1' }),
  entry('e2', 'MeetingHeld', { meetingId: 'm1' }),
  entry('e3', 'DisputeRaised', { disputeId: 'd1', proposalId: null }),
  entry('e4', 'AgreementReached', { agreementId: 'a1', proposalIds: ['offer'], openTerms: [{ disputeId: 'd1' }] }),
  entry('e5', 'AgreementReached', { agreementId: 'a2', proposalIds: ['offer'] }),
  entry('e6', 'CommitmentMade', { commitmentId: 'c1', agreementId: 'a1' }),
  entry('e7', 'CommitmentFulfilled', { commitmentId: 'c1' }, '2025-09-01'),
  entry('e8', 'CommitmentMade', { commitmentId: 'c2', agreementId: 'a2' }),
];
const subject = { negotiationId: 'n', disputeId: 'd1', from: null, to: null, asKnownAt: null };
const ids = (entries: readonly SubjectCandidate[]) => entries.map((item) => item.eventId);

describe('the subject rule', () => {
  it('takes in what is linked to a dispute: an agreement naming it in an open term, and what that agreement introduced', () => {
    expect(ids(selectSubjectEntries(negotiation, subject))).toEqual(['e1', 'e2', 'e3', 'e4', 'e6', 'e7']);
  });

  it('does not follow an entity it only looked back to, which would take in everything sharing an offer', () => {
    expect(ids(selectSubjectEntries(negotiation, subject))).not.toContain('e5');
  });

  it('narrows by date, keeping the order given', () => {
    expect(ids(selectSubjectEntries(negotiation, { ...subject, to: '2025-06-30' }))).toEqual([
      'e1',
      'e2',
      'e3',
      'e4',
      'e6',
    ]);
  });

  it('prunes data to what it reads, ids at any depth', () => {
    expect(
      idsOnly({ title: 'x', agreementId: 'a1', openTerms: [{ asSaid: 'y', disputeId: 'd1' }, { asSaid: 'z' }] }),
    ).toEqual({ agreementId: 'a1', openTerms: [{ disputeId: 'd1' }] });
    expect(idsOnly({ title: 'x' })).toBeUndefined();
  });
});
