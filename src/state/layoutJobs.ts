// What the view may ask about layouts of large networks: the layout job (multilevel ForceAtlas2
// in a worker, streamed) and whether a dataset's own positions were ever arranged.
import { positionStats } from '../analysis/layout/unarranged';
import type { Dataset } from '../model/types';

export { startLayoutJob, type LayoutJob, type LayoutPositions } from '../worker/layoutClient';
export { positionStats } from '../analysis/layout/unarranged';

const verdicts = new WeakMap<Dataset, boolean>();

/**
 * True when every organisation has a position and those positions are worth keeping: not the
 * uniform random square (or single spot) a tool writes before any layout ran. Memoised per dataset.
 */
export function hasArrangedPositions(dataset: Dataset): boolean {
  const known = verdicts.get(dataset);
  if (known !== undefined) return known;
  const orgs = dataset.organisations;
  let verdict = orgs.length > 0 && orgs.every((o) => o.x !== undefined && o.y !== undefined);
  if (verdict) {
    const index = new Map(orgs.map((o, i) => [o.id, i] as const));
    const xy = new Float64Array(orgs.length * 2);
    orgs.forEach((o, i) => {
      xy[2 * i] = o.x!;
      xy[2 * i + 1] = o.y!;
    });
    const source: number[] = [];
    const target: number[] = [];
    for (const l of dataset.links) {
      const a = index.get(l.source);
      const b = index.get(l.target);
      if (a === undefined || b === undefined) continue;
      source.push(a);
      target.push(b);
    }
    verdict = !positionStats(xy, source, target).unarranged;
  }
  verdicts.set(dataset, verdict);
  return verdict;
}
