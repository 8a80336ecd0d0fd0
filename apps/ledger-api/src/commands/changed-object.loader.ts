import { Injectable } from '@nestjs/common';
import type { NegotiationCommandType } from '@ledger/domain';
import type { Caller } from '../common/caller';
import { ReadAuditRecorder } from '../read-audit/read-audit.recorder';
import { NodeLoader } from '../queries/resolvers/node.loader';
import type { EntityType } from '../queries/models/entity-nodes';
import type { CommandResultModel } from './models/command-result.model';

/** What a command changed: the negotiation itself, an entity of one type, or (a source, a correction) whichever entity holds the id. */
export type ChangedObject = Readonly<{
  negotiationId: string;
  entityId: string;
  type: EntityType | 'Negotiation' | 'Entry';
}>;

export type CommandPayload = CommandResultModel & Readonly<{ changed: ChangedObject }>;

const CHANGES: Record<NegotiationCommandType, ChangedObject['type']> = {
  OpenNegotiation: 'Negotiation',
  AdmitParty: 'Party',
  ScheduleMeeting: 'Meeting',
  RecordMeetingHeld: 'Meeting',
  CancelMeeting: 'Meeting',
  TableProposal: 'Proposal',
  ReviseProposal: 'Proposal',
  WithdrawProposal: 'Proposal',
  TakePosition: 'Position',
  ReachAgreement: 'Agreement',
  MakeCommitment: 'Commitment',
  FulfilCommitment: 'Commitment',
  RecordCommitmentMissed: 'Commitment',
  RaiseDispute: 'Dispute',
  AnnounceEscalation: 'Dispute',
  EscalateDispute: 'Dispute',
  SettleDispute: 'Dispute',
  IssueRuling: 'Ruling',
  AdoptResolution: 'Resolution',
  AttachSource: 'Entry',
  CorrectEntry: 'Entry',
};

/** The object a command changed, named by the command's input: `negotiationId`, `entityId`, or `<type>Id` (agreementId, ...). */
export function changedBy(
  command: NegotiationCommandType,
  input: Readonly<Record<string, unknown>> & { negotiationId: string },
): ChangedObject {
  const type = CHANGES[command];
  const idField =
    type === 'Negotiation'
      ? 'negotiationId'
      : type === 'Entry'
        ? 'entityId'
        : `${type.charAt(0).toLowerCase()}${type.slice(1)}Id`;
  return { negotiationId: input.negotiationId, entityId: String(input[idField]), type };
}

/** Reads the changed object for a mutation's payload, through the same access policy and read audit as any query. */
@Injectable()
export class ChangedObjectLoader {
  constructor(
    private readonly nodes: NodeLoader,
    private readonly readAudit: ReadAuditRecorder,
  ) {}

  async load({ changed }: CommandPayload, caller: Caller): Promise<object | null> {
    const { negotiationId, entityId, type } = changed;
    const object =
      type === 'Negotiation'
        ? await this.nodes.negotiation(negotiationId, caller)
        : await this.nodes.entity(negotiationId, entityId, caller, type === 'Entry' ? undefined : [type]);
    if (object) await this.readAudit.record(caller, 'commandPayload', [negotiationId]);
    return object;
  }
}
