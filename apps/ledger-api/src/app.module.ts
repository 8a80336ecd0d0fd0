import { Module, ValidationPipe, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { CommandsModule } from './commands/commands.module';
import { CommonModule } from './common/common.module';
import { QueriesModule } from './queries/queries.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter';
import { inputValidationErrorFactory } from './common/errors/input-validation.error';
import { LEDGER_CONFIG, type LedgerConfig } from './config/ledger-config';
import { StoreModule } from './store/store.module';
import { EvidenceModule } from './evidence/evidence.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { AuthModule } from './auth/auth.module';
import { OperationLimits } from './auth/hardening/operation-limits';
import { RequestAdmission } from './auth/request-admission';
import { readSecurityConfig, SECURITY_CONFIG, type SecurityConfig } from './auth/security-config';
import { graphqlDriverOptions } from './common/graphql/graphql-driver.options';
import { ReadAuditModule } from './read-audit/read-audit.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { SearchModule } from './search/search.module';
import { WebModule } from './web/web.module';

/** The ledger service; `register` takes the checked configuration so tests can point it at a temporary store. */
@Module({})
export class AppModule {
  /** `security` defaults to the environment's; tests pass their own limits. */
  static register(config: LedgerConfig, security: SecurityConfig = readSecurityConfig()): DynamicModule {
    const configModule: DynamicModule = {
      module: class LedgerConfigModule {},
      global: true,
      providers: [{ provide: LEDGER_CONFIG, useValue: config }],
      exports: [LEDGER_CONFIG],
    };
    return {
      module: AppModule,
      imports: [
        configModule,
        CommonModule,
        StoreModule,
        LoggingModule,
        MetricsModule,
        HealthModule,
        AuthModule.register(security),
        ReadAuditModule,
        PersonalDataModule,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          inject: [SECURITY_CONFIG, RequestAdmission, OperationLimits],
          useFactory: graphqlDriverOptions,
        }),
        CommandsModule,
        QueriesModule,
        SubscriptionsModule,
        EvidenceModule,
        SearchModule,
        WebModule,
      ],
      providers: [
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ transform: true, exceptionFactory: inputValidationErrorFactory }),
        },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}
