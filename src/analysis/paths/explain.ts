// Paths and suggestions in plain language; always says when trust is a proxy or a default.
import type { Dataset, NodeId } from '../../model/types';
import { organisationIndex } from './pathGraph';
import type { CooperationPath, StepTrustSource } from './types';

/** A trust value as shown: at most `digits` decimals, no trailing zeros ("0.8", "0.48"). */
export function formatTrust(trust: number, digits = 2): string {
  const f = 10 ** digits;
  return String(Math.round(trust * f) / f);
}

/** The label of an organisation, or its id when unknown. */
export function labelOf(dataset: Dataset, id: NodeId): string {
  return organisationIndex(dataset).get(id)?.label ?? id;
}

/** Items joined by commas, as in the examples of the issue ("FTMC, Ekspla, LITEK"). */
function list(items: readonly string[]): string {
  return items.join(', ');
}

/**
 * A trust value with where it came from: "trust 0.48", "trust 0.48 (proxy)",
 * "trust 0.4 (proxy, default)" when some of the hops behind it are proxies or defaults.
 */
export function trustPhrase(
  trust: number,
  sources: readonly StepTrustSource[],
  digits = 3,
): string {
  const notes: string[] = [];
  if (sources.includes('proxy')) notes.push('proxy');
  if (sources.includes('workshop')) notes.push('workshop');
  if (sources.includes('default')) notes.push('default');
  return `trust ${formatTrust(trust, digits)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

/**
 * A path in one line: "Ekspla -> FTMC -> LITEK: 2 hops, trust 0.4 (default); 1 hop uses the
 * default trust 0.5".
 */
export function summarisePath(path: CooperationPath, dataset: Dataset): string {
  const names = path.nodes.map((id) => labelOf(dataset, id)).join(' -> ');
  const hops = `${path.hops} ${path.hops === 1 ? 'hop' : 'hops'}`;
  const trust = trustPhrase(
    path.trust,
    path.steps.map((s) => s.trustSource),
  );
  const d = path.defaultTrustSteps.length;
  const note =
    d === 0
      ? ''
      : `; ${d} ${d === 1 ? 'hop uses' : 'hops use'} the default trust ${formatTrust(dataset.defaultTrust)}`;
  return `${names}: ${hops}, ${trust}${note}`;
}

/**
 * Why a contact is suggested: "3 shared partners: FTMC, Ekspla, LITEK; different sector:
 * engineering" (or "same sector: lasers"; nothing about sectors when either side has none).
 */
export function explainSuggestion(
  sharedLabels: readonly string[],
  sector: { candidate?: string; same: boolean } | null,
): string {
  const n = sharedLabels.length;
  const shared = `${n} shared ${n === 1 ? 'partner' : 'partners'}: ${list(sharedLabels)}`;
  if (!sector || sector.candidate === undefined) return shared;
  return `${shared}; ${sector.same ? 'same' : 'different'} sector: ${sector.candidate}`;
}
