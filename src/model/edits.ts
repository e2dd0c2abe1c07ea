// Edits to a dataset: each returns a new dataset (never mutates) or the problems that block it.
import { validateDataset } from './schema';
import { problem, type Problem } from './problem';
import type { Dataset, Link, Organisation } from './types';

export type EditResult =
  { ok: true; dataset: Dataset; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Re-validate the whole dataset after an edit, so an edit obeys the same rules as an import. */
function validated(next: Dataset): EditResult {
  const result = validateDataset(next);
  if (!result.ok) return result;
  return { ok: true, dataset: result.dataset, problems: result.problems };
}

export function addOrganisation(d: Dataset, org: Organisation): EditResult {
  if (d.organisations.some((o) => o.id === org.id)) {
    return fail('duplicate-id', `an organisation with id "${org.id}" already exists`, 'id', org.id);
  }
  return validated({ ...d, organisations: [...d.organisations, org] });
}

/** Replace an organisation; renaming its id carries its links along. */
export function updateOrganisation(d: Dataset, id: string, org: Organisation): EditResult {
  const index = d.organisations.findIndex((o) => o.id === id);
  if (index < 0) return fail('unknown-id', `no organisation "${id}"`, 'id', id);
  if (org.id !== id && d.organisations.some((o) => o.id === org.id)) {
    return fail('duplicate-id', `an organisation with id "${org.id}" already exists`, 'id', org.id);
  }
  const organisations = d.organisations.map((o, i) => (i === index ? org : o));
  const links =
    org.id === id
      ? d.links
      : d.links.map((l) => ({
          ...l,
          source: l.source === id ? org.id : l.source,
          target: l.target === id ? org.id : l.target,
        }));
  return validated({ ...d, organisations, links });
}

/** Delete an organisation and every link that touches it. */
export function deleteOrganisation(d: Dataset, id: string): EditResult {
  if (!d.organisations.some((o) => o.id === id))
    return fail('unknown-id', `no organisation "${id}"`, 'id', id);
  return validated({
    ...d,
    organisations: d.organisations.filter((o) => o.id !== id),
    links: d.links.filter((l) => l.source !== id && l.target !== id),
  });
}

export function addLink(d: Dataset, link: Link): EditResult {
  if (d.links.some((l) => l.id === link.id)) {
    return fail('duplicate-id', `a link with id "${link.id}" already exists`, 'id', link.id);
  }
  return validated({ ...d, links: [...d.links, link] });
}

export function updateLink(d: Dataset, id: string, link: Link): EditResult {
  const index = d.links.findIndex((l) => l.id === id);
  if (index < 0) return fail('unknown-id', `no link "${id}"`, 'id', id);
  if (link.id !== id && d.links.some((l) => l.id === link.id)) {
    return fail('duplicate-id', `a link with id "${link.id}" already exists`, 'id', link.id);
  }
  return validated({ ...d, links: d.links.map((l, i) => (i === index ? link : l)) });
}

export function deleteLink(d: Dataset, id: string): EditResult {
  if (!d.links.some((l) => l.id === id)) return fail('unknown-id', `no link "${id}"`, 'id', id);
  return validated({ ...d, links: d.links.filter((l) => l.id !== id) });
}

/** Give the network a new title (trimmed, 1 to 500 characters). */
export function retitleDataset(d: Dataset, title: string): EditResult {
  const t = title.trim();
  if (t === '') return fail('empty-title', 'enter a title', 'title', title);
  if (t.length > 500) return fail('bad-title', 'a title has at most 500 characters', 'title', t);
  return validated({ ...d, title: t });
}

/** A fresh id not used by any link: "L1", "L2", … */
export function nextLinkId(d: Dataset): string {
  const used = new Set(d.links.map((l) => l.id));
  let n = d.links.length + 1;
  while (used.has(`L${n}`)) n++;
  return `L${n}`;
}

/** A fresh organisation id from a label: "acme-lasers", "acme-lasers-2", … */
export function idFromLabel(d: Dataset, label: string): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'organisation';
  const used = new Set(d.organisations.map((o) => o.id));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

function fail(code: string, message: string, field: string, value: string): EditResult {
  return { ok: false, problems: [problem('error', code, message, { field, value })] };
}
