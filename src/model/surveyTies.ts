// Stated ties from a member survey: the attributes a merged survey link carries, read back and symmetrised.
import type { Link } from './types';

/** How the two levels of a pair named by both sides become one trust value. */
export const SYMMETRISE_MODES = ['min', 'mean', 'max'] as const;
export type SymmetriseMode = (typeof SYMMETRISE_MODES)[number];

/** The top of the survey's trust scale: trust = level / TRUST_SCALE_MAX. */
export const TRUST_SCALE_MAX = 5;

/** Attribute names a survey link carries (flat values: the dataset's attributes are scalars). */
export const SURVEY_ATTRS = {
  /** Respondent ids that named the pair, joined by ";". */
  namedBy: 'namedBy',
  /** True when both organisations named each other. */
  reciprocated: 'reciprocated',
  /** Trust level (1-5) the link's source gave about its target. */
  trustBySource: 'trustBySource',
  /** Trust level (1-5) the link's target gave about its source. */
  trustByTarget: 'trustByTarget',
} as const;

/** The levels each side gave, as far as they gave one. */
export interface StatedLevels {
  bySource?: number;
  byTarget?: number;
}

/** True when the link came from a survey merge (it carries namedBy). */
export function isSurveyLink(link: Link): boolean {
  return typeof link.attributes?.[SURVEY_ATTRS.namedBy] === 'string';
}

/** The respondents that named this link. */
export function namedByOf(link: Link): string[] {
  const v = link.attributes?.[SURVEY_ATTRS.namedBy];
  return typeof v === 'string' && v !== '' ? v.split(';') : [];
}

const level = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= TRUST_SCALE_MAX ? v : undefined;

export function statedLevels(link: Link): StatedLevels {
  const out: StatedLevels = {};
  const s = level(link.attributes?.[SURVEY_ATTRS.trustBySource]);
  const t = level(link.attributes?.[SURVEY_ATTRS.trustByTarget]);
  if (s !== undefined) out.bySource = s;
  if (t !== undefined) out.byTarget = t;
  return out;
}

/**
 * Trust in [0, 1] from the stated levels: one level alone gives level / 5; two give their
 * min, mean (the default) or max, / 5. Undefined when no side gave a level.
 */
export function statedTrust(
  levels: StatedLevels,
  mode: SymmetriseMode = 'mean',
): number | undefined {
  const given = [levels.bySource, levels.byTarget].filter((v): v is number => v !== undefined);
  if (given.length === 0) return undefined;
  const combined =
    mode === 'min'
      ? Math.min(...given)
      : mode === 'max'
        ? Math.max(...given)
        : given.reduce((a, b) => a + b, 0) / given.length;
  return combined / TRUST_SCALE_MAX;
}

/** Survey links with their trust recomputed under another symmetrisation; other links as they are. */
export function symmetriseLinks(links: readonly Link[], mode: SymmetriseMode): Link[] {
  return links.map((l) => {
    if (!isSurveyLink(l) || l.trustBasis !== 'stated') return l;
    const trust = statedTrust(statedLevels(l), mode);
    return trust === undefined ? l : { ...l, trust };
  });
}
