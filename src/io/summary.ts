// What the import preview shows: counts by type and kind, the tables read, encoding notes.
import type { Dataset } from '../model/types';
import type { TableInfo } from './csv/read';
import type { FileFormat } from './detect';

export interface Count {
  value: string;
  count: number;
}

export interface ImportSummary {
  format: FileFormat;
  files: string[];
  organisations: number;
  links: number;
  /** Organisation types, most frequent first. */
  types: Count[];
  /** Link kinds, most frequent first. */
  kinds: Count[];
  /** Files that were not UTF-8 and how they were read. */
  encodingNotes: string[];
  /** For CSV and XLSX: each table's role and how its columns were understood. */
  tables: TableInfo[];
  /** The encoding each text file was read in (the preview lets the person choose another). */
  encodings?: Array<{ file: string; encoding: string }>;
  /** For a workshop file: what its workshop part holds ("2 stories, 7 views, positions"). */
  workshop?: string;
}

/** Count values (a Map, so any value, "__proto__" included, is just a key); most frequent first. */
export function countValues(values: Iterable<string>): Count[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

export function summarise(
  format: FileFormat,
  files: string[],
  dataset: Dataset | undefined,
  encodingNotes: string[],
  tables: TableInfo[] = [],
): ImportSummary {
  const orgs = dataset?.organisations ?? [];
  const links = dataset?.links ?? [];
  return {
    format,
    files,
    organisations: orgs.length,
    links: links.length,
    types: countValues(orgs.map((o) => o.type)),
    kinds: countValues(links.map((l) => l.kind)),
    encodingNotes,
    tables,
  };
}
