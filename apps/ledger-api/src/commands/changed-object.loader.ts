import { Injectable } from '@nestjs/common';
import { assertUnreachable, type NegotiationCommand } from '@ledger/domain';
import type { Caller } from '../common/caller';
import { ReadAuditRecorder } from '../read-audit/read-audit.recorder';
import { NodeLoader } from '../queries/resolvers/node.loader';
import type { EntityType } from '../queries/models/entity-nodes';
import type { CommandResultModel } from './models/command-result.model';

/** What a command changed: the negotiation itself, an entity of one type, or (a source) whichever entity holds the id. */
export type ChangedObject = Readonly<{
  negotiationId: string;
  entityId: string;
  type: EntityType | 'Negotiation' | 'Entry';
}>;

export type CommandPayload = CommandResultModel & Readonly<{ changed: ChangedObject | null }>;

/**
 * The object a command changed, named by the command's own data. A correction names an event, not an
 * entity, so its payload shows no object.
 */
export function changedBy(command: NegotiationCommand): ChangedObject | null {
  const { negotiationId } = command.data;
  const changed = (type: ChangedObject['type'], entityId: string): ChangedObject => ({ negotiationId, entityId, type });
  switch (command.type) {
    case 'OpenNegotiation':
      return changed('Negotiation', negotiationId);
    case 'AdmitParty':
      return changed('Party', command.data.partyId);
    case 'ScheduleMeeting':
    case 'RecordMeetingHeld':
    case 'CancelMeeting':
      return changed('Meeting', command.data.meetingId);
    case 'TableProposal':
    case 'ReviseProposal':
    case 'WithdrawProposal':
      return changed('Proposal', command.data.proposalId);
    case 'TakePosition':
      return changed('Position', command.data.positionId);
    case 'ReachAgreement':
      return changed('Agreement', command.data.agreementId);
    case 'MakeCommitment':
    case 'FulfilCommitment':
    case 'RecordCommitmentMissed':
      return changed('Commitment', command.data.commitmentId);
    case 'RaiseDispute':
    case 'AnnounceEscalation':
    case 'EscalateDispute':
    case 'SettleDispute':
      return changed('Dispute', command.data.disputeId);
    case 'IssueRuling':
      return changed('Ruling', command.data.rulingId);
    case 'AdoptResolution':
      return changed('Resolution', command.data.resolutionId);
    case 'TakeDecision':
      return changed('Decision', command.data.decisionId);
    case 'SuspendTalks':
    case 'ResumeTalks':
      return changed('Suspension', command.data.suspensionId);
    case 'IssueDocument':
      return changed('Document', command.data.documentId);
    case 'AttachSource':
      return changed('Entry', command.data.entityId);
    case 'CorrectEntry':
      return null;
    default:
      return assertUnreachable(command);
  }
}

/** Reads the changed object for a mutation's payload, through the same access policy and read audit as any query. */
@Injectable()
export class ChangedObjectLoader {
  constructor(
    private readonly nodes: NodeLoader,
    private readonly readAudit: ReadAuditRecorder,
  ) {}

  async load({ changed }: CommandPayload, caller: Caller): Promise<object | null> {
    if (!changed) return null;
    const { negotiationId, entityId, type } = changed;
    const object =
      type === 'Negotiation'
        ? await this.nodes.negotiation(negotiationId, caller)
        : await this.nodes.entity(negotiationId, entityId, caller, type === 'Entry' ? undefined : [type]);
    if (object) await this.readAudit.record(caller, 'commandPayload', [negotiationId]);
    return object;
  }
}
