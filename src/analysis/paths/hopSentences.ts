// A hop between two organisations as one sentence a person can read aloud: what joins them (a
// link's kind, or a project or event both took part in), the years, sources, grade and the trust.
// Used by the path list (one link per hop) and by the introducers (a link or a shared activity).
import { isActivityType } from '../../model/analysisOptions';
import type { Dataset, Evidence, Link, NodeId } from '../../model/types';
import type { ActorHop } from './actorGraph';
import { formatTrust, labelOf } from './explain';
import { organisationIndex } from './pathGraph';
import type { PathStep, StepTrustSource } from './types';

/** What a link of each kind says, source `s` first and target `t` second; other kinds are "linked". */
export const KIND_PHRASES = {
  membership: (s, t) => `${s} is a member of ${t}`,
  coordination: (s, t) => `${s} coordinates ${t}`,
  'r-and-d': (s, t) => `${s} and ${t} work together on research and development`,
  'value-chain': (s, t) => `${s} supplies ${t}`,
  partnership: (s, t) => `${s} and ${t} are partners`,
  participation: (s, t) => `${s} takes part in ${t}`,
  funding: (s, t) => `${s} funds ${t}`,
  'spin-off': (s, t) => `${t} was spun off from ${s}`,
  governance: (s, t) => `${s} has a governance role in ${t}`,
  policy: (s, t) => `${s} and ${t} are linked by policy`,
  recognition: (s, t) => `${s} recognised ${t}`,
  contact: (s, t) => `${s} and ${t} are in contact`,
  merger: (s, t) => `${s} merged into ${t}`,
  ownership: (s, t) => `${s} owns ${t}`,
} as const satisfies Record<string, (s: string, t: string) => string>;

/** A link of this kind in words, with the names of its source and target. */
export function kindPhrase(kind: string, source: string, target: string): string {
  const k = kind.trim();
  const say = (KIND_PHRASES as Record<string, ((s: string, t: string) => string) | undefined>)[k];
  return say ? say(source, target) : `${source} and ${target} are linked (${k || 'no kind'})`;
}

/** A link in words with the given names for its source and target. */
export const linkPhrase = (link: Link, source: string, target: string): string =>
  kindPhrase(link.kind, source, target);

/** What a sentence says about one link: its years, sources, grade and the trust used for it. */
export interface LinkFacts {
  since?: number;
  until?: number;
  sources: readonly string[];
  evidence?: Evidence;
  trust: number;
  basis: StepTrustSource;
}

/** Where a link's trust came from: its basis, or 'default' when it states none. */
export const trustSourceOf = (link: Link): StepTrustSource =>
  link.trust === undefined ? 'default' : (link.trustBasis ?? 'stated');

/** The facts of a link, its trust being the dataset's default when it states none. */
export function factsOfLink(link: Link, defaultTrust: number): LinkFacts {
  return { ...link, trust: link.trust ?? defaultTrust, basis: trustSourceOf(link) };
}

