// Files from other projects (Gephi Lite's samples, the peer files) live in ../shared/samples/
// beside the clone, as in CI, and are never copied into this repository. Tests and the benchmark
// ask here for one by name: they get its path, or undefined and a notice naming the file, and
// skip. CLUSTERSCOPE_SHARED=/some/dir points elsewhere (a missing folder checks the skip path).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The shared folder: `../shared` from the repository root unless CLUSTERSCOPE_SHARED says otherwise. */
export const SHARED_DIR = process.env['CLUSTERSCOPE_SHARED']
  ? resolve(process.env['CLUSTERSCOPE_SHARED'])
  : join(repoRoot, '..', 'shared');

const noticed = new Set<string>();

/** The notice for a sample that is absent, e.g. "absent: ../shared/samples/power-grid.gexf". */
export const absentNotice = (name: string): string =>
  `skipped, absent: ../shared/samples/${name} (looked in ${join(SHARED_DIR, 'samples')})`;

/**
 * The path of `../shared/samples/<name>` (name may include `peer/`), or undefined when it is
 * absent; then a notice naming the file is printed once.
 */
export function sharedSample(name: string): string | undefined {
  const path = join(SHARED_DIR, 'samples', name);
  if (existsSync(path)) return path;
  if (!noticed.has(name)) {
    noticed.add(name);
    console.warn(absentNotice(name));
  }
  return undefined;
}
