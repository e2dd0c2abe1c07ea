// Small builders for hand-made datasets used by the path tests.
import type { Dataset, Link, Organisation } from '../../../src/model/types';

export type OrgSpec = Partial<Organisation> & { id: string };
export type LinkSpec = Partial<Link> & { source: string; target: string };

/** An organisation with sensible defaults (label = id, type company, no sectors). */
export function org(spec: OrgSpec): Organisation {
  return { label: spec.id, type: 'company', sectors: [], sources: [], ...spec };
}

/** A dataset of the given organisations and links; links get ids l0, l1, ... unless given. */
export function dataset(
  orgs: ReadonlyArray<OrgSpec | string>,
  links: readonly LinkSpec[],
  extra: Partial<Dataset> = {},
): Dataset {
  return {
    format: 'clusterscope',
    version: 1,
    title: 'test',
    description: '',
    defaultTrust: 0.5,
    sources: [],
    organisations: orgs.map((o) => org(typeof o === 'string' ? { id: o } : o)),
    links: links.map((l, i) => ({
      id: `l${i}`,
      kind: 'partnership',
      directed: false,
      weight: 1,
      sources: [],
      ...l,
    })),
    ...extra,
  };
}

/** Undirected links with trust from [source, target, trust] triples. */
export function trusted(
  edges: ReadonlyArray<readonly [string, string, number | undefined]>,
): LinkSpec[] {
  return edges.map(([source, target, trust]) =>
    trust === undefined ? { source, target } : { source, target, trust },
  );
}
