// Trust and cooperation paths: the public API of src/analysis/paths for the worker, the store and the CLI.
export * from './types';
export { DEFAULT_K, findPaths, normaliseQuery, describePath } from './findPaths';
export { diagnose, describeConstraint, activeConstraints } from './diagnose';
export {
  findIntroducers,
  GOOD_PATHS_K,
  GOOD_PATH_MARGIN,
  INTRODUCER_RANKING_NOTE,
  type Introducer,
  type IntroducerResult,
  type IntroHop,
  type IntroPath,
} from './introducers';
export { explainNoIntroducer } from './introDiagnosis';
export {
  buildActorPathGraph,
  actorHop,
  type ActorHop,
  type ActorPathGraph,
  type HopSide,
} from './actorGraph';
export {
  explainStep,
  factsOfLink,
  hopSentence,
  KIND_PHRASES,
  kindPhrase,
  linkPhrase,
  trustWords,
  type LinkFacts,
} from './hopSentences';
export {
  adamicAdarIndex,
  suggestContacts,
  type AdamicAdarScore,
  type ContactSuggestion,
  type SuggestOptions,
} from './suggestContacts';
export { egoNetwork, type EgoNetwork } from './ego';
export {
  TRUST_PROXY_NOTE,
  PROXY_BASE,
  PROXY_LINK_BONUS,
  PROXY_LINK_BONUS_MAX,
  PROXY_YEAR_BONUS,
  PROXY_YEAR_BONUS_MAX,
  PROXY_MIN,
  PROXY_MAX,
  PROXY_EVENT_FACTOR,
  applyTrustProxy,
  hasOwnTrust,
  pairTrustProxy,
  trustProxyByLink,
  type TrustProxy,
} from './trustProxy';
export {
  TRUST_LEVELS,
  levelToTrust,
  trustToLevel,
  withWorkshopTrust,
  type TrustLevel,
} from './trustScale';
export { explainSuggestion, formatTrust, summarisePath, trustPhrase } from './explain';
export {
  buildPathGraph,
  effectiveTrust,
  hopDistances,
  type GraphFilter,
  type PathGraph,
} from './pathGraph';
export { kShortestPaths, type RankedPath } from './yen';
