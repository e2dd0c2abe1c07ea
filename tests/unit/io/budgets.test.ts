// Issue #19: ids in amortised constant time, budgets that stop a read, and the small JSON findings.
import { describe, expect, it } from 'vitest';
import { idMinter } from '../../../src/io/assemble/assemble';
import { Budget } from '../../../src/io/budget';
import { importFiles } from '../../../src/io/importFiles';
import { parseJson } from '../../../src/io/json/datasetJson';
import { manyClustersCsv, oneLineGraphml } from '../../attacks/makeAttacks';
import { bytes, errors } from './helpers';

describe('idMinter', () => {
  it('hands out base, base-2, base-3 ... skipping ids already taken', () => {
    const taken = new Set(['L1', 'L1-3']);
    const mint = idMinter((id) => taken.has(id));
    const out = [mint('L1'), mint('L1'), mint('L1'), mint('L2')];
    expect(out).toEqual(['L1-2', 'L1-4', 'L1-5', 'L2']);
  });

  it('looks at each candidate once per base, however many links share a line', () => {
    const seen = new Set<string>();
    let looks = 0;
    const mint = idMinter((id) => (looks++, seen.has(id)));
    for (let i = 0; i < 5000; i++) seen.add(mint('L1'));
    expect(seen.size).toBe(5000);
    expect(looks).toBe(5000);
  });
});

describe('the inputs that once hung the importer', () => {
  it('reads a one-line GraphML of 10,000 edges without ids, with unique ids', async () => {
    const r = await importFiles([{ name: 'one.graphml', data: bytes(oneLineGraphml(10_000)) }]);
    expect(errors(r.problems)).toEqual([]);
    const ids = r.dataset!.links.map((l) => l.id);
    expect(new Set(ids).size).toBe(10_000);
    expect(ids.slice(0, 3)).toEqual(['L1', 'L1-2', 'L1-3']);
  });

  it('reads one organisation in 10,000 clusters as 10,000 memberships', async () => {
    const r = await importFiles([{ name: 'orgs.csv', data: bytes(manyClustersCsv(10_000)) }]);
    expect(errors(r.problems)).toEqual([]);
    const links = r.dataset!.links;
    expect(links).toHaveLength(10_000);
    expect(new Set(links.map((l) => l.id)).size).toBe(10_000);
    expect(links[1]).toMatchObject({
      id: 'M2-2',
      source: 'acme',
      target: 'c1',
      kind: 'membership',
    });
  });
});

describe('budgets', () => {
  it('stops when the signal aborts, naming the file and saying what to do', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await importFiles([{ name: 'big.graphml', data: bytes(oneLineGraphml(10_000)) }], {
      signal: controller.signal,
    });
    expect(r.dataset).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'aborted', file: 'big.graphml', severity: 'error' }),
    ]);
  });

  it('stops at the time limit while parsing (a clock that jumps)', async () => {
    let t = 0;
    const budget = new Budget({ timeLimitMs: 1000 }, () => (t += 100));
    expect(() => {
      for (let i = 0; i < 100_000; i++) budget.tick();
    }).toThrow(/time limit \(1 s\); split the file/);
    const r = await importFiles([{ name: 'g.graphml', data: bytes(oneLineGraphml(20_000)) }], {
      timeLimitMs: 0,
    });
    expect(r.problems[0]).toMatchObject({ code: 'time-limit', file: 'g.graphml' });
  });
});

describe('JSON findings', () => {
  const head = '{"format":"clusterscope","version":';
  const tail = ',"title":"t","organisations":[],"links":[]}';

  it('reports a huge version number as such, not as "version null"', () => {
    const r = parseJson(`${head}1${'0'.repeat(100_000)}${tail}`, 'v.json');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toMatch(/^version is a number too large to be a format version/);
  });

  it('warns about a duplicate key with the key, the object and the line', () => {
    const text = `{"format":"clusterscope","version":1,"title":"a",\n"organisations":[{"id":"a","label":"A",\n"label":"B","type":"company","sectors":[],"sources":[]}],\n"title":"b","links":[]}`;
    const r = parseJson(text, 'd.json');
    expect(r.dataset?.organisations[0]?.label).toBe('B');
    const dups = r.problems.filter((p) => p.code === 'duplicate-key');
    expect(dups.map((p) => [p.line, p.message])).toEqual([
      [3, 'key "label" appears twice in organisations[0]; the last value is used'],
      [4, 'key "title" appears twice in the top-level object; the last value is used'],
    ]);
  });
});
