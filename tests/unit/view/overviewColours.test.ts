// A group keeps its colour in the overview when a filter hides another group: colours are ranked
// in the whole network, not among the groups left shown.
import { describe, expect, it } from 'vitest';
import { aggregate, groupOrganisations } from '../../../src/model/overview';
import { visibleDataset, visibleGrouping } from '../../../src/model/overviewVisible';
import { EMPTY_FILTERS, applyFilters } from '../../../src/model/filter';
import { groupColour, overviewElements } from '../../../src/view/graph/overviewElements';
import { tinyDataset } from '../tinyDataset';

/** Each group disc's colour by its name. */
function colours(hiddenCountries: string[]): Map<string, string> {
  const dataset = tinyDataset();
  const all = groupOrganisations(dataset, 'country');
  const visible = applyFilters(dataset, { ...EMPTY_FILTERS, countries: hiddenCountries });
  const grouped = hiddenCountries.length === 0 ? all : visibleGrouping(all, dataset, visible);
  const graph = aggregate(visibleDataset(dataset, visible), grouped);
  const out = new Map<string, string>();
  for (const e of overviewElements(graph, grouped, new Map()))
    if (e.data['kind'] === 'group') out.set(String(e.data['name']), String(e.data['colour']));
  return out;
}

describe('overview colours under filters', () => {
  it('keeps each shown group in the colour it has unfiltered', () => {
    // By country: LT (clu, acme, uni) ranks first, DE (beta) second.
    const whole = colours([]);
    expect(whole.get('LT')).toBe(groupColour(0));
    expect(whole.get('DE')).toBe(groupColour(1));
    // Hiding LT's organisations hides its group; DE keeps the second colour (it took the first
    // before).
    const onlyDe = colours(['LT']);
    expect([...onlyDe.keys()]).not.toContain('LT');
    expect(onlyDe.get('DE')).toBe(groupColour(1));
  });
});
