// The trust proxy: a documented trust estimate from public evidence, for data whose sources state no trust.
import { AnalysisError } from '../errors';
import { isYear, YEAR_RANGE_TEXT } from '../../model/fields';
import type { Dataset, Evidence, Link, NodeId } from '../../model/types';

/** Base trust by the best evidence grade among a pair's links ('none': no link has a grade). */
export const PROXY_BASE: Readonly<Record<Evidence | 'none', number>> = {
  A: 0.5,
  B: 0.4,
  C: 0.25,
  none: 0.2,
};
/** Added for each distinct sourced link between the pair beyond the first, up to PROXY_LINK_BONUS_MAX. */
export const PROXY_LINK_BONUS = 0.1;
export const PROXY_LINK_BONUS_MAX = 0.3;
/** Added for every two full years the relationship has run, up to PROXY_YEAR_BONUS_MAX. */
export const PROXY_YEAR_BONUS = 0.05;
export const PROXY_YEAR_BONUS_MAX = 0.2;
/** A proxy never claims less than PROXY_MIN nor more than PROXY_MAX (public records cannot prove full trust). */
export const PROXY_MIN = 0.1;
export const PROXY_MAX = 0.9;
/**
 * A pair where one side is an event (a conference, a visit, a fair) takes this share of the base
 * and no years: being at the same meeting is one occasion, weaker evidence of trust than working
 * together, and a dated event is not a relationship that runs on to the reference year. Without
 * it, every one-off event attended years ago scored as high as a long membership (0.7).
 * Projects keep the full table: a joint project is real cooperation, and a path through a
 * project already multiplies two links' trust.
 */
export const PROXY_EVENT_FACTOR = 0.5;

/** The proxy in words, for the dataset's trustNote and wherever the UI shows a proxy value. */
export const TRUST_PROXY_NOTE =
  "Trust marked 'proxy' is not a stated score: it is estimated from the public evidence about each " +
  'pair of organisations. Base by the best evidence grade of their links (A 0.5, B 0.4, C 0.25, ' +
  'none 0.2); plus 0.1 for each further distinct sourced link between the two (at most +0.3); plus ' +
  '0.05 for every two full years the sources evidence the relationship, from the earliest to the ' +
  "latest year any of their links states as 'since' or 'until' (at most +0.2): only evidenced " +
  "years count, a link with 'until' stops there, nothing runs on to today, and a one-off fact (a " +
  'grant, a delivery, an award) or a membership known for one year only adds no years; kept ' +
  'within 0.1 to 0.9 and rounded to 0.05. Links to an event (a one-off meeting) count half the ' +
  'base and no years.';

/** The proxy of one pair and how it was reached. */
export interface TrustProxy {
  trust: number;
  /** Best evidence grade among the pair's links, null when none has one. */
  grade: Evidence | null;
  /** Distinct links between the pair that cite at least one source. */
  sourcedLinks: number;
  /** Full years between the earliest and latest year the links evidence (0 with one or none). */
  years: number;
  base: number;
  linkBonus: number;
  yearBonus: number;
  /** True when one side of the pair is an event (half base, no years). */
  event: boolean;
}

const GRADE_ORDER: readonly Evidence[] = ['A', 'B', 'C'];

function checkYear(referenceYear: number): void {
  if (!isYear(referenceYear)) {
    throw new AnalysisError(
      'bad-option',
      `reference year must be a whole year ${YEAR_RANGE_TEXT}, got ${referenceYear}`,
    );
  }
}

/**
 * The trust proxy of one pair from all the links between the two (any kind, either direction):
 * clamp(PROXY_BASE[best grade] + min(0.3, 0.1 * (sourced links - 1)) + min(0.2, 0.05 *
 * floor(years / 2)), 0.1, 0.9) rounded to 0.05, where years runs from the earliest to the latest
 * year the links evidence (every `since` and `until`; a link with `since` only is evidenced in that
 * year alone, so it never runs on to today; nothing counts past `referenceYear`).
 * With `event` (one side is an event) the base is multiplied by PROXY_EVENT_FACTOR and years is 0.
 */
