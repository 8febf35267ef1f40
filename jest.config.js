// Two projects: `unit` runs the pure rules with no infrastructure; `integration` runs against the
// real local stack (Kafka, Apicurio Registry, SecantusDB), which its global setup starts if needed.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] };
const ignored = ['/node_modules/', '/.bex/', '/dist/'];

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/{services,schemas,scripts}/**/*.spec.ts'],
      testPathIgnorePatterns: [...ignored, '\\.int\\.spec\\.ts$'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/{services,schemas}/**/*.int.spec.ts', '<rootDir>/tests/**/*.spec.ts'],
      testPathIgnorePatterns: ignored,
      globalSetup: '<rootDir>/tests/harness/global-setup.ts',
      globalTeardown: '<rootDir>/tests/harness/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/harness/integration-timeout.ts'],
    },
  ],
};
