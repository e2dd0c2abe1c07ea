// Files from other projects stay in ../shared/samples: none of them, byte for byte, may sit in the
// repository (a copy under any name fails). Skipped with a notice when ../shared is absent.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR, sharedSample } from '../sharedSamples';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'dist-single', 'dist-test']);
const samples = sharedSample('README.md') === undefined ? null : join(SHARED_DIR, 'samples');

function filesUnder(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (skip.has(e.name)) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path, skip);
    return e.isFile() ? [path] : [];
  });
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('files from other projects', () => {
  it.skipIf(!samples)('are not in the repository under any name', () => {
    const foreign = new Map<number, Map<string, string>>();
    for (const path of filesUnder(samples!)) {
      const size = statSync(path).size;
      const bySha = foreign.get(size) ?? new Map<string, string>();
      bySha.set(sha(path), path);
      foreign.set(size, bySha);
    }
    expect(foreign.size).toBeGreaterThan(3);
    const copies = filesUnder(repoRoot, SKIPPED_DIRS).flatMap((path) => {
      const bySha = foreign.get(statSync(path).size);
      const original = bySha?.get(sha(path));
      return original ? [`${path} is a copy of ${original}`] : [];
    });
    expect(copies).toEqual([]);
  });
});
