import { describe, expect, it } from 'vitest';
import { fold, rankMatches } from '../../../src/model/search';
import { tinyDataset } from '../tinyDataset';

describe('name search', () => {
  const orgs = tinyDataset().organisations;
  it('folds accents and case', () => {
    expect(fold('Šviesos KONVERSIJA')).toBe('sviesos konversija');
  });
  it('ranks prefix matches before inner matches', () => {
    expect(rankMatches(orgs, 'a', 5).map((o) => o.id)[0]).toBe('acme');
    expect(rankMatches(orgs, 'lasers', 5).map((o) => o.id)).toEqual(['acme']);
  });
  it('finds accented labels without accents', () => {
    expect(rankMatches(orgs, 'sviesa', 5).map((o) => o.id)).toEqual(['beta']);
  });
  it('returns nothing for an empty query and respects the limit', () => {
    expect(rankMatches(orgs, '  ', 5)).toEqual([]);
    expect(rankMatches(orgs, 'e', 2)).toHaveLength(2);
  });
});
