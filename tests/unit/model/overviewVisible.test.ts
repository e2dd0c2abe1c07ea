import { describe, expect, it } from 'vitest';
import { aggregate, groupOrganisations } from '../../../src/model/overview';
import { visibleDataset, visibleGrouping } from '../../../src/model/overviewVisible';
import { EMPTY_FILTERS, applyFilters, type Filters } from '../../../src/model/filter';
import { tinyDataset } from '../tinyDataset';

// The tiny dataset by cluster: Cluster = clu, acme, beta (2 memberships inside);
// No cluster = uni, proj. Links across: acme-uni, beta-proj.
const shown = (filters: Partial<Filters>) => {
  const dataset = tinyDataset();
  const visible = applyFilters(dataset, { ...EMPTY_FILTERS, ...filters });
  const grouped = visibleGrouping(groupOrganisations(dataset, 'cluster'), dataset, visible);
  return { grouped, graph: aggregate(visibleDataset(dataset, visible), grouped) };
};
const rows = (g: ReturnType<typeof shown>['grouped']) =>
  g.groups.map((x) => [x.label, x.members, x.internalLinks]);

describe('the overview under filters', () => {
  it('does not count a filtered-out organisation in its group, nor its links', () => {
    const { grouped, graph } = shown({ countries: ['DE'] });
    expect(rows(grouped)).toEqual([
      ['Cluster', ['clu', 'acme'], 1],
      ['No cluster', ['uni', 'proj'], 0],
    ]);
    expect([grouped.organisations, grouped.links]).toEqual([4, 2]);
    expect(grouped.groupOf.has('beta')).toBe(false);
    // Only acme-uni joins the two groups now (beta-proj is hidden with beta).
    expect(graph.links.map((l) => [l.source, l.target, l.weight])).toEqual([
      ['group:clu', 'group:', 1],
    ]);
  });

  it("keeps members in their cluster when the cluster's own organisation is hidden", () => {
    const { grouped } = shown({ types: ['cluster'] });
    expect(rows(grouped)).toEqual([
      ['Cluster', ['acme', 'beta'], 0],
      ['No cluster', ['uni', 'proj'], 0],
    ]);
  });

  it('leaves out a group with no organisation shown, and hidden kinds of link', () => {
    const { grouped, graph } = shown({ types: ['research', 'project'], kinds: ['membership'] });
    expect(rows(grouped)).toEqual([['Cluster', ['clu', 'acme', 'beta'], 0]]);
    expect(grouped.byId.has('group:')).toBe(false);
    expect([grouped.organisations, grouped.links]).toEqual([3, 0]);
    expect(graph.nodes.map((n) => [n.id, n.size])).toEqual([['group:clu', 3]]);
  });
});
