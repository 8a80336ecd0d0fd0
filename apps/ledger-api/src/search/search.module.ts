import { Module } from '@nestjs/common';
import { QueriesModule } from '../queries/queries.module';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Full-text search: an FTS5 read model of its own, answered through the same access rule and read audit. */
@Module({ imports: [QueriesModule], providers: [SearchService, SearchResolver] })
export class SearchModule {}
