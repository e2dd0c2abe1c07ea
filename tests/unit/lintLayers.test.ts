// The layer table of ARCHITECTURE.md is the lint rule: for every arrow the table forbids, ESLint
// is given a probe file under src/ that takes it, and must report it; the arrows it allows pass.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAYERS } from '../../eslint.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
type Layer = keyof typeof LAYERS;
const NAMES = Object.keys(LAYERS) as Layer[];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The layer-rule messages ESLint gives `code` as if it were the file at `path` (under src/). */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'layers/imports')
    .map((m) => m.message);
}

const forbidden = NAMES.flatMap((from) =>
  NAMES.filter((to) => to !== from && !LAYERS[from].may.includes(to)).map(
    (to) => [from, to] as const,
  ),
);
const allowed = NAMES.flatMap((from) =>
  (LAYERS[from].may as readonly Layer[]).map((to) => [from, to] as const),
);

describe('the layer table as lint rules', () => {
  it('forbids at least the arrows ARCHITECTURE.md names', () => {
    const pairs = forbidden.map(([a, b]) => `${a}->${b}`);
    for (const p of ['model->analysis', 'analysis->io', 'io->state', 'worker->state'])
      expect(pairs).toContain(p);
    for (const p of ['view->analysis', 'view->worker', 'view->io', 'state->view', 'cli->state'])
      expect(pairs).toContain(p);
  });

  it.each(forbidden)(
    'reports %s/ importing %s/',
    async (from, to) => {
      const errors = await layerErrors(
        `src/${from}/sub/probe.ts`,
        `import { x } from '../../${to}/thing';\nexport const y = x;\n`,
      );
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`${from}/ may not import ${to}/`);
    },
    30_000,
  );

  it.each(allowed)(
    'lets %s/ import %s/',
    async (from, to) => {
      const code = `import { x } from '../../${to}/thing';\nexport const y = x;\n`;
      expect(await layerErrors(`src/${from}/sub/probe.ts`, code)).toEqual([]);
    },
    30_000,
  );

  it.each(NAMES.flatMap((from) => LAYERS[from].packages.map((p) => [from, p] as const)))(
    'reports %s/ importing the package %s',
    async (from, pkg) => {
      const errors = await layerErrors(
        `src/${from}/probe.ts`,
        `import * as p from '${pkg}';\nexport const y = p;\n`,
      );
      expect(errors).toEqual([expect.stringContaining(`may not import ${pkg}`)]);
    },
    30_000,
  );

  it.each([
    [
      'the analysis barrel',
      'src/view/graph/probe.tsx',
      "import { METRICS } from '../../analysis';",
    ],
    [
      'worker/analysisClient',
      'src/view/panels/probe.tsx',
      "import { runAnalysis } from '../../worker/analysisClient';",
    ],
    ['a re-export of analysis/', 'src/view/probe.ts', "export { METRICS } from '../analysis';"],
    ['a dynamic import of io/', 'src/view/probe.ts', "export const m = () => import('../io/csv');"],
  ])(
    'reports view/ reaching %s',
    async (_what, path, code) => {
      expect(await layerErrors(path, `${code}\n`)).toHaveLength(1);
    },
    30_000,
  );

  it('lets a view/ subfolder named like a layer be imported from view/', async () => {
    const code =
      "import { AnalysisPanel } from './analysis/AnalysisPanel';\nexport const y = AnalysisPanel;\n";
    expect(await layerErrors('src/view/panels/probe.tsx', code)).toEqual([]);
  }, 30_000);
});
