// Trust in words for the panels: the value, where it came from ("0.60 (proxy)"), and the tooltip
// that explains a proxy, a workshop level or the dataset's default. Pure, so tests can call it.
import type { StepTrustSource } from '../../../state/pathSelectors';

/** Bases named after a value, in a fixed order; a stated trust needs no note. */
const NOTED: readonly StepTrustSource[] = ['proxy', 'workshop', 'default'];

/** A single link's trust: two decimals, as the issue shows it ("0.60"). */
export const linkTrustNumber = (trust: number): string => trust.toFixed(2);

/** A product of trust values: two decimals, or two significant digits below 0.1 ("0.031"). */
export const productTrustNumber = (trust: number): string =>
  trust >= 0.1 || trust === 0 ? trust.toFixed(2) : trust.toPrecision(2);

/** The notes to show after a value: "proxy", "proxy, default", or "" for stated trust. */
export function basisNote(bases: readonly StepTrustSource[]): string {
  return NOTED.filter((b) => bases.includes(b)).join(', ');
}

/** "0.60 (proxy)", "0.24 (proxy, default)", "0.90". */
export function trustText(
  trust: number,
  bases: readonly StepTrustSource[],
  product = false,
): string {
  const n = product ? productTrustNumber(trust) : linkTrustNumber(trust);
  const note = basisNote(bases);
  return note === '' ? n : `${n} (${note})`;
}

export interface TrustContext {
  /** The dataset's explanation of its trust values (the proxy's formula), if any. */
  trustNote: string | undefined;
  /** The note used when the dataset has none. */
  proxyNote: string;
  defaultTrust: number;
}

/** The tooltip for a value with these bases: what a proxy, a workshop level and the default are. */
export function trustTitle(
  bases: readonly StepTrustSource[],
  ctx: TrustContext,
  product = false,
): string {
  const parts: string[] = [];
  if (product) parts.push('The product of the trust of every link on the path.');
  if (bases.includes('proxy')) parts.push(ctx.trustNote ?? ctx.proxyNote);
  if (bases.includes('workshop'))
    parts.push("'workshop': set by a facilitator on the 1–5 scale, stored as level / 5.");
  if (bases.includes('default'))
    parts.push(
      `'default': no trust is recorded for the link, so the dataset's default trust ${ctx.defaultTrust} is used.`,
    );
  if (bases.includes('stated') && parts.length === (product ? 1 : 0))
    parts.push('Trust stated in the data.');
  return parts.join(' ');
}

/** "2 links use the default 0.5" (empty when none does). */
export function defaultNote(count: number, defaultTrust: number): string {
  if (count === 0) return '';
  return `${count} ${count === 1 ? 'link uses' : 'links use'} the default ${defaultTrust}`;
}
