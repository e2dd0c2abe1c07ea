import { describe, expect, it } from 'vitest';
import { nestingDepth, validateDataset } from '../../../src/model/schema';
import { formatProblem } from '../../../src/model/problem';
import { tinyDataset } from '../tinyDataset';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('validateDataset', () => {
  it('accepts a good dataset and fills defaults', () => {
    const raw = clone(tinyDataset()) as unknown as Record<string, unknown>;
    delete raw.defaultTrust;
    const r = validateDataset(raw);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.defaultTrust).toBe(0.5);
  });

  it('defaults direction by kind', () => {
    const raw = clone(tinyDataset());
    raw.links.push({
      id: 'f',
      source: 'uni',
      target: 'acme',
      kind: 'funding',
      sources: [],
    } as never);
    const r = validateDataset(raw);
    expect(r.ok && r.dataset.links.find((l) => l.id === 'f')?.directed).toBe(true);
  });

  it('names the path and field of a shape problem', () => {
    const raw = clone(tinyDataset());
    (raw.links[1] as { trust?: number }).trust = 1.5;
    const r = validateDataset(raw, 'x.json');
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.field).toBe('links[1].trust');
    expect(formatProblem(r.problems[0]!)).toMatch(/^x\.json: links\[1\]\.trust: /);
  });

  it('reports duplicate ids, unknown endpoints and unknown source codes', () => {
    const raw = clone(tinyDataset());
    raw.organisations.push({ ...raw.organisations[0]! });
    raw.links.push({ ...raw.links[0]!, id: 'x', target: 'nowhere', sources: ['NOPE'] });
    const r = validateDataset(raw);
    expect(r.ok).toBe(false);
    const codes = r.problems.map((p) => p.code).sort();
    expect(codes).toEqual(['duplicate-id', 'unknown-endpoint', 'unknown-source']);
  });

  it('keeps a self-link with a warning', () => {
    const raw = clone(tinyDataset());
    raw.links.push({ ...raw.links[0]!, id: 'self', target: 'acme' });
    const r = validateDataset(raw);
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => p.code)).toEqual(['self-link']);
  });

  it('treats __proto__ as a plain id and attribute name without polluting prototypes', () => {
    const text = JSON.stringify(tinyDataset())
      .replace('"id":"uni"', '"id":"__proto__","attributes":{"__proto__":"x","constructor":"y"}')
      .replace('"target":"uni"', '"target":"__proto__"');
    const r = validateDataset(JSON.parse(text));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const org = r.dataset.organisations.find((o) => o.id === '__proto__');
    expect(org).toBeDefined();
    expect(Object.getPrototypeOf(org!.attributes)).toBe(Object.prototype);
    expect(Object.keys(org!.attributes!)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses javascript: addresses and deep nesting', () => {
    const raw = clone(tinyDataset());
    raw.organisations[0]!.url = 'javascript:alert(1)';
    expect(validateDataset(raw).ok).toBe(false);
    let deep: unknown = 1;
    for (let i = 0; i < 20; i++) deep = [deep];
    expect(nestingDepth(deep)).toBeGreaterThan(8);
    const r = validateDataset({ ...tinyDataset(), description: deep });
    expect(r.problems[0]?.code).toBe('too-deep');
  });
});
