import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthenticationGuard } from './authentication.guard';
import { AuthenticationPlugin } from './authentication.plugin';
import { ProductionErrorsPlugin } from './hardening/production-errors.plugin';
import { QueryLimitsPlugin } from './hardening/query-limits.plugin';
import { RequestBodyErrors } from './hardening/request-body-errors';
import { SECURITY_CONFIG, type SecurityConfig } from './security-config';
import { TokenVerifier } from './token.verifier';

/** Who is let in (bearer tokens), and the limits every request meets before it runs. */
@Module({})
export class AuthModule {
  static register(security: SecurityConfig): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: SECURITY_CONFIG, useValue: security },
        TokenVerifier, AuthenticationPlugin, QueryLimitsPlugin, ProductionErrorsPlugin, RequestBodyErrors,
        { provide: APP_GUARD, useClass: AuthenticationGuard },
      ],
      exports: [SECURITY_CONFIG, TokenVerifier],
    };
  }
}
