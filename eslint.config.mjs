import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** Services depend on libs, never on each other; contracts depend on nothing of ours. */
const boundaries = (inTests) => ({
  enforceBuildableLibDependency: false,
  allow: [],
  // The portal fetches the contracts' zod schemas on demand where its first-load budget needs it
  // (the registration page); the other pages import them as usual.
  checkDynamicDependenciesExceptions: ['contracts'],
  depConstraints: [
    { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
    // Tests of the platform use the harness; the platform's code never does.
    {
      sourceTag: 'type:platform',
      onlyDependOnLibsWithTags: inTests ? ['type:contracts', 'type:testing'] : ['type:contracts'],
    },
    { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform'] },
    {
      sourceTag: 'type:service',
      onlyDependOnLibsWithTags: inTests
        ? ['type:contracts', 'type:platform', 'type:testing']
        : ['type:contracts', 'type:platform'],
    },
    // The portal runs in the browser: the contracts only (its integration tests use the harness).
    {
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: inTests ? ['type:contracts', 'type:testing'] : ['type:contracts'],
    },
    // Generators write files; only their tests use the harness (for the repository root).
    { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: inTests ? ['type:testing'] : [] },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.run/**',
      '.nx/**',
      'node_modules/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      '!infra/local/**',
      'services/portal/src/routeTree.gen.ts',
      'services/portal/src/api/schema.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      // Services depend on libs, never on each other; contracts depend on nothing of ours.
      '@nx/enforce-module-boundaries': ['error', boundaries(false)],
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The dossier aggregate's core sits below every feature of the service: it imports none of them.
    files: ['services/dossier/src/lifecycle/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'lifecycle/ is below the features: move what it needs here' },
          ],
        },
      ],
    },
  },
  {
    files: ['infra/local/**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        AbortSignal: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
  {
    files: ['**/test/**/*.ts', '**/*.spec.ts', 'services/portal/e2e/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(true)] },
  },
  prettier,
);
