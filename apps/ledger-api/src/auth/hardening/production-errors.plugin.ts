import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ApiErrorCode } from '../../common/errors/graphql-error.mapper';
import { SECURITY_CONFIG, type SecurityConfig } from '../security-config';

export const INTERNAL_ERROR_MESSAGE = 'Internal error; nothing was recorded by this request.';

/**
 * In production no answer carries an internal message or a stack trace: errors the API did not mean to
 * raise keep their code and lose their words. Refusals with a code the API chose keep their message.
 */
@Plugin()
export class ProductionErrorsPlugin implements ApolloServerPlugin {
  constructor(@Inject(SECURITY_CONFIG) private readonly security: SecurityConfig) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>> | void> {
    if (!this.security.production) return;
    return {
      willSendResponse: async ({ response }) => {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map(masked);
      },
    };
  }
}

function masked(error: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stacktrace, exception: _exception, ...extensions } = error.extensions ?? {};
  const internal = !extensions.code || extensions.code === ApiErrorCode.Internal;
  return { ...error, message: internal ? INTERNAL_ERROR_MESSAGE : error.message, extensions: { ...extensions, code: extensions.code ?? ApiErrorCode.Internal } };
}
