/**
 * One jest run for the whole workspace: unit tests (`src/**\/*.spec.ts`) and integration tests
 * (`test/**\/*.spec.ts`) against the real dependencies that the global setup starts once.
 * @type {import('jest').Config}
 */
const swc = require('./.swcrc.json');

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/libs', '<rootDir>/services', '<rootDir>/k8s', '<rootDir>/tools'],
  testMatch: ['**/{src,test}/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { ...swc, jsc: { ...swc.jsc, baseUrl: __dirname }, swcrc: false, sourceMaps: 'inline' },
    ],
  },
  moduleNameMapper: { '^@certhub/(contracts|platform|testing)$': '<rootDir>/libs/$1/src' },
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
