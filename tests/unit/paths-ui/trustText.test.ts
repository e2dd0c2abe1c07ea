// Trust as the panels show it: "0.60 (proxy)", path products, the default, and the tooltips.
import { describe, expect, it } from 'vitest';
import {
  basisNote,
  defaultNote,
  productTrustNumber,
  trustText,
  trustTitle,
} from '../../../src/view/panels/paths/trustText';
import { TRUST_PROXY_NOTE } from '../../../src/state/pathSelectors';

const ctx = { trustNote: undefined, proxyNote: TRUST_PROXY_NOTE, defaultTrust: 0.5 };

describe('trust text', () => {
  it('shows a link with two decimals and names a proxy, a workshop value and the default', () => {
    expect(trustText(0.6, ['proxy'])).toBe('0.60 (proxy)');
    expect(trustText(0.8, ['workshop'])).toBe('0.80 (workshop)');
    expect(trustText(0.5, ['default'])).toBe('0.50 (default)');
    expect(trustText(0.9, ['stated'])).toBe('0.90');
  });

  it('shows a path product, with small products kept readable', () => {
    expect(trustText(0.2401, ['proxy', 'proxy', 'workshop'], true)).toBe('0.24 (proxy, workshop)');
    expect(productTrustNumber(0.030625)).toBe('0.031');
    expect(productTrustNumber(0)).toBe('0.00');
    expect(basisNote(['default', 'proxy', 'stated'])).toBe('proxy, default');
  });

  it('explains each note in the tooltip, preferring the dataset’s own trust note', () => {
    expect(trustTitle(['proxy'], ctx)).toBe(TRUST_PROXY_NOTE);
    expect(trustTitle(['proxy'], { ...ctx, trustNote: 'Our note.' })).toBe('Our note.');
    expect(trustTitle(['default'], ctx)).toContain("dataset's default trust 0.5");
    expect(trustTitle(['workshop'], ctx)).toContain('1–5 scale');
    expect(trustTitle(['stated'], ctx)).toBe('Trust stated in the data.');
    expect(trustTitle(['stated'], ctx, true)).toBe(
      'The product of the trust of every link on the path. Trust stated in the data.',
    );
  });

  it('counts the links that use the default', () => {
    expect(defaultNote(0, 0.5)).toBe('');
    expect(defaultNote(1, 0.5)).toBe('1 link uses the default 0.5');
    expect(defaultNote(2, 0.5)).toBe('2 links use the default 0.5');
  });
});
