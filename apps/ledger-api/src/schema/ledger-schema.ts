import 'reflect-metadata';
import type { DynamicModule, Provider, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { AppModule } from '../app.module';
import { describeRootTypes } from '../common/graphql/root-type-descriptions';
import { readSecurityConfig } from '../auth/security-config';

/** Where the committed schema lives, for tools and clients that read the contract without a running server. */
export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.graphql');

type ModuleEntry = Type | DynamicModule | Promise<DynamicModule>;

const isDynamic = (entry: ModuleEntry): entry is DynamicModule => typeof entry === 'object' && 'module' in entry;

/** Every resolver class the service registers, found by walking its module tree; nothing is instantiated. */
function resolverClasses(root: DynamicModule): Type[] {
  const seen = new Set<unknown>();
  const resolvers = new Set<Type>();
  const visit = (entry: ModuleEntry) => {
    if (seen.has(entry) || entry instanceof Promise) return;
    seen.add(entry);
    const moduleClass = isDynamic(entry) ? entry.module : entry;
    const imports: ModuleEntry[] = [
      ...(Reflect.getMetadata('imports', moduleClass) ?? []),
      ...(isDynamic(entry) ? (entry.imports ?? []) : []),
    ];
    const providers: Provider[] = [
      ...(Reflect.getMetadata('providers', moduleClass) ?? []),
      ...(isDynamic(entry) ? (entry.providers ?? []) : []),
    ];
    for (const provider of providers) {
      if (typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, provider))
        resolvers.add(provider);
    }
    imports.forEach((imported) => visit(imported as ModuleEntry));
  };
  visit(root);
  return [...resolvers];
}

/**
 * The schema the service serves, built from the code-first models and resolvers alone: no store, no HTTP
 * server and no GraphQL driver, so it reads the same whichever driver serves it.
 */
export async function buildLedgerSchema(): Promise<GraphQLSchema> {
  const root = AppModule.register(
    { port: 0, dataDir: join(tmpdir(), 'ledger-schema-unused'), graphqlExplorer: false, seedDataset: null },
    readSecurityConfig({}),
  );
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    return lexicographicSortSchema(
      describeRootTypes(await context.get(GraphQLSchemaFactory).create(resolverClasses(root))),
    );
  } finally {
    await context.close();
  }
}

/** The schema as SDL, as committed in schema.graphql. */
export const schemaFileText = (schema: GraphQLSchema): string => `${printSchema(schema)}\n`;

export const printLedgerSchema = async (): Promise<string> => schemaFileText(await buildLedgerSchema());
