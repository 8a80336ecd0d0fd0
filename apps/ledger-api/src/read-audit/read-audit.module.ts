import { Global, Module } from '@nestjs/common';
import { QueriesModule } from '../queries/queries.module';
import { ReadAuditInterceptor } from './read-audit.interceptor';
import { ReadAuditRecorder } from './read-audit.recorder';
import { ReadAuditResolver } from './read-audit.resolver';

/** Who read what: recorded on every read of negotiation records, queryable by admins. */
@Global()
@Module({
  imports: [QueriesModule],
  providers: [ReadAuditRecorder, ReadAuditInterceptor, ReadAuditResolver],
  exports: [ReadAuditRecorder, ReadAuditInterceptor],
})
export class ReadAuditModule {}
