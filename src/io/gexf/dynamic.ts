// Dynamic GEXF made static: an element's spells, start/end and timestamps become a period in years
// (a link's since/until, an organisation's founding year), and a dynamic attribute keeps its
// latest value. What was done is counted, so the reader can say it once.
import { attr, childrenNamed, type XmlElement } from '../xml/safeXml';

const FIRST_YEAR = 1000;
const LAST_YEAR = 2999;

/** What flattening did across a file, for one warning. */
export interface DynamicTally {
  /** Elements that had time bounds, by what they became. */
  linksDated: number;
  orgsDated: number;
  /** Time bounds that are not years (doubles such as 1.5): kept as attributes. */
  notYears: number;
  /** Declared names of attributes that had more than one timed value, with how many elements. */
  latest: Map<string, number>;
  firstLine?: number;
}

export const newTally = (): DynamicTally => ({
  linksDated: 0,
  orgsDated: 0,
  notYears: 0,
  latest: new Map(),
});

/** A year from a GEXF time: a date or dateTime ("2004-03-01"), or a whole number in year range. */
export function yearOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  const date = /^(-?\d{4})-\d\d(-\d\d)?([T ].*)?$/.exec(t);
  const n = date ? Number(date[1]) : /^-?\d+(\.0+)?$/.test(t) ? Number(t) : NaN;
  return Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR ? n : undefined;
}

/** A sortable key for a GEXF time (numbers and dates); -Infinity when absent or unreadable. */
export function timeKey(text: string | undefined): number {
  if (text === undefined) return -Infinity;
  const t = text.trim();
  const n = Number(t);
  if (t !== '' && Number.isFinite(n)) return n;
  const d = Date.parse(t);
  return Number.isFinite(d) ? d : -Infinity;
}

/** Every start, end and timestamp an element states (on itself and in its spells). */
function bounds(el: XmlElement): { starts: string[]; ends: string[]; openEnd: boolean } {
  const starts: string[] = [];
  const ends: string[] = [];
  let openEnd = false;
  const spells = childrenNamed(el, 'spells').flatMap((s) => childrenNamed(s, 'spell'));
  for (const e of [el, ...spells]) {
    const start = attr(e, 'start') ?? attr(e, 'startopen');
    const end = attr(e, 'end') ?? attr(e, 'endopen');
    const stamps = [attr(e, 'timestamp'), ...(attr(e, 'timestamps') ?? '').split(/[<>[\],\s]+/)]
      .filter((s): s is string => s !== undefined && s.trim() !== '')
      .map((s) => s.trim());
    if (start !== undefined) starts.push(start);
    if (end !== undefined) ends.push(end);
    else if (start !== undefined && e !== el) openEnd = true;
    starts.push(...stamps);
    ends.push(...stamps);
  }
  return { starts, ends, openEnd };
}

/**
 * The years an element's time bounds span: the earliest start and the latest end (none when a
 * spell stays open). `raw` holds the texts when they are not years, to keep as attributes.
 */
export function periodOf(el: XmlElement): {
  since?: number;
  until?: number;
  raw?: { start?: string; end?: string };
} {
  const { starts, ends, openEnd } = bounds(el);
  if (starts.length === 0 && ends.length === 0) return {};
  const years = (xs: string[]) => xs.map(yearOf);
  const s = years(starts);
  const e = years(ends);
  if ([...s, ...e].some((y) => y === undefined)) {
    const first = [...starts].sort((a, b) => timeKey(a) - timeKey(b))[0];
    const last = [...ends].sort((a, b) => timeKey(b) - timeKey(a))[0];
    return { raw: { start: first, end: openEnd ? undefined : last } };
  }
  const since = s.length > 0 ? Math.min(...(s as number[])) : undefined;
  const until = e.length > 0 && !openEnd ? Math.max(...(e as number[])) : undefined;
  return { since, until };
}

/** The attvalue to keep per attribute: the one with the latest time (an untimed one loses). */
export function latestValues(attvalues: readonly XmlElement[]): {
  kept: XmlElement[];
  dynamicIds: string[];
} {
  const best = new Map<string, { el: XmlElement; key: number; count: number }>();
  for (const av of attvalues) {
    const id = attr(av, 'for') ?? attr(av, 'id') ?? '';
    const key = Math.max(
      timeKey(attr(av, 'end') ?? attr(av, 'endopen')),
      timeKey(attr(av, 'start') ?? attr(av, 'startopen')),
      timeKey(attr(av, 'timestamp')),
    );
    const prev = best.get(id);
    if (!prev) best.set(id, { el: av, key, count: 1 });
    else {
      prev.count++;
      if (key >= prev.key) Object.assign(prev, { el: av, key });
    }
  }
  const kept = [...best.values()].map((b) => b.el);
  const dynamicIds = [...best].filter(([, b]) => b.count > 1).map(([id]) => id);
  return { kept, dynamicIds };
}

/** One sentence on what flattening did, or undefined when the file had nothing dynamic. */
export function describeTally(t: DynamicTally): string | undefined {
  const parts: string[] = [];
  if (t.linksDated > 0) parts.push(`${t.linksDated} links took since/until from their time bounds`);
  if (t.orgsDated > 0)
    parts.push(`${t.orgsDated} organisations took their founding year from their first start`);
  if (t.notYears > 0)
    parts.push(
      `${t.notYears} elements have times that are not years; kept as attributes "start" and "end"`,
    );
  for (const [name, n] of t.latest)
    parts.push(
      `the dynamic attribute ${JSON.stringify(name)} keeps its latest value on ${n} ${n === 1 ? 'element' : 'elements'}`,
    );
  if (parts.length === 0) return undefined;
  return `a dynamic network was read as one static picture: ${parts.join('; ')}`;
}
