import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { GetNegotiationViewQuery, type NegotiationPicture } from '../handlers/get-negotiation-view.handler';
import {
  AgreementModel,
  CommitmentModel,
  CorrectionModel,
  DisputeModel,
  MeetingModel,
  PartyModel,
  PositionModel,
  ProposalModel,
  ResolutionModel,
  RulingModel,
} from '../models/negotiation-entities.models';
import { NegotiationModel, TimelineEntryModel } from '../models/negotiation.model';
import { DecisionModel, DocumentModel, SuspensionModel } from '../models/unilateral-entities.models';
import { proposalRows, tracedRows } from '../models/negotiation-view.mapper';
import { entityRows, type EntityType } from '../models/entity-nodes';

import { callerOfContext, type LedgerContext } from '../../common/caller';

type RequestContext = LedgerContext & { negotiationPictures?: Map<string, Promise<NegotiationPicture>> };

/** The parts of a negotiation, read from its stream once per request however many of them a query asks for. */
@Resolver(() => NegotiationModel)
export class NegotiationFieldsResolver {
  constructor(private readonly queryBus: QueryBus) {}

  private picture(negotiation: NegotiationModel, context: RequestContext): Promise<NegotiationPicture> {
    context.negotiationPictures ??= new Map();
    const cached = context.negotiationPictures.get(negotiation.negotiationId);
    if (cached) return cached;
    const loading = this.queryBus.execute(
      new GetNegotiationViewQuery(negotiation.negotiationId, callerOfContext(context)),
    );
    context.negotiationPictures.set(negotiation.negotiationId, loading);
    return loading;
  }

  private async rows(negotiation: NegotiationModel, context: RequestContext, type: EntityType) {
    const { view } = await this.picture(negotiation, context);
    return tracedRows(view, type, entityRows(view, type));
  }

  @ResolveField(() => String, { description: 'Toelichting bij het dossier.' })
  async description(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return (await this.picture(negotiation, context)).view.description;
  }

  @ResolveField(() => [PartyModel], { description: 'Partijen aan tafel.' })
  parties(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return this.rows(negotiation, context, 'Party');
  }

  @ResolveField(() => [MeetingModel], { description: 'Overleggen.' })
  meetings(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return this.rows(negotiation, context, 'Meeting');
  }

  @ResolveField(() => [ProposalModel], { description: 'Voorstellen, met hun historie.' })
  async proposals(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return proposalRows((await this.picture(negotiation, context)).view);
  }

  @ResolveField(() => [PositionModel], { description: 'Standpunten van partijen.' })
  positions(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return this.rows(negotiation, context, 'Position');
  }

  @ResolveField(() => [AgreementModel], { description: 'Afspraken, ook vervangen afspraken.' })
  agreements(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return this.rows(negotiation, context, 'Agreement');
  }

  @ResolveField(() => [CommitmentModel], { description: 'Toezeggingen.' })
  commitments(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return this.rows(negotiation, context, 'Commitment');
  }

  @ResolveField(() => [DisputeModel], { description: 'Geschilpunten.' })
  disputes(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return this.rows(negotiation, context, 'Dispute');
  }

  @ResolveField(() => [RulingModel], { description: 'Uitspraken en adviezen.' })
  rulings(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return this.rows(negotiation, context, 'Ruling');
  }

  @ResolveField(() => [ResolutionModel], { description: 'Resoluties van de ledenvergadering.' })
  resolutions(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return this.rows(negotiation, context, 'Resolution');
  }

  @ResolveField(() => [DecisionModel], {
    description: 'Eenzijdige besluiten en betalingen: wat één partij besloot, zonder afspraak met de andere.',
  })
  decisions(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return this.rows(negotiation, context, 'Decision');
  }

  @ResolveField(() => [SuspensionModel], {
    description: 'Opschortingen van de gesprekken, met hun hervatting als die er was.',
  })
  suspensions(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return this.rows(negotiation, context, 'Suspension');
  }

  @ResolveField(() => [DocumentModel], {
    description: 'Brieven en rapporten als stappen: van wie, aan wie, op welke dag, en onder welke regels ze liggen.',
  })
  documents(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return this.rows(negotiation, context, 'Document');
  }

  @ResolveField(() => [CorrectionModel], { description: 'Correcties van eerdere regels.' })
  async corrections(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    return (await this.picture(negotiation, context)).view.corrections;
  }

  @ResolveField(() => [TimelineEntryModel], { description: 'Alles in de volgorde waarin het gebeurde.' })
  async timeline(@Parent() negotiation: NegotiationModel, @Context() context: RequestContext) {
    const { timeline } = await this.picture(negotiation, context);
    return timeline.entries.map((entry) => ({ ...entry, globalPosition: String(entry.globalPosition) }));
  }
}
