// Rows to a Dataset, shared by CSV, XLSX, GEXF and GraphML: ids, endpoints, clusters, sources, checks.
import { DATASET_FORMAT, DATASET_VERSION, DEFAULT_TRUST, DIRECTED_KINDS } from '../../model/types';
import type { Dataset, Link, Organisation, Source } from '../../model/types';
import { unlimited, type Budget } from '../budget';
import type { ProblemList, Where } from '../problemList';
import { DEFAULT_ORG_TYPE, type LinkField, type OrgField } from '../values/vocabulary';
import { checkAssembled } from './backstop';
import { CellReader } from './cells';
import { readLink, readOrganisation, type LinkDraft } from './fields';
import { placeOf, quote, whereOf, type AssembleInput, type RawRow, type RawTable } from './records';

export interface Assembled {
  /** The dataset as read; use it only when the problems hold no error. */
  dataset: Dataset;
}

const lineWord = (table: RawTable<string>): string => (table.sheet !== undefined ? 'row' : 'line');
const lineText = (table: RawTable<string>, line: number | undefined): string =>
  line === undefined ? 'earlier' : `on ${lineWord(table)} ${line}`;

interface LinkEntry {
  link: Link;
  where: Where;
  row?: RawRow<LinkField>;
}

interface OrgEntry {
  org: Organisation;
  where: Where;
}

function readOrganisations(
  table: RawTable<OrgField> | undefined,
  problems: ProblemList,
): {
  entries: Map<string, OrgEntry>;
  memberships: Array<{ org: string; cluster: string; row: RawRow<OrgField> }>;
} {
  const entries = new Map<string, OrgEntry>();
  const memberships: Array<{ org: string; cluster: string; row: RawRow<OrgField> }> = [];
  if (!table) return { entries, memberships };
  for (const row of table.rows) {
    const r = new CellReader(table, row, problems);
    const draft = readOrganisation(r);
    if (!draft) continue;
    const first = entries.get(draft.org.id);
    if (first) {
      const cell = row.fields.get('id');
      const msg = `${placeOf(table, cell)}id ${quote(draft.org.id)} is already used ${lineText(table, first.where.line)}`;
      problems.error('duplicate-id', msg, whereOf(table, row, cell));
      continue;
    }
    entries.set(draft.org.id, { org: draft.org, where: whereOf(table, row) });
    for (const cluster of draft.clusters) memberships.push({ org: draft.org.id, cluster, row });
  }
  return { entries, memberships };
}

/**
 * Fresh ids "base", "base-2", "base-3", ... in amortised constant time: each base remembers
 * where its sequence stopped, so many links on one line (a one-line GraphML) never rescan.
 */
export function idMinter(taken: (id: string) => boolean): (base: string) => string {
  const next = new Map<string, number>();
  return (base) => {
    let n = next.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (taken(id)) id = `${base}-${++n}`;
    next.set(base, n + 1);
    return id;
  };
}

/** Settle link ids: explicit ones kept (duplicates reported), missing ones "L<line>", unique. */
function settleLinkIds(
  table: RawTable<LinkField>,
  drafts: Array<{ draft: LinkDraft; row: RawRow<LinkField> }>,
  problems: ProblemList,
): LinkEntry[] {
  const used = new Map<string, number | undefined>();
  for (const { draft, row } of drafts)
    if (draft.id !== undefined && !used.has(draft.id)) used.set(draft.id, row.line);
  const seen = new Set<string>();
  const mint = idMinter((id) => used.has(id) || seen.has(id));
  const out: LinkEntry[] = [];
  drafts.forEach(({ draft, row }, i) => {
    let id = draft.id;
    if (id !== undefined) {
      if (seen.has(id)) {
        const cell = row.fields.get('id');
        const msg = `${placeOf(table, cell)}link id ${quote(id)} is already used ${lineText(table, used.get(id))}`;
        problems.error('duplicate-id', msg, whereOf(table, row, cell));
        return;
      }
    } else {
      id = mint(`L${row.line ?? i + 1}`);
    }
    seen.add(id);
    // The draft is ours alone: complete it in place rather than copying 100k objects.
    const link = draft as Link;
    link.id = id;
    link.directed = draft.directed ?? DIRECTED_KINDS.has(draft.kind);
    out.push({ link, where: whereOf(table, row), row });
  });
  return out;
}

const newOrganisation = (id: string, type = DEFAULT_ORG_TYPE): Organisation => ({
  id,
  label: id,
  type,
  sectors: [],
  sources: [],
});

type Memberships = ReturnType<typeof readOrganisations>['memberships'];

/** Membership links from a clusters column; cluster organisations created (and said) when missing. */
function addMemberships(
  orgTable: RawTable<OrgField>,
  memberships: Memberships,
  entries: Map<string, OrgEntry>,
  links: LinkEntry[],
  problems: ProblemList,
): void {
  const linkIds = new Set(links.map((l) => l.link.id));
  const mint = idMinter((id) => linkIds.has(id));
  const stated = new Set(
    links
      .filter((l) => l.link.kind === 'membership')
      .map((l) => `${l.link.source}\u0000${l.link.target}`),
  );
  for (const m of memberships) {
    const key = `${m.org}\u0000${m.cluster}`;
    if (stated.has(key)) continue;
    stated.add(key);
    const cell = m.row.fields.get('clusters');
    if (!entries.has(m.cluster)) {
      const msg = `${placeOf(orgTable, cell)}cluster ${quote(m.cluster)} is not an organisation in ${orgTable.name}; a cluster organisation will be created`;
      problems.warn('created-cluster', msg, {
        ...whereOf(orgTable, m.row, cell),
        value: m.cluster,
      });
      const org = newOrganisation(m.cluster, 'cluster');
      entries.set(m.cluster, { org, where: whereOf(orgTable, m.row) });
    }
    const id = mint(`M${m.row.line ?? links.length + 1}`);
    linkIds.add(id);
    const link: Link = {
      id,
      source: m.org,
      target: m.cluster,
      kind: 'membership',
      directed: false,
      weight: 1,
      sources: [],
    };
    links.push({ link, where: whereOf(orgTable, m.row) });
  }
}

