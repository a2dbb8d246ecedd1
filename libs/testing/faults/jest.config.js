/**
 * The fault suite (issue: every fault ends in a fast, honest answer and a pipeline that heals
 * itself). It starts its own runtime and services (`.run/faults`, through runtime.mjs and
 * services.mjs as `./certhub up` does) and freezes or kills their real processes, so it runs on its
 * own, one test at a time, after the main jest run: nothing else may share what it freezes.
 * @type {import('jest').Config}
 */
const { join } = require('node:path');
const base = require('../../../jest.config.js');

process.env.CERTHUB_TEST_RUN_DIR ??= join(__dirname, '../../../.run/faults');

module.exports = {
  ...base,
  roots: ['<rootDir>/libs/testing/faults'],
  testMatch: ['**/faults/**/*.spec.ts'],
  globalSetup: '<rootDir>/libs/testing/faults/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/faults/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 120_000,
};
