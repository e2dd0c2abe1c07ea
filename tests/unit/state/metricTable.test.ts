// The ranking's top rows: the same rows, in the same order, as sorting the whole table.
import { describe, expect, it } from 'vitest';
import { analyzeDataset, METRICS } from '../../../src/analysis';
import { metricRows, sortRows, topRows } from '../../../src/state/metricTable';
import { dataset } from '../analysis/dataset';
import { litek } from '../workshop/litek';

describe('topRows', () => {
  const d = litek();
  const result = analyzeDataset(d, { partition: 'sector' });
  const all = metricRows(result, d);

  it('equals the first rows of the whole sorted table for every metric and length', () => {
    for (const { key } of METRICS) {
      for (const count of [1, 10, 50, 200]) {
        expect(topRows(result, d, key, count), `${key} top ${count}`).toEqual(
          sortRows(all, key, true).slice(0, count),
        );
      }
    }
  });

  it('breaks ties at the cut by name, as the table does', () => {
    // A star: every leaf has degree 1, so the top 3 are the hub and two leaves by name.
    const star = dataset(
      [{ id: 'hub' }, { id: 'd' }, { id: 'b' }, { id: 'c' }, { id: 'a' }],
      ['a', 'b', 'c', 'd'].map((leaf) => ({ source: 'hub', target: leaf })),
    );
    const r = analyzeDataset(star);
    expect(topRows(r, star, 'degree', 3).map((row) => row.id)).toEqual(['hub', 'a', 'b']);
  });
});
