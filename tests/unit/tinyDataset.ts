// A small hand-made dataset for unit tests: a cluster, two members, a university and a project.
import { DATASET_VERSION, type Dataset } from '../../src/model/types';

export function tinyDataset(): Dataset {
  return {
    format: 'clusterscope',
    version: DATASET_VERSION,
    title: 'Tiny',
    description: '',
    defaultTrust: 0.5,
    sources: [{ code: 'S1', title: 'Source one', url: 'https://example.org/1' }],
    organisations: [
      {
        id: 'clu',
        label: 'Cluster',
        type: 'cluster',
        sectors: ['lasers'],
        country: 'LT',
        sources: ['S1'],
      },
      {
        id: 'acme',
        label: 'Acme Lasers',
        type: 'company',
        sectors: ['lasers'],
        country: 'LT',
        sources: ['S1'],
      },
      {
        id: 'beta',
        label: 'Beta Šviesa',
        type: 'company',
        sectors: ['optics'],
        country: 'DE',
        sources: ['S1'],
      },
      {
        id: 'uni',
        label: 'Uni',
        type: 'research',
        sectors: ['science'],
        country: 'LT',
        sources: ['S1'],
      },
      { id: 'proj', label: 'Project X', type: 'project', sectors: [], sources: ['S1'] },
    ],
    links: [
      {
        id: 'm1',
        source: 'acme',
        target: 'clu',
        kind: 'membership',
        directed: false,
        weight: 1,
        sources: ['S1'],
      },
      {
        id: 'm2',
        source: 'beta',
        target: 'clu',
        kind: 'membership',
        directed: false,
        weight: 1,
        sources: ['S1'],
      },
      {
        id: 'l-uni',
        source: 'acme',
        target: 'uni',
        kind: 'r-and-d',
        directed: false,
        weight: 2,
        sources: ['S1'],
      },
      {
        id: 'p1',
        source: 'beta',
        target: 'proj',
        kind: 'participation',
        directed: false,
        weight: 1,
        sources: ['S1'],
      },
    ],
  };
}