export function pairTrustProxy(
  links: readonly Link[],
  referenceYear: number,
  options: { event?: boolean } = {},
): TrustProxy {
  checkYear(referenceYear);
  const event = options.event ?? false;
  const grades = new Set(links.map((l) => l.evidence));
  const grade = GRADE_ORDER.find((g) => grades.has(g)) ?? null;
  const base = PROXY_BASE[grade ?? 'none'] * (event ? PROXY_EVENT_FACTOR : 1);
  const sourcedLinks = new Set(links.filter((l) => l.sources.length > 0).map((l) => l.id)).size;
  const linkBonus = Math.min(
    PROXY_LINK_BONUS_MAX,
    PROXY_LINK_BONUS * Math.max(0, sourcedLinks - 1),
  );
  const evidenced = links
    .flatMap((l) => [l.since, l.until])
    .filter((y): y is number => y !== undefined && y <= referenceYear);
  const years =
    event || evidenced.length === 0 ? 0 : Math.max(...evidenced) - Math.min(...evidenced);
  const yearBonus = Math.min(PROXY_YEAR_BONUS_MAX, PROXY_YEAR_BONUS * Math.floor(years / 2));
  const raw = Math.min(PROXY_MAX, Math.max(PROXY_MIN, base + linkBonus + yearBonus));
  const trust = Math.round(raw * 20) / 20;
  return { trust, grade, sourcedLinks, years, base, linkBonus, yearBonus, event };
}

const pairKey = (l: Link): string =>
  l.source < l.target ? `${l.source}\u0000${l.target}` : `${l.target}\u0000${l.source}`;

/** The proxy of every link's pair, by link id (see pairTrustProxy; a pair with an event side is `event`). */
export function trustProxyByLink(dataset: Dataset, referenceYear: number): Map<string, TrustProxy> {
  const events = new Set<NodeId>(
    dataset.organisations.filter((o) => o.type === 'event').map((o) => o.id),
  );
  const byPair = new Map<string, Link[]>();
  for (const l of dataset.links) {
    const key = pairKey(l);
    const list = byPair.get(key);
    if (list) list.push(l);
    else byPair.set(key, [l]);
  }
  const out = new Map<string, TrustProxy>();
  for (const links of byPair.values()) {
    const first = links[0];
    const event = first !== undefined && (events.has(first.source) || events.has(first.target));
    const proxy = pairTrustProxy(links, referenceYear, { event });
    for (const l of links) out.set(l.id, proxy);
  }
  return out;
}

/** True when a link's trust was stated or set in a workshop, so the proxy must leave it alone. */
export function hasOwnTrust(link: Link): boolean {
  return link.trust !== undefined && link.trustBasis !== 'proxy';
}

/**
 * A new dataset where every link without its own trust (no trust, or an earlier proxy) gets
 * its pair's proxy with trustBasis 'proxy'; links with stated or workshop trust are untouched.
 * trustNote gets TRUST_PROXY_NOTE and the reference year (an earlier proxy note is replaced).
 * Running it twice with the same year gives the same dataset.
 */
export function applyTrustProxy(dataset: Dataset, referenceYear: number): Dataset {
  const proxies = trustProxyByLink(dataset, referenceYear);
  const links = dataset.links.map((l): Link => {
    if (hasOwnTrust(l)) return l;
    const proxy = proxies.get(l.id);
    return proxy ? { ...l, trust: proxy.trust, trustBasis: 'proxy' } : l;
  });
  const previous = dataset.trustNote ?? '';
  const at = previous.indexOf(TRUST_PROXY_NOTE);
  const kept = (at >= 0 ? previous.slice(0, at) : previous).trim();
  const note = `${TRUST_PROXY_NOTE} Reference year: ${referenceYear}.`;
  return { ...dataset, links, trustNote: kept === '' ? note : `${kept} ${note}` };
}
