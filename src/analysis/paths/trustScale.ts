// The workshop trust scale: a facilitator shows 1-5, the link stores level/5 with trustBasis 'workshop'.
import { AnalysisError } from '../errors';
import type { Dataset } from '../../model/types';

export const TRUST_LEVELS = [1, 2, 3, 4, 5] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

/**
 * Stored trust of a workshop level: level / 5 (1 -> 0.2, 5 -> 1).
 * Throws AnalysisError (code 'bad-option') outside 1..5.
 */
export function levelToTrust(level: number): number {
  if (!Number.isInteger(level) || level < 1 || level > 5) {
    throw new AnalysisError(
      'bad-option',
      `trust level must be a whole number from 1 to 5, got ${level}`,
    );
  }
  return level / 5;
}

/**
 * The 1-5 level shown for a trust value: round(trust * 5), kept within 1..5.
 * Throws AnalysisError (code 'bad-option') outside [0, 1].
 */
export function trustToLevel(trust: number): TrustLevel {
  if (!Number.isFinite(trust) || trust < 0 || trust > 1) {
    throw new AnalysisError('bad-option', `trust must be a number from 0 to 1, got ${trust}`);
  }
  return Math.min(5, Math.max(1, Math.round(trust * 5))) as TrustLevel;
}

/**
 * A new dataset where link `linkId` has trust level/5 and trustBasis 'workshop'; every other
 * link and the input are unchanged. Throws AnalysisError: code 'unknown-link' for an unknown
 * link, 'bad-option' for a bad level.
 */
export function withWorkshopTrust(dataset: Dataset, linkId: string, level: number): Dataset {
  const trust = levelToTrust(level);
  if (!dataset.links.some((l) => l.id === linkId)) {
    throw new AnalysisError('unknown-link', `unknown link "${linkId}"`);
  }
  return {
    ...dataset,
    links: dataset.links.map((l) =>
      l.id === linkId ? { ...l, trust, trustBasis: 'workshop' as const } : l,
    ),
  };
}
