import { UseInterceptors } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../common/caller';
import { ReadAuditInterceptor } from '../read-audit/read-audit.interceptor';
import { pageOf } from '../queries/resolvers/position-arg';
import { SearchHitConnection, SearchArgs } from './search.models';
import { SearchService } from './search.service';

@Resolver()
@UseInterceptors(ReadAuditInterceptor)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchHitConnection, {
    description: 'Zoeken in de tekst van alle regels die de vrager mag zien, in de volgorde van het logboek.',
  })
  search(@Args() args: SearchArgs, @CurrentCaller() caller: Caller) {
    return this.searchService.search(caller, args.text, args.negotiationId, pageOf(args));
  }
}
