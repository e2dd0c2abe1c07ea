// Types of eslint.config.js's exports, for the lint probe test (tests/unit/lintLayers.test.ts).
export declare const LAYERS: Record<
  'model' | 'analysis' | 'io' | 'worker' | 'state' | 'view' | 'cli',
  { may: readonly string[]; packages: readonly string[]; why: string }
>;
declare const config: unknown;
export default config;
