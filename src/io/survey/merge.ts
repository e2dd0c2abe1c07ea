// Merges survey responses into a dataset: each named pair becomes a stated-trust link; unknown
// partner names go to a review list; a respondent who answered twice keeps the later file.
import { problem, type Problem } from '../../model/problem';
import { validateDataset } from '../../model/schema';
import {
  SURVEY_ATTRS,
  statedTrust,
  type StatedLevels,
  type SymmetriseMode,
} from '../../model/surveyTies';
import type { Attributes, Dataset, Link, Organisation } from '../../model/types';
import type { SurveyAnswer, SurveyResponse } from './answers';
import { foldName } from './fuzzy';
import {
  NEW_PARTNER_TYPE,
  collectReview,
  latestResponses,
  reviewKey,
  type ReviewDecision,
  type ReviewItem,
} from './review';

export { NEW_PARTNER_TYPE, type ReviewDecision, type ReviewItem } from './review';
import { kindRank } from './questions';
import type { RosterEntry } from './roster';

export interface SurveySummary {
  roster: number;
  respondents: number;
  /** respondents / roster, rounded to 3 decimals. */
  responseRate: number;
  /** Distinct organisation pairs named. */
  links: number;
  /** Pairs named by both sides. */
  reciprocated: number;
  /** links - reciprocated. */
  oneSided: number;
}

export interface SurveyMerge {
  /** The dataset with the survey's links (and any new organisations); undefined on an invalid result. */
  dataset?: Dataset;
  summary: SurveySummary;
  respondents: string[];
  nonRespondents: string[];
  review: ReviewItem[];
  /** The links the survey adds, in pair order. */
  links: Link[];
  /** Organisations added for unknown names the person chose to add. */
  added: Organisation[];
  problems: Problem[];
}

export interface MergeOptions {
  symmetrise?: SymmetriseMode;
  /** Decisions by ReviewItem.key; a name without one is added as a new organisation. */
  decisions?: Readonly<Record<string, ReviewDecision>>;
  /** Title of the source the links cite. */
  sourceTitle?: string;
}

function freeId(base: string, taken: Set<string>): string {
  const slug = foldName(base).replace(/ /g, '-').slice(0, 60) || 'partner';
  let id = slug;
  for (let i = 2; taken.has(id); i++) id = `${slug}-${i}`;
  taken.add(id);
  return id;
}

interface Side {
  respondent: string;
  answer: SurveyAnswer;
}

function buildLink(
  id: string,
  a: string,
  b: string,
  sides: Map<string, Side>,
  mode: SymmetriseMode,
  source: string,
): Link {
  const bySource = sides.get(a)?.answer;
  const byTarget = sides.get(b)?.answer;
  const levels: StatedLevels = {};
  if (bySource?.trust !== undefined) levels.bySource = bySource.trust;
  if (byTarget?.trust !== undefined) levels.byTarget = byTarget.trust;
  const kinds = [bySource?.kind, byTarget?.kind].filter((k): k is string => k !== undefined);
  const kind = kinds.sort((x, y) => kindRank(x) - kindRank(y))[0] ?? 'cooperation';
  const weights = [bySource?.weight, byTarget?.weight].filter((w): w is number => w !== undefined);
  const attributes: Attributes = {
    [SURVEY_ATTRS.namedBy]: [...sides.keys()].sort().join(';'),
    [SURVEY_ATTRS.reciprocated]: sides.size === 2,
  };
  if (levels.bySource !== undefined) attributes[SURVEY_ATTRS.trustBySource] = levels.bySource;
  if (levels.byTarget !== undefined) attributes[SURVEY_ATTRS.trustByTarget] = levels.byTarget;
  if (
    bySource?.kind !== undefined &&
    byTarget?.kind !== undefined &&
    bySource.kind !== byTarget.kind
  ) {
    attributes.kindBySource = bySource.kind;
    attributes.kindByTarget = byTarget.kind;
  }
  if (bySource?.comment !== undefined) attributes.commentBySource = bySource.comment;
  if (byTarget?.comment !== undefined) attributes.commentByTarget = byTarget.comment;
  const link: Link = {
    id,
    source: a,
    target: b,
    kind,
    directed: false,
    label: 'Stated in the member survey',
    weight: weights.length > 0 ? weights.reduce((x, y) => x + y, 0) / weights.length : 1,
    sources: [source],
    attributes,
  };
  const trust = statedTrust(levels, mode);
  if (trust !== undefined) {
    link.trust = trust;
    link.trustBasis = 'stated';
  }
  return link;
}

