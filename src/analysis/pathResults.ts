// Everything the Paths tab shows for one query, in one call: the best paths, who can introduce
// the two, and suggested contacts. Pure; the paths worker runs it off the page.
import type { Dataset } from '../model/types';
import {
  findIntroducers,
  findPaths,
  suggestContacts,
  type ContactSuggestion,
  type IntroducerResult,
  type PathConstraints,
  type PathSearchResult,
  type Ranking,
} from './paths';

/** Most introducers and suggested contacts listed. */
export const INTRODUCER_LIMIT = 5;
export const SUGGESTION_LIMIT = 8;

/** A path query in the core's terms (neutral constraints left out). */
export interface PathRequest {
  from: string | null;
  to: string | null;
  by: Ranking;
  k: number;
  constraints: PathConstraints;
  /** Link kinds allowed for suggestions; null: every kind. */
  kinds: string[] | null;
  /** Suggested contacts favour other sectors. */
  crossSector: boolean;
}

/** What one run of the path finder gives for a query. */
export interface PathResults {
  /** Paths from `from` to `to`; null while `to` is not chosen. */
  search: PathSearchResult | null;
  /** Who can introduce `from` to `to`; null while `to` is not chosen. */
  introducers: IntroducerResult | null;
  /** Organisations `from` is not linked to yet, best first. */
  suggestions: ContactSuggestion[];
}

/**
 * Paths, introducers and suggested contacts for a request. Throws the core's errors (unknown
 * organisation, bad option).
 */
export function computePathResults(dataset: Dataset, request: PathRequest): PathResults {
  const { from, to, constraints } = request;
  if (from === null) return { search: null, introducers: null, suggestions: [] };
  const withTo = to !== null;
  return {
    search: withTo
      ? findPaths(dataset, { from, to, by: request.by, k: request.k, constraints })
      : null,
    introducers:
      withTo && to !== from
        ? findIntroducers(dataset, from, to, { constraints, limit: INTRODUCER_LIMIT })
        : null,
    suggestions: suggestContacts(dataset, from, {
      crossSector: request.crossSector,
      limit: SUGGESTION_LIMIT,
      ...(request.kinds !== null ? { kinds: request.kinds } : {}),
    }),
  };
}