/** "2019", "2009–2023" (every since/until of the links), or '' when none gives a year. */
export function yearsText(links: readonly LinkFacts[]): string {
  const years = links.flatMap((l) => [l.since, l.until]).filter((y) => y !== undefined);
  if (years.length === 0) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** "source A", "sources A, B" (distinct, in order), "no source". */
export function sourcesWords(links: readonly LinkFacts[]): string {
  const codes = [...new Set(links.flatMap((l) => l.sources))];
  if (codes.length === 0) return 'no source';
  return `${codes.length === 1 ? 'source' : 'sources'} ${codes.join(', ')}`;
}

/** "grade A", "grades A and B", or '' when no link has a grade. */
export function gradeWords(links: readonly LinkFacts[]): string {
  const grades = [...new Set(links.flatMap((l) => (l.evidence ? [l.evidence] : [])))].sort();
  if (grades.length === 0) return '';
  if (grades.length === 1) return `grade ${grades[0]}`;
  return `grades ${grades.slice(0, -1).join(', ')} and ${grades[grades.length - 1]}`;
}

const BASIS_WORD: Readonly<Record<StepTrustSource, string>> = {
  stated: 'stated',
  proxy: 'proxy estimate',
  workshop: 'set in the workshop',
  default: 'default',
};

/**
 * The trust of links taken together (their product) in words: "proxy trust 0.49 = 0.7 × 0.7, an
 * estimate from the public record" when every link carries the documented proxy, "trust 0.8 as
 * stated", "trust 0.8 as set in the workshop", "no trust recorded, so the default 0.5", and for
 * mixed bases each factor named: "trust 0.4 = 0.8 stated × 0.5 proxy estimate".
 */
export function trustWords(links: readonly LinkFacts[]): string {
  const parts = links.map((l) => ({ t: l.trust, basis: l.basis }));
  const product = parts.reduce((p, x) => p * x.t, 1);
  const value = formatTrust(product, 3);
  const bases = [...new Set(parts.map((p) => p.basis))];
  const factors = parts.length > 1 ? ` = ${parts.map((p) => formatTrust(p.t)).join(' × ')}` : '';
  if (bases.length === 1) {
    switch (bases[0]) {
      case 'proxy':
        return `proxy trust ${value}${factors}, an estimate from the public record`;
      case 'workshop':
        return `trust ${value}${factors} as set in the workshop`;
      case 'default':
        return `no trust recorded, so the default ${value}${factors}`;
      default:
        return `trust ${value}${factors} as stated`;
    }
  }
  const named = parts.map((p) => `${formatTrust(p.t)} ${BASIS_WORD[p.basis]}`).join(' × ');
  return `trust ${value} = ${named}`;
}

/** What joins the two, without the details: "A and B worked together on X", "A funds B". */
function joinPhrase(dataset: Dataset, hop: ActorHop, from: NodeId): string {
  const name = (id: NodeId) => labelOf(dataset, id);
  if (hop.activity === null) {
    const l = hop.sides[0]!.link;
    return linkPhrase(l, name(l.source), name(l.target));
  }
  const activity = hop.activity;
  const act = name(activity);
  const [a, b] = hop.sides[0]!.actor === from ? hop.sides : [hop.sides[1]!, hop.sides[0]!];
  const joined = (s: { link: Link }) => s.link.kind.trim() === 'participation';
  if (a && b && joined(a) && joined(b)) {
    const type = organisationType(dataset, activity);
    const verb = type === 'project' ? 'worked together on' : 'both took part in';
    return `${name(a.actor)} and ${name(b.actor)} ${verb} ${act}`;
  }
  // One takes part in the activity, the other is linked to it another way (e.g. supplies it).
  const [part, other] = a && joined(a) ? [a, b!] : [b!, a!];
  const l = other.link;
  const words = (id: NodeId) => (id === activity ? 'it' : name(id));
  return `${name(part.actor)} took part in ${act}, and ${linkPhrase(l, words(l.source), words(l.target))}`;
}

function organisationType(dataset: Dataset, id: NodeId): string {
  return organisationIndex(dataset).get(id)?.type ?? '';
}

/** "<what joins them> (<years>, <sources>, <grade>[, also joined N other ways]; <trust>)." */
function sentence(phrase: string, facts: readonly LinkFacts[], ways: number): string {
  const others = ways - 1;
  const also = others > 0 ? `also joined ${others} other ${others === 1 ? 'way' : 'ways'}` : '';
  const details = [yearsText(facts), sourcesWords(facts), gradeWords(facts), also]
    .filter((x) => x !== '')
    .join(', ');
  return `${phrase} (${details}; ${trustWords(facts)}).`;
}

/**
 * One hop of the actors-only graph travelled from `from` as a sentence, e.g. "Light Conversion and
 * Ekspla worked together on SYLOS project (2019, sources EKS-SYLOS, EIMIN-2019, grade A; proxy
 * trust 0.25 = 0.5 × 0.5, an estimate from the public record)." A project shared by both reads
 * "worked together on", an event "both took part in"; a direct link reads by its kind
 * (KIND_PHRASES). When other links or shared activities join the pair too, the details end with
 * "also joined N other ways".
 */
export function hopSentence(dataset: Dataset, hop: ActorHop, from: NodeId): string {
  const facts = hop.sides.map((s) => factsOfLink(s.link, dataset.defaultTrust));
  return sentence(joinPhrase(dataset, hop, from), facts, hop.ways);
}

/**
 * One step of a path of the dataset's links as a sentence, the link read the right way round by
 * its kind, e.g. "National Energetics is a member of LITEK (sources LITEK-1, LITEK-2; no trust
 * recorded, so the default 0.5)." The trust is the one the step used.
 */
export function explainStep(step: PathStep, dataset: Dataset): string {
  const [s, t] = step.linkSource === step.from ? [step.from, step.to] : [step.to, step.from];
  const phrase = kindPhrase(step.kind, labelOf(dataset, s), labelOf(dataset, t));
  return sentence(phrase, [{ ...step, basis: step.trustSource }], step.parallel);
}

/** True when the organisation is a project or event (never an end of an introduction). */
export const isActivity = (dataset: Dataset, id: NodeId): boolean =>
  isActivityType(organisationType(dataset, id));