/**
 * Merge responses (in file order) for a roster into the dataset. Pure; the dataset given is
 * not changed. Trust of a pair = the mean (or min or max) of the levels given, / 5.
 */
export function mergeSurvey(
  dataset: Dataset,
  roster: readonly RosterEntry[],
  responses: readonly SurveyResponse[],
  options: MergeOptions = {},
): SurveyMerge {
  const problems: Problem[] = [];
  const mode = options.symmetrise ?? 'mean';
  const latest = latestResponses(responses, problems);
  const review = collectReview(dataset, latest, options.decisions ?? {});
  const known = new Set(dataset.organisations.map((o) => o.id));
  const taken = new Set(known);
  const added: Organisation[] = [];
  const idOfKey = new Map<string, string | null>();
  for (const item of review) {
    const d = item.decision;
    if (d.action === 'match' && known.has(d.id)) idOfKey.set(item.key, d.id);
    else if (d.action === 'skip') idOfKey.set(item.key, null);
    else {
      const id = freeId(item.names[0]!, taken);
      const type = d.action === 'new' && d.type.trim() !== '' ? d.type.trim() : NEW_PARTNER_TYPE;
      added.push({
        id,
        label: item.names[0]!,
        type,
        sectors: [],
        sources: [],
        attributes: { surveyName: item.names.join('; '), addedFromSurvey: true },
      });
      idOfKey.set(item.key, id);
    }
  }
  const pairs = new Map<string, { a: string; b: string; sides: Map<string, Side> }>();
  for (const r of latest)
    for (const answer of r.answers) {
      const partner = answer.partnerId ?? idOfKey.get(reviewKey(answer.partnerName));
      if (partner === undefined || partner === null || partner === r.respondent) continue;
      const [a, b] = r.respondent < partner ? [r.respondent, partner] : [partner, r.respondent];
      const key = JSON.stringify([a, b]);
      const pair = pairs.get(key) ?? { a, b, sides: new Map<string, Side>() };
      pairs.set(key, pair);
      if (pair.sides.has(r.respondent)) {
        problems.push(
          problem(
            'warning',
            'survey-named-twice',
            `${answer.where}: ${r.respondent} named ${partner} twice; the first answer is used`,
            { file: r.file },
          ),
        );
        continue;
      }
      pair.sides.set(r.respondent, { respondent: r.respondent, answer });
    }
  const sourceCodes = new Set(dataset.sources.map((s) => s.code));
  let code = 'SURVEY';
  for (let i = 2; sourceCodes.has(code); i++) code = `SURVEY-${i}`;
  const linkIds = new Set(dataset.links.map((l) => l.id));
  let n = 0;
  const nextId = () => {
    let id: string;
    do id = `${code.toLowerCase()}-${++n}`;
    while (linkIds.has(id));
    return id;
  };
  const links = [...pairs.values()]
    .sort((p, q) => (p.a === q.a ? (p.b < q.b ? -1 : 1) : p.a < q.a ? -1 : 1))
    .map((p) => buildLink(nextId(), p.a, p.b, p.sides, mode, code));
  const respondents = latest.map((r) => r.respondent);
  const answered = new Set(respondents);
  const reciprocated = links.filter(
    (l) => l.attributes?.[SURVEY_ATTRS.reciprocated] === true,
  ).length;
  const summary: SurveySummary = {
    roster: roster.length,
    respondents: respondents.length,
    responseRate:
      roster.length === 0 ? 0 : Math.round((respondents.length / roster.length) * 1000) / 1000,
    links: links.length,
    reciprocated,
    oneSided: links.length - reciprocated,
  };
  const merged: Dataset = {
    ...dataset,
    sources: [
      ...dataset.sources,
      {
        code,
        title:
          options.sourceTitle ??
          `Member survey (${respondents.length} of ${roster.length} answered)`,
      },
    ],
    organisations: [...dataset.organisations, ...added],
    links: [...dataset.links, ...links],
  };
  const valid = validateDataset(merged);
  if (!valid.ok) problems.push(...valid.problems);
  const out: SurveyMerge = {
    summary,
    respondents,
    nonRespondents: roster.filter((r) => !answered.has(r.id)).map((r) => r.id),
    review,
    links,
    added,
    problems,
  };
  if (valid.ok) out.dataset = valid.dataset;
  return out;
}
