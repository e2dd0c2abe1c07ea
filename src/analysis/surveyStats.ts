// A survey's own analysis: response rate, reciprocity, the trust levels given, and the one-sided
// ties that involve organisations who did not answer (they bias centralities).
import {
  SURVEY_ATTRS,
  TRUST_SCALE_MAX,
  isSurveyLink,
  namedByOf,
  statedLevels,
} from '../model/surveyTies';
import type { Link, NodeId } from '../model/types';

export interface OneSidedTie {
  linkId: string;
  /** Who named the tie. */
  namedBy: NodeId;
  /** Who did not name it back. */
  other: NodeId;
  /** True when the other side did not answer the survey at all (it could not name the tie). */
  otherDidNotAnswer: boolean;
}

export interface SurveyStats {
  roster: number;
  respondents: number;
  /** respondents / roster (0 for an empty roster). */
  responseRate: number;
  links: number;
  reciprocated: number;
  /**
   * Reciprocated / pairs where both sides answered the survey (the ties that could be
   * reciprocated); null when there is none.
   */
  reciprocityRate: number | null;
  /** How many times each level 1-5 was given (index 0 = level 1). */
  trustLevels: number[];
  /** Mean level given, null without any. */
  meanLevel: number | null;
  oneSided: OneSidedTie[];
  /** One-sided ties whose other side did not answer. */
  oneSidedWithNonRespondents: number;
  /** Plain-language warnings for the person (empty when none applies). */
  notes: string[];
}

/**
 * Figures of a survey from its merged links (those carrying namedBy), its roster and who
 * answered. Reciprocity counts only pairs of two respondents, since a non-respondent could
 * not have named anyone.
 */
export function analyseSurvey(
  links: readonly Link[],
  roster: readonly NodeId[],
  respondents: readonly NodeId[],
): SurveyStats {
  const answered = new Set(respondents);
  const survey = links.filter(isSurveyLink);
  const trustLevels = new Array<number>(TRUST_SCALE_MAX).fill(0);
  let reciprocated = 0;
  let bothAnswered = 0;
  const oneSided: OneSidedTie[] = [];
  for (const l of survey) {
    const levels = statedLevels(l);
    for (const v of [levels.bySource, levels.byTarget]) if (v !== undefined) trustLevels[v - 1]!++;
    const mutual = l.attributes?.[SURVEY_ATTRS.reciprocated] === true;
    if (answered.has(l.source) && answered.has(l.target)) bothAnswered++;
    if (mutual) {
      reciprocated++;
      continue;
    }
    const [namer] = namedByOf(l);
    if (namer === undefined) continue;
    const other = namer === l.source ? l.target : l.source;
    oneSided.push({ linkId: l.id, namedBy: namer, other, otherDidNotAnswer: !answered.has(other) });
  }
  const given = trustLevels.reduce((a, b) => a + b, 0);
  const sum = trustLevels.reduce((a, n, i) => a + n * (i + 1), 0);
  const withSilent = oneSided.filter((t) => t.otherDidNotAnswer).length;
  const notes: string[] = [];
  if (withSilent > 0)
    notes.push(
      `${withSilent} of ${oneSided.length} one-sided ties involve organisations that did not answer: they appear only through others' answers, so their degree and centralities are underestimated and the respondents' overestimated.`,
    );
  const missing = roster.length - respondents.length;
  if (missing > 0)
    notes.push(`${missing} of ${roster.length} organisations on the roster did not answer.`);
  return {
    roster: roster.length,
    respondents: respondents.length,
    responseRate: roster.length === 0 ? 0 : respondents.length / roster.length,
    links: survey.length,
    reciprocated,
    reciprocityRate: bothAnswered === 0 ? null : reciprocated / bothAnswered,
    trustLevels,
    meanLevel: given === 0 ? null : sum / given,
    oneSided,
    oneSidedWithNonRespondents: withSilent,
    notes,
  };
}
