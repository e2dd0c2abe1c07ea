// A tiny dataset builder for tests: organisations and links with sensible defaults.
import type { Dataset, Link, Organisation } from '../../../src/model/types';

type OrgSpec = Partial<Organisation> & { id: string };
type LinkSpec = Partial<Link> & { source: string; target: string };

export function dataset(orgs: OrgSpec[], links: LinkSpec[], defaultTrust = 0.5): Dataset {
  return {
    format: 'clusterscope',
    version: 1,
    title: 'test',
    description: '',
    defaultTrust,
    sources: [],
    organisations: orgs.map((o) => ({
      label: o.id.toUpperCase(),
      type: 'company',
      sectors: [],
      sources: [],
      ...o,
    })),
    links: links.map((l, i) => ({
      id: `l${i}`,
      kind: 'partnership',
      directed: false,
      weight: 1,
      sources: [],
      ...l,
    })),
  };
}
