/** Unit and integration specs live beside the code; end-to-end specs under test/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/bench/'],
  // Type checking runs once in `npm run typecheck`; here files are only transpiled, by swc (Nest needs the
  // legacy decorators and their metadata, as tsc emits them).
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
    '/node_modules/(mercurius|quick-lru)/.+\\.js$': '<rootDir>/test/jest/esm-interop.transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!(mercurius|quick-lru)/)'],
  moduleNameMapper: {
    '^@ledger/(domain|event-store|projections|evidence|evidence-ledger|command-handling|personal-data|local-auth)$':
      '<rootDir>/libs/$1/src',
    '^@ledger/event-store/eventstoredb$': '<rootDir>/libs/event-store/src/eventstoredb',
    '^@ledger/event-store/testing$': '<rootDir>/libs/event-store/src/testing',
    '^@ledger/domain/testing$': '<rootDir>/libs/domain/src/testing',
  },
  testTimeout: 30000,
};
