import { UseInterceptors } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { NodeInterface } from '../../common/graphql/node.interface';
import {
  AgreedStateArgs,
  AuditTrailArgs,
  LedgerEventFilter,
  NodesArgs,
  PageArgs,
  ReadYourWriteArgs,
} from '../dto/query.args';
import { GetAgreedStateQuery } from '../handlers/get-agreed-state.handler';
import { GetAuditTrailQuery, ListLedgerEventsQuery } from '../handlers/read-ledger-events.handler';
import { GetNegotiationSummaryQuery, ListNegotiationsQuery } from '../handlers/list-negotiations.handler';
import { toAgreedStateModel } from '../models/agreed-state.mapper';
import { AgreedStateModel } from '../models/agreed-state.model';
import { LedgerEventConnection, NegotiationConnection } from '../models/connection.models';
import { NegotiationModel } from '../models/negotiation.model';
import { toNegotiationModel } from '../models/summary.mapper';
import { Clock } from '../../common/clock';
import { CurrentCaller, type Caller } from '../../common/caller';
import { ReadAuditInterceptor } from '../../read-audit/read-audit.interceptor';
import { NodeLoader } from './node.loader';
import { toLedgerEventConnection } from './ledger-connection.mapper';
import { minPositionOf, pageOf } from './position-arg';

@Resolver()
@UseInterceptors(ReadAuditInterceptor)
export class LedgerResolver {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly clock: Clock,
    private readonly nodeLoader: NodeLoader,
  ) {}

  @Query(() => NegotiationConnection, { description: 'Alle dossiers, in de volgorde waarin zij zijn geopend.' })
  async negotiations(@Args() args: PageArgs, @CurrentCaller() caller: Caller) {
    const connection = await this.queryBus.execute(
      new ListNegotiationsQuery(caller, pageOf(args), minPositionOf(args)),
    );
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toNegotiationModel(edge.node) })),
    };
  }

  @Query(() => NegotiationModel, {
    description: 'Eén dossier met zijn overleggen, voorstellen, standpunten, afspraken, toezeggingen en geschilpunten.',
  })
  async negotiation(
    @Args('negotiationId', { type: () => ID, description: 'Het dossier.' }) negotiationId: string,
    @Args() args: ReadYourWriteArgs,
    @CurrentCaller() caller: Caller,
  ) {
    return toNegotiationModel(
      await this.queryBus.execute(new GetNegotiationSummaryQuery(caller, negotiationId, minPositionOf(args))),
    );
  }

  @Query(() => AgreedStateModel, {
    description:
      'Wat er afgesproken stond op een datum (asOf), zoals de ledger het wist op een moment (asKnownAt): afspraken, financieel kader, toezeggingen, geschilpunten, standpunten.',
  })
  async agreedState(@Args() args: AgreedStateArgs, @CurrentCaller() caller: Caller) {
    const asOf = args.asOf ?? this.clock.now().slice(0, 10);
    const axes = { asOf, asKnownAt: args.asKnownAt, referenceDate: args.referenceDate, horizonYear: args.horizonYear };
    return toAgreedStateModel(await this.queryBus.execute(new GetAgreedStateQuery(args.negotiationId, axes, caller)));
  }

  @Query(() => LedgerEventConnection, {
    description:
      'Het volledige audittrail van één regel: elke gebeurtenis die haar raakte, met alle metadata en hashes.',
  })
  async auditTrail(@Args() args: AuditTrailArgs, @CurrentCaller() caller: Caller) {
    return toLedgerEventConnection(
      await this.queryBus.execute(new GetAuditTrailQuery(caller, args.entityId, pageOf(args), minPositionOf(args))),
    );
  }

  @Query(() => LedgerEventConnection, {
    description: 'Het globale logboek van gebeurtenissen, te filteren op soort, dossier en datum.',
  })
  async events(
    @Args() args: PageArgs,
    @CurrentCaller() caller: Caller,
    @Args('filter', {
      type: () => LedgerEventFilter,
      nullable: true,
      description: 'Welke gebeurtenissen; leeg is alle.',
    })
    filter?: LedgerEventFilter,
  ) {
    return toLedgerEventConnection(
      await this.queryBus.execute(new ListLedgerEventsQuery(caller, { ...filter }, pageOf(args), minPositionOf(args))),
    );
  }

  @Query(() => NodeInterface, {
    nullable: true,
    description:
      'Een dossier, gebeurtenis, partij, overleg, voorstel, standpunt, afspraak, toezegging, geschilpunt, uitspraak of resolutie op globaal kenmerk; leeg als de vrager het niet mag zien of het niet bestaat.',
  })
  node(
    @Args('id', { type: () => ID, description: 'Het globale kenmerk (id) van een Node.' }) id: string,
    @CurrentCaller() caller: Caller,
  ) {
    return this.nodeLoader.load(id, caller);
  }

  @Query(() => [NodeInterface], {
    nullable: 'items',
    description:
      'Meer Nodes tegelijk, in de volgorde van ids; een lege plek voor wat de vrager niet mag zien of niet bestaat.',
  })
  nodes(@Args() { ids }: NodesArgs, @CurrentCaller() caller: Caller) {
    return Promise.all(ids.map((id) => this.nodeLoader.load(id, caller)));
  }
}
