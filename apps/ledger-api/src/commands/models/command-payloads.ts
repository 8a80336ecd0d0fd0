import type { Type } from '@nestjs/common';
import { ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { NodeInterface } from '../../common/graphql/node.interface';
import { CurrentCaller, type Caller } from '../../common/caller';
import {
  AgreementModel,
  CommitmentModel,
  DisputeModel,
  MeetingModel,
  PartyModel,
  PositionModel,
  ProposalModel,
  ResolutionModel,
  RulingModel,
} from '../../queries/models/negotiation-entities.models';
import { NegotiationModel } from '../../queries/models/negotiation.model';
import { DecisionModel, DocumentModel, SuspensionModel } from '../../queries/models/unilateral-entities.models';
import { ChangedObjectLoader, type CommandPayload } from '../changed-object.loader';
import { CommandResultModel } from './command-result.model';

/**
 * The answer of a mutation: the command result clients already read (revision, globalPosition, ...) and the
 * object it changed, read as the caller sees it right after the write. The object is read only when asked for.
 */
function commandPayload(name: string, field: string, model: () => Type<unknown> | typeof NodeInterface, what: string) {
  @ObjectType(`${name}Payload`, {
    description: `Wat een vastlegging over ${what} opleverde, met ${what} zoals die nu staat.`,
  })
  class Payload extends CommandResultModel {}

  @Resolver(() => Payload)
  class PayloadResolver {
    constructor(private readonly changedObjects: ChangedObjectLoader) {}

    @ResolveField(field, model, {
      nullable: true,
      description: `${what.charAt(0).toUpperCase()}${what.slice(1)} zoals die na deze vastlegging staat; leeg als de vrager het niet mag zien.`,
    })
    changed(@Parent() payload: CommandPayload, @CurrentCaller() caller: Caller) {
      return this.changedObjects.load(payload, caller);
    }
  }
  return { Payload, PayloadResolver };
}

export const NegotiationPayload = commandPayload('Negotiation', 'negotiation', () => NegotiationModel, 'het dossier');
export const PartyPayload = commandPayload('Party', 'party', () => PartyModel, 'de partij');
export const MeetingPayload = commandPayload('Meeting', 'meeting', () => MeetingModel, 'het overleg');
export const ProposalPayload = commandPayload('Proposal', 'proposal', () => ProposalModel, 'het voorstel');
export const PositionPayload = commandPayload('Position', 'position', () => PositionModel, 'het standpunt');
export const AgreementPayload = commandPayload('Agreement', 'agreement', () => AgreementModel, 'de afspraak');
export const CommitmentPayload = commandPayload('Commitment', 'commitment', () => CommitmentModel, 'de toezegging');
export const DisputePayload = commandPayload('Dispute', 'dispute', () => DisputeModel, 'het geschilpunt');
export const RulingPayload = commandPayload('Ruling', 'ruling', () => RulingModel, 'de uitspraak');
export const ResolutionPayload = commandPayload('Resolution', 'resolution', () => ResolutionModel, 'de resolutie');
export const DecisionPayload = commandPayload('Decision', 'decision', () => DecisionModel, 'het besluit');
export const SuspensionPayload = commandPayload('Suspension', 'suspension', () => SuspensionModel, 'de opschorting');
export const DocumentPayload = commandPayload('Document', 'document', () => DocumentModel, 'het document');
export const EntryPayload = commandPayload('Entry', 'node', () => NodeInterface, 'de regel');

export const PAYLOAD_RESOLVERS = [
  NegotiationPayload,
  PartyPayload,
  MeetingPayload,
  ProposalPayload,
  PositionPayload,
  AgreementPayload,
  CommitmentPayload,
  DisputePayload,
  RulingPayload,
  ResolutionPayload,
  DecisionPayload,
  SuspensionPayload,
  DocumentPayload,
  EntryPayload,
].map((payload) => payload.PayloadResolver);
