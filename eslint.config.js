// ESLint: TypeScript rules, React hooks, and the import arrows of ARCHITECTURE.md's layer table.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The layer table of ARCHITECTURE.md ("Folders under src/"), as the lint rule enforces it: for
 * each folder under src/, the other folders it may import and the packages it must not. Files at
 * src/ root (main.tsx, App.tsx) and src/assets may be imported and may import anything.
 * tests/unit/lintLayers.test.ts gives ESLint a probe file for every forbidden arrow.
 */
export const LAYERS = {
  model: { may: [], packages: ['react', 'cytoscape'], why: 'model/ is pure: graphology only' },
  analysis: {
    may: ['model'],
    packages: ['react', 'cytoscape'],
    why: 'analysis/ is pure: model/ and graphology only',
  },
  io: { may: ['model'], packages: ['react', 'cytoscape'], why: 'io/ may import model/ only' },
  worker: {
    may: ['model', 'analysis', 'io'],
    packages: ['react', 'cytoscape'],
    why: 'worker/ dispatches to analysis/ and io/ (and model/) only',
  },
  state: {
    may: ['model', 'analysis', 'io', 'worker'],
    packages: ['react', 'react-dom', 'cytoscape'],
    why: 'state/ never imports React or view/',
  },
  view: {
    may: ['model', 'state'],
    packages: [],
    why: 'view/ reads the store: analysis/, io/ and worker/ only through state/',
  },
  cli: {
    may: ['model', 'analysis', 'io'],
    packages: ['react', 'cytoscape'],
    why: 'cli/ uses model/, analysis/ and io/ only',
  },
};

const srcDir = fileURLToPath(new URL('./src/', import.meta.url));

/** The layer (first folder under src/) a path lies in, or null outside the table. */
function layerOf(path) {
  const rel = relative(srcDir, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  const first = rel.split(sep)[0];
  return Object.hasOwn(LAYERS, first) ? first : null;
}

const layersRule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { arrow: '{{from}}/ may not import {{what}}: {{why}}.' },
  },
  create(context) {
    const from = layerOf(context.filename);
    if (from === null) return {};
    const { may, packages, why } = LAYERS[from];
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      let what = null;
      if (source.startsWith('.')) {
        const to = layerOf(resolve(dirname(context.filename), source));
        if (to !== null && to !== from && !may.includes(to)) what = `${to}/ (${source})`;
      } else if (packages.some((p) => source === p || source.startsWith(`${p}/`))) what = source;
      if (what !== null) context.report({ node, messageId: 'arrow', data: { from, what, why } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

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
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers: { rules: { imports: layersRule } } },
    rules: { 'layers/imports': 'error' },
  },
  {
    // cytoscape's scratch setter and toggleClass restyle every element they reach: scratch.ts and
    // classes.ts (src/view/graph) write instead.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/view/graph/scratch.ts', 'src/view/graph/classes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='scratch'][arguments.length>=2]",
          message:
            'scratch(key, value) restyles every element of the canvas: use setScratch (src/view/graph/scratch.ts).',
        },
        {
          selector: "CallExpression[callee.property.name='toggleClass']",
          message:
            'toggleClass restyles every element it is given, changed or not: use setClass (src/view/graph/classes.ts).',
        },
        {
          selector: "CallExpression[callee.property.name='not'][arguments.0.type='Literal']",
          message:
            "cytoscape's not(selector) builds a collection per element (a third of a second on 11,000 elements): use notFiltered or filter (src/view/graph/classes.ts).",
        },
      ],
    },
  },
);
