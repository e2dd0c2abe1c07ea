// ESLint: TypeScript rules, React hooks, and the import arrows of ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'dist-test', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/model/**'],
    rules: restrict(
      [
        '**/analysis/**',
        '**/io/**',
        '**/state/**',
        '**/view/**',
        '**/worker/**',
        '**/cli/**',
        'react',
      ],
      'model/ is pure: it may import graphology only.',
    ),
  },
  {
    files: ['src/analysis/**'],
    rules: restrict(
      ['**/io/**', '**/state/**', '**/view/**', '**/worker/**', '**/cli/**', 'react', 'cytoscape'],
      'analysis/ is pure: model/ and graphology only.',
    ),
  },
  {
    files: ['src/io/**'],
    rules: restrict(
      ['**/state/**', '**/view/**', '**/worker/**', '**/cli/**', 'react', 'cytoscape'],
      'io/ may import model/ only.',
    ),
  },
  {
    files: ['src/state/**'],
    rules: restrict(
      ['**/view/**', '**/cli/**', 'react', 'react-dom'],
      'state/ never imports React or view/.',
    ),
  },
  {
    files: ['src/view/**'],
    rules: restrict(
      [
        '**/cli/**',
        ...['..', '../..', '../../..'].flatMap((up) => [`${up}/io/*`, `${up}/analysis/*`]),
      ],
      'view/ reads the store; it calls io/ and analysis/ through state/.',
    ),
  },
  {
    files: ['src/cli/**'],
    rules: restrict(
      ['**/state/**', '**/view/**', 'react'],
      'cli/ uses model/, analysis/ and io/ only.',
    ),
  },
);
