import { Module, type DynamicModule } from '@nestjs/common';
import { OperationLimits } from './hardening/operation-limits';
import { RequestAdmission } from './request-admission';
import { SECURITY_CONFIG, type SecurityConfig } from './security-config';
import { TokenVerifier } from './token.verifier';

/** Who is let in (bearer tokens), and the limits every operation meets before it runs, on either transport. */
@Module({})
export class AuthModule {
  static register(security: SecurityConfig): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [{ provide: SECURITY_CONFIG, useValue: security }, TokenVerifier, RequestAdmission, OperationLimits],
      exports: [SECURITY_CONFIG, TokenVerifier, RequestAdmission, OperationLimits],
    };
  }
}