/**
 * Endpoints missing from the organisations are created, each with a warning (one in all when
 * there is no organisations table); self-links and parallel links are kept, with warnings.
 */
function checkEndpoints(
  input: AssembleInput,
  entries: Map<string, OrgEntry>,
  links: readonly LinkEntry[],
  problems: ProblemList,
): void {
  const { organisations: orgTable, links: linkTable } = input;
  const created: string[] = [];
  const pairs = new Map<string, number | undefined>();
  for (const { link, where, row } of links) {
    for (const end of ['source', 'target'] as const) {
      const id = link[end];
      if (entries.has(id)) continue;
      entries.set(id, { org: newOrganisation(id), where });
      created.push(id);
      if (orgTable) {
        const cell = row?.fields.get(end);
        const msg = `${placeOf(linkTable, cell)}${end} ${quote(id)} is not an organisation in ${orgTable.name}; it will be created`;
        problems.warn('created-organisation', msg, {
          ...where,
          field: cell?.column ?? end,
          value: id,
        });
      }
    }
    if (link.source === link.target) {
      const msg = `link ${quote(link.id)} joins ${quote(link.source)} to itself (kept)`;
      problems.warn('self-link', msg, { ...where, value: link.source });
    }
    const [a, b] =
      link.directed || link.source < link.target
        ? [link.source, link.target]
        : [link.target, link.source];
    const key = `${a}\u0000${b}\u0000${link.kind}`;
    if (!pairs.has(key)) pairs.set(key, where.line);
    else if (!problems.wouldList(where.file, 'parallel-link')) {
      problems.count('warning', 'parallel-link', where.file);
    } else {
      const msg = `link ${quote(link.id)} joins ${quote(link.source)} and ${quote(link.target)} with kind ${quote(link.kind)} again, as ${lineText(linkTable, pairs.get(key))} (parallel links are kept)`;
      problems.warn('parallel-link', msg, where);
    }
  }
  if (!orgTable && created.length > 0) {
    problems.warn(
      'created-organisation',
      `there is no organisations table: ${created.length} organisations were created from the links (label = id, type "${DEFAULT_ORG_TYPE}")`,
      { file: linkTable.file },
    );
  }
}

/** Build a dataset from rows. Every repair (a created organisation, a source code) is reported. */
export function assemble(
  input: AssembleInput,
  problems: ProblemList,
  budget: Budget = unlimited(),
): Assembled {
  const { organisations: orgTable, links: linkTable } = input;
  const { entries, memberships } = readOrganisations(orgTable, problems);
  const drafts: Array<{ draft: LinkDraft; row: RawRow<LinkField> }> = [];
  for (const row of linkTable.rows) {
    budget.tick();
    const draft = readLink(new CellReader(linkTable, row, problems));
    if (draft) drafts.push({ draft, row });
  }
  budget.check();
  const links = settleLinkIds(linkTable, drafts, problems);
  if (orgTable) addMemberships(orgTable, memberships, entries, links, problems);
  budget.check();
  checkEndpoints(input, entries, links, problems);
  budget.check();

  const sources = completeSources(input.sources ?? [], entries, links, linkTable.file, problems);
  const dataset: Dataset = {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    title: input.title.trim() === '' ? 'Imported network' : input.title.slice(0, 500),
    description: input.description ?? '',
    defaultTrust: DEFAULT_TRUST,
    sources,
    organisations: [...entries.values()].map((e) => e.org),
    links: links.map((l) => l.link),
  };
  const whereOrg = [...entries.values()].map((e) => e.where);
  const whereLink = links.map((l) => l.where);
  if (problems.hasErrors) return { dataset };
  return { dataset: checkAssembled(dataset, whereOrg, whereLink, problems) };
}

/** Source codes used but not in the table are added with their code as title, and said so. */
function completeSources(
  given: Source[],
  entries: Map<string, OrgEntry>,
  links: Array<{ link: Link }>,
  file: string,
  problems: ProblemList,
): Source[] {
  const known = new Set(given.map((s) => s.code));
  const missing: string[] = [];
  const note = (code: string) => {
    if (!known.has(code)) {
      known.add(code);
      missing.push(code);
    }
  };
  for (const { org } of entries.values()) org.sources.forEach(note);
  for (const { link } of links) link.sources.forEach(note);
  if (missing.length === 0) return given;
  const shown = missing
    .slice(0, 10)
    .map((c) => quote(c))
    .join(', ');
  problems.warn(
    'sources-added',
    `source codes ${shown}${missing.length > 10 ? ` and ${missing.length - 10} more` : ''} have no entry in a sources table; listed with their code as title`,
    { file },
  );
  return [...given, ...missing.map((code) => ({ code, title: code }))];
}
