// Shared links: a view survives the round trip through the URL hash; damaged links never throw.
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CODEC_VERSION, decodeView, encodeView, viewParam } from '../../../src/state/viewCodec';
import type { SavedView } from '../../../src/state/savedView';
import { litek } from './litek';
import { plainView } from './views';

const full: SavedView = {
  id: 'shared',
  title: 'Founders',
  note: 'Ten partners, „Šviesa“ & co.',
  filters: { types: ['event'], kinds: ['funding', 'policy'], countries: [], clusters: ['(none)'] },
  selection: { kind: 'organisation', id: 'ekspla' },
  focus: ['litek', 'ekspla'],
  layout: 'concentric',
  positions: [
    ['litek', 10, -20],
    ['ekspla', 300, 45],
  ],
  camera: { x1: -100, y1: -50, x2: 400, y2: 250 },
  year: 2016,
  analysis: { sizeBy: 'betweenness', colorBy: 'community', highlight: 'bridges' },
  path: {
    from: 'ekspla',
    to: 'cpic',
    by: 'trust',
    k: 5,
    minTrust: 0.4,
    kinds: ['r-and-d'],
    avoid: ['litek'],
    avoidTypes: [],
    maxHops: 4,
  },
  ego: { centre: 'ftmc', hops: 2, mode: 'hide' },
};

const minimal: SavedView = plainView('shared', { title: '' });

const hashOf = (payload: unknown, version = CODEC_VERSION): string => {
  const json = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const bytes = deflateSync(strToU8(json));
  const b64 = Buffer.from(bytes).toString('base64url');
  return `${version}.${b64}`;
};

describe('encodeView / decodeView', () => {
  it('round-trips a view with every field', () => {
    const hash = encodeView(full, 'LITEK');
    expect(hash.startsWith(`view=${CODEC_VERSION}.`)).toBe(true);
    const decoded = decodeView(viewParam(`#${hash}`)!);
    expect(decoded.problems).toEqual([]);
    expect(decoded.datasetTitle).toBe('LITEK');
    expect(decoded.view).toEqual(full);
  });

  it('round-trips a minimal view to a short link', () => {
    const hash = encodeView(minimal, 'LITEK');
    expect(hash.length).toBeLessThan(40);
    expect(decodeView(viewParam(hash)!).view).toEqual(minimal);
  });

  it('keeps a link with positions for all of LITEK compact', () => {
    const d = litek();
    const positions = d.organisations.map(
      (o, i) => [o.id, Math.round(Math.cos(i) * 800), Math.round(Math.sin(i) * 600)] as const,
    );
    const hash = encodeView({ ...full, positions: positions.map((p) => [...p]) }, d.title);
    expect(hash.length).toBeLessThan(3000);
    expect(decodeView(viewParam(hash)!).view?.positions).toHaveLength(d.organisations.length);
  });

  it('reads no view from a hash without one', () => {
    expect(viewParam('')).toBeNull();
    expect(viewParam('#other=1')).toBeNull();
  });

  it.each([
    ['garbage', 'not a view'],
    ['1.', 'empty'],
    ['1.@@@', 'not base64url'],
    ['1.AAAA', 'not deflate'],
    [`1.${Buffer.from('not json').toString('base64url')}`, 'raw bytes'],
    [hashOf([1, 2, 3]), 'an array'],
    [hashOf({ d: 'x' }).slice(0, 6), 'cut off'],
  ])('says a damaged link (%s: %s) could not be restored, without throwing', (encoded) => {
    const decoded = decodeView(encoded);
    expect(decoded.view).toBeNull();
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.problems[0]).toMatch(/could not be restored|default view/);
  });

  it('names a link from a newer format', () => {
    const decoded = decodeView(hashOf({ d: 'x' }, 9));
    expect(decoded.view).toBeNull();
    expect(decoded.problems[0]).toMatch(/newer version.*format 9/);
  });

  it('refuses a tiny link that would inflate to a huge payload', () => {
    const bomb = hashOf({ d: 'x', n: 'a'.repeat(5_000_000) });
    expect(bomb.length).toBeLessThan(20_000);
    expect(decodeView(bomb).view).toBeNull();
  });

  it('leaves out each unreadable field and says which', () => {
    const json = JSON.stringify({
      d: 'LITEK',
      t: 'Kept',
      f: 'not filters',
      s: ['x', 'ekspla'],
      l: 'spiral',
      p: ['a', 1],
      c: [10, 10, 0, 0],
      y: 'soon',
      h: ['litek'],
      m: [null, 'no-such-metric', 'none'],
      e: ['ftmc', 9, 'fade'],
    }).replace(/}$/, ',"__proto__":{"polluted":true}}');
    const decoded = decodeView(hashOf(json));
    expect(decoded.view).toMatchObject({
      title: 'Kept',
      filters: { types: [], kinds: [], countries: [], clusters: [] },
      selection: null,
      layout: 'fcose',
      year: null,
      focus: ['litek'],
    });
    expect(decoded.view?.positions).toBeUndefined();
    expect(decoded.view?.camera).toBeUndefined();
    expect(decoded.problems.join(' ')).toMatch(/filters/);
    expect(decoded.problems.join(' ')).toMatch(/selection/);
    expect(decoded.problems.join(' ')).toMatch(/layout/);
    expect(decoded.problems.join(' ')).toMatch(/positions/);
    expect(decoded.problems.join(' ')).toMatch(/camera/);
    expect(decoded.problems.join(' ')).toMatch(/timeline year/);
    expect(decoded.problems.join(' ')).toMatch(/metric/);
    expect(decoded.problems.join(' ')).toMatch(/ego focus/);
    expect(decoded.view?.analysis).toBeUndefined();
    expect(decoded.view?.ego).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
