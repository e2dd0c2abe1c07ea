// The timeline: which organisations and links a year shows, undated links apart, counts per year.
import { describe, expect, it } from 'vitest';
import {
  clampYear,
  mainCluster,
  networkInYear,
  nextYear,
  timelineRange,
  yearCounts,
} from '../../../src/model/timeline';
import type { Dataset, Link, Organisation } from '../../../src/model/types';
import { FOUNDERS, litek } from './litek';

const org = (id: string, extra: Partial<Organisation> = {}): Organisation => ({
  id,
  label: id,
  type: 'company',
  sectors: [],
  sources: [],
  ...extra,
});
const link = (id: string, source: string, target: string, extra: Partial<Link> = {}): Link => ({
  id,
  source,
  target,
  kind: 'r-and-d',
  directed: false,
  weight: 1,
  sources: [],
  ...extra,
});

/** A cluster founded 2010; a joins 2010, b 2012 until 2014, c undated, d founded 2013. */
function small(): Dataset {
  return {
    format: 'clusterscope',
    version: 1,
    title: 'Small',
    description: '',
    defaultTrust: 0.5,
    sources: [],
    organisations: [
      org('clu', { type: 'cluster', founded: 2010 }),
      org('a'),
      org('b'),
      org('c'),
      org('d', { founded: 2013 }),
      org('lonely'),
    ],
    links: [
      link('ma', 'a', 'clu', { kind: 'membership', since: 2010 }),
      link('mb', 'b', 'clu', { kind: 'membership', since: 2012, until: 2014 }),
      link('mc', 'c', 'clu', { kind: 'membership' }),
      link('ad', 'a', 'd', { since: 2011 }),
      link('old', 'a', 'b', { until: 2009 }),
    ],
  };
}

describe('networkInYear', () => {
  it('shows dated links from their start to their end year, inclusive', () => {
    const d = small();
    expect([...networkInYear(d, 2011).dated].sort()).toEqual(['ma']);
    expect([...networkInYear(d, 2012).dated].sort()).toEqual(['ma', 'mb']);
    expect([...networkInYear(d, 2014).dated].sort()).toEqual(['ad', 'ma', 'mb']);
    expect([...networkInYear(d, 2015).dated].sort()).toEqual(['ad', 'ma']);
  });

  it('keeps a link hidden until both its ends exist (d founded 2013)', () => {
    expect(networkInYear(small(), 2012).dated.has('ad')).toBe(false);
    expect(networkInYear(small(), 2013).dated.has('ad')).toBe(true);
  });

  it('shows undated links apart, but not once they ended or before their ends existed', () => {
    const d = small();
    expect([...networkInYear(d, 2011).undated]).toEqual(['mc']);
    expect(networkInYear(d, 2008).undated.has('old')).toBe(true);
    expect(networkInYear(d, 2010).undated.has('old')).toBe(false);
    // clu was founded in 2010, so its undated membership link is not shown in 2009.
    expect(networkInYear(d, 2009).undated.has('mc')).toBe(false);
  });

  it('shows organisations with a shown link or a founding year, and marks undated-only ones', () => {
    const n = networkInYear(small(), 2011);
    expect([...n.organisations].sort()).toEqual(['a', 'c', 'clu']);
    expect([...n.undatedOnly]).toEqual(['c']);
    expect(networkInYear(small(), 2013).organisations.has('d')).toBe(true);
    expect(networkInYear(small(), 2025).organisations.has('lonely')).toBe(false);
  });
});

describe('range and counts', () => {
  it('starts at the main cluster’s founding year and ends at the last year in the data', () => {
    expect(mainCluster(small())?.id).toBe('clu');
    expect(timelineRange(small())).toEqual({ start: 2010, end: 2014 });
  });

  it('is null for data without years, and falls back to the earliest year without a cluster', () => {
    const d = small();
    expect(timelineRange({ ...d, links: [], organisations: [org('x')] })).toBeNull();
    expect(timelineRange({ ...d, organisations: d.organisations.slice(1) })).toEqual({
      start: 2009,
      end: 2014,
    });
  });

  it('counts organisations (undated-only left out), dated and undated links per year', () => {
    const d = small();
    expect(yearCounts(d, { start: 2010, end: 2012 })).toEqual([
      { year: 2010, organisations: 2, links: 1, undated: 1 },
      { year: 2011, organisations: 2, links: 1, undated: 1 },
      { year: 2012, organisations: 3, links: 2, undated: 1 },
    ]);
  });

  it('steps and clamps years inside the range', () => {
    const r = { start: 2011, end: 2013 };
    expect(nextYear(r, 2011)).toBe(2012);
    expect(nextYear(r, 2013)).toBeNull();
    expect(clampYear(r, 1990)).toBe(2011);
    expect(clampYear(r, 2012.6)).toBe(2013);
  });
});

describe('LITEK', () => {
  const d = litek();

  it('plays from 2011, the year LITEK was founded', () => {
    expect(timelineRange(d)?.start).toBe(2011);
  });

  it('shows in 2011 exactly the ten founders’ membership links among dated ones', () => {
    const n = networkInYear(d, 2011);
    const byId = new Map(d.links.map((l) => [l.id, l]));
    const membersOfLitek = [...n.dated]
      .map((id) => byId.get(id)!)
      .filter((l) => l.kind === 'membership' && l.target === 'litek')
      .map((l) => l.source)
      .sort();
    expect(membersOfLitek).toEqual([...FOUNDERS].sort());
    // Every dated link shown started by 2011; every link with since <= 2011 (and not ended) is shown.
    for (const l of d.links) {
      const expected = l.since !== undefined && l.since <= 2011 && (l.until ?? 9999) >= 2011;
      expect(n.dated.has(l.id), l.id).toBe(expected);
    }
    // The undated membership links (joining year not verified) are shown apart.
    expect(n.undated.has('K4-ekstremale')).toBe(true);
    expect(n.dated.has('K3')).toBe(false);
  });
});
