import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const driversAndFrameworks = ['@nestjs/*', '@eventstore/*', 'better-sqlite3', 'graphql', 'graphql-ws', 'pg', 'node:*', 'fs', 'crypto', 'path'];
const noFocusedOrSkippedTests = {
  selector: "CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|describe|test)$/]",
  message: 'Focused or skipped tests must not be committed.',
};
// Apps depend on libs, never on another app; libs never on an app.
const otherApps = (app) => ({ group: ['**/apps/**', ...['ledger-api', 'ledger-cli', 'ledger-web'].filter((name) => name !== app).map((name) => `**/${name}/**`)], message: 'An app imports libs only, never another app.' });
const anyApp = { group: ['**/apps/**', '**/ledger-api/**', '**/ledger-cli/**', '**/ledger-web/**'], message: 'A library never imports an app.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noFocusedOrSkippedTests],
    },
  },
  {
    // The domain is pure: no framework, no driver, no I/O, no clock.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: driversAndFrameworks, message: 'libs/domain stays pure: no Nest, no drivers, no I/O.' }, anyApp] }],
      'no-restricted-syntax': ['error',
        noFocusedOrSkippedTests,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain takes the clock from command metadata.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The domain takes the clock from command metadata.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'The domain is deterministic.' },
      ],
    },
  },
  {
    // Libraries never speak HTTP or GraphQL: errors are mapped at the edge.
    files: ['libs/**/*.ts'],
    ignores: ['libs/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@nestjs/*', '@apollo/*', 'graphql'], message: 'Libraries stay framework-free; Nest lives in apps/.' }, anyApp] }],
    },
  },
  ...['ledger-api', 'ledger-cli', 'ledger-web'].map((app) => ({
    files: [`apps/${app}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherApps(app)] }] },
  })),
);
