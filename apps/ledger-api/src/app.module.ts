import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, ValidationPipe, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
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
import { hardenedGraphqlOptions } from './auth/hardening/graphql-hardening.options';
import { readSecurityConfig, type SecurityConfig } from './auth/security-config';
import { ReadAuditModule } from './read-audit/read-audit.module';
import { PersonalDataModule } from './personal-data/personal-data.module';

function graphqlOptions(config: LedgerConfig): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    autoSchemaFile: true,
    sortSchema: true,
    introspection: config.graphqlExplorer,
    playground: false,
    plugins: [
      config.graphqlExplorer ? ApolloServerPluginLandingPageLocalDefault() : ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints, yet the default cache-control plugin hooks every resolved field
      // (for an auditTrail page, hundreds of calls); traces and usage reporting are for Apollo's cloud, unused here.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
    ],
    subscriptions: { 'graphql-ws': true },
    context: ({ req }: { req: unknown }) => ({ req }),
    // Stop GraphQL after the HTTP server has drained, not before: in-flight commands still get their answer.
    stopOnApplicationShutdown: true,
  };
}

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
        GraphQLModule.forRoot<ApolloDriverConfig>({ ...graphqlOptions(config), ...hardenedGraphqlOptions(security) }),
        CommandsModule,
        QueriesModule,
        SubscriptionsModule,
        EvidenceModule,
      ],
      providers: [
        { provide: APP_PIPE, useValue: new ValidationPipe({ transform: true, exceptionFactory: inputValidationErrorFactory }) },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}
