import { Inject, Injectable } from '@nestjs/common';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { ApiErrorCode, refusal } from '../../common/errors/graphql-error.mapper';
import { LEDGER_CONFIG, type LedgerConfig } from '../../config/ledger-config';
import { SECURITY_CONFIG, type SecurityConfig } from '../security-config';
import { OperationCostCache } from './operation-cost.cache';
import { fieldCount, queryComplexity, queryDepth } from './query-cost';

/** No input type of the schema nests anywhere near this deep; deeper variables are refused before anything walks them. */
const MAX_VARIABLE_DEPTH = 32;

/**
 * The limits every operation meets before it runs, on HTTP and graphql-ws alike: variables nested too
 * deep, too many tokens or fields, the introspection policy, depth (introspection counted apart) and cost.
 * Each refusal says by how much.
 */
@Injectable()
export class OperationLimits {
  private readonly measured = new OperationCostCache();
  /** Beside graphql-js' own rules: introspection is refused where the explorer is off. */
  readonly validationRules: readonly ValidationRule[];

  constructor(
    @Inject(SECURITY_CONFIG) private readonly security: SecurityConfig,
    @Inject(LEDGER_CONFIG) config: LedgerConfig,
  ) {
    this.validationRules = config.graphqlExplorer ? [] : [NoSchemaIntrospectionCustomRule];
  }

  /** Walks the variables without recursion, so a 20,000-deep value is refused, not a stack overflow. */
  assertVariables(variables: unknown): void {
    const pending: [unknown, number][] = [[variables, 0]];
    for (let next = pending.pop(); next; next = pending.pop()) {
      const [value, depth] = next;
      if (value === null || typeof value !== 'object') continue;
      if (depth >= MAX_VARIABLE_DEPTH)
        throw refusal(ApiErrorCode.BadRequest, `The variables nest deeper than ${MAX_VARIABLE_DEPTH} levels`, {
          field: 'variables',
        });
      for (const child of Object.values(value)) pending.push([child, depth + 1]);
    }
  }

  /** Parses with the token limit, before validation can be made to do quadratic work. */
  parse(source: unknown): DocumentNode {
    if (typeof source !== 'string' || source.trim() === '')
      throw refusal(ApiErrorCode.BadRequest, 'The request has no query', { field: 'query' });
    try {
      return parse(source, { maxTokens: this.security.maxQueryTokens });
    } catch (error) {
      throw refusal(ApiErrorCode.ParseFailed, error instanceof Error ? error.message : String(error));
    }
  }

  assertFieldCount(document: DocumentNode): void {
    const fields = fieldCount(document);
    if (fields > this.security.maxQueryFields)
      throw tooLarge(`The query selects ${fields} fields; at most ${this.security.maxQueryFields} are allowed`);
  }

  /** graphql-js' rules and the introspection policy; the HTTP driver runs the same rules itself. */
  validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
    return validate(schema, document, [...specifiedRules, ...this.validationRules]);
  }

  /** Returns the operation that will run (null when there is no single one: execution refuses it next, naming the problem). */
  assertDepthAndCost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Readonly<Record<string, unknown>>,
  ): OperationDefinitionNode | null {
    const operation = getOperationAST(document, operationName);
    if (!operation) return null;
    const depth = this.measured.depth(operation, () => queryDepth(document, operation));
    if (depth.data > this.security.maxQueryDepth)
      throw tooLarge(`The query nests ${depth.data} levels deep; at most ${this.security.maxQueryDepth} are allowed`);
    if (depth.introspection > this.security.maxIntrospectionDepth) {
      throw tooLarge(
        `The introspection nests ${depth.introspection} levels deep; at most ${this.security.maxIntrospectionDepth} are allowed`,
      );
    }
    const complexity = this.measured.cost(operation, variables, () =>
      costOf(() => queryComplexity(schema, document, operationName ?? undefined, { ...variables })),
    );
    if (complexity > this.security.maxQueryComplexity) {
      throw tooLarge(
        `The query costs ${complexity}; at most ${this.security.maxQueryComplexity} is allowed (ask for smaller pages)`,
      );
    }
    return operation;
  }
}

/**
 * Costing reads the variables; variables of the wrong type make it throw. Such an operation never runs: the
 * executor refuses it next, with BAD_USER_INPUT naming the variable, which is the better answer to give.
 */
function costOf(estimate: () => number): number {
  try {
    return estimate();
  } catch {
    return 0;
  }
}

const tooLarge = (message: string) => refusal(ApiErrorCode.QueryTooLarge, message);
