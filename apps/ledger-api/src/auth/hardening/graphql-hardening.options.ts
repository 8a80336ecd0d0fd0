import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { SecurityConfig } from '../security-config';

/** The Apollo settings that harden the endpoint; the limits that need the caller or the schema are plugins. */
export function hardenedGraphqlOptions(security: SecurityConfig): Partial<ApolloDriverConfig> {
  return {
    parseOptions: { maxTokens: security.maxQueryTokens },
    // A request must say it is not a simple browser form post: no cross-site request forgery by plain HTML.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !security.production,
    hideSchemaDetailsFromClientErrors: security.production,
  };
}
