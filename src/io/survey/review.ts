// The review list of a survey merge: partner names not in the dataset, with their closest matches,
// and the rule that the later file of a respondent who answered twice wins.
import { problem, type Problem } from '../../model/problem';
import type { Dataset } from '../../model/types';
import type { SurveyResponse } from './answers';
import { foldName, suggestMatches, type Suggestion } from './fuzzy';

/** What the person decided for an unknown partner name. */
export type ReviewDecision =
  { action: 'match'; id: string } | { action: 'new'; type: string } | { action: 'skip' };

/** Type given to an organisation added from an unknown partner name, unless the person picks one. */
export const NEW_PARTNER_TYPE = 'unclassified';

export interface ReviewItem {
  /** The folded name all spellings share; decisions are keyed by it. */
  key: string;
  /** The spellings as written. */
  names: string[];
  /** Respondents that wrote it. */
  namedBy: string[];
  /** Where it was written ("reply.xlsx Response!A21"). */
  where: string[];
  suggestions: Suggestion[];
  decision: ReviewDecision;
}

/** The key all spellings of a name share (folded). */
export const reviewKey = (name: string) => foldName(name) || name.trim().toLowerCase();

/** The responses that count: per respondent, the last one given (files in the order given). */
export function latestResponses(
  responses: readonly SurveyResponse[],
  problems: Problem[],
): SurveyResponse[] {
  const byRespondent = new Map<string, SurveyResponse>();
  for (const r of responses) {
    const earlier = byRespondent.get(r.respondent);
    if (earlier)
      problems.push(
        problem(
          'warning',
          'survey-answered-twice',
          `${r.respondent} answered twice (${earlier.file} and ${r.file}); the later file, ${r.file}, is used`,
          { file: r.file, value: r.respondent },
        ),
      );
    byRespondent.set(r.respondent, r);
  }
  return [...byRespondent.values()];
}

/** Every partner name that is not an organisation of the dataset, with suggestions. */
export function collectReview(
  dataset: Dataset,
  responses: readonly SurveyResponse[],
  decisions: Readonly<Record<string, ReviewDecision>>,
): ReviewItem[] {
  const items = new Map<string, ReviewItem>();
  for (const r of responses)
    for (const a of r.answers) {
      if (a.partnerId !== undefined) continue;
      const key = reviewKey(a.partnerName);
      let item = items.get(key);
      if (!item) {
        const decision = Object.hasOwn(decisions, key)
          ? decisions[key]!
          : { action: 'new' as const, type: NEW_PARTNER_TYPE };
        item = {
          key,
          names: [],
          namedBy: [],
          where: [],
          suggestions: suggestMatches(a.partnerName, dataset.organisations),
          decision,
        };
        items.set(key, item);
      }
      if (!item.names.includes(a.partnerName)) item.names.push(a.partnerName);
      if (!item.namedBy.includes(r.respondent)) item.namedBy.push(r.respondent);
      item.where.push(a.where);
    }
  return [...items.values()];
}
