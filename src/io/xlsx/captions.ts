// A sheet whose header sits under a caption row (NodeXL's "Visual Properties | Labels | Graph
// Metrics | Do Not Edit"), and what NodeXL writes for itself: its "Do Not Edit" columns, formula
// cells saved without a result, and the graph's directedness on another sheet.
import type { Worksheet } from 'exceljs';
import type { Cell } from '../assemble/records';
import type { SourceRecord } from '../assemble/table';
import { recogniseTable } from '../csv/headers';
import { normaliseName, type TableKind } from '../values/vocabulary';
import { readCell } from './cellValues';

interface Rows {
  header?: SourceRecord;
  records: SourceRecord[];
  bad: Array<{ col: number; row: number; reason: string }>;
}

const text = (c: Cell | undefined): string => (c === undefined ? '' : String(c));

/** NodeXL's caption over the columns it fills and recomputes itself. */
const NODEXL_CAPTIONS = new Set(['donotedit', 'visualproperties', 'graphmetrics']);
const NODEXL_OWN = 'donotedit';

export interface SettledHeader {
  kind?: TableKind;
  /** The caption row above the header, when the header was found under one. */
  captions?: SourceRecord;
  /** Whether the captions are NodeXL's. */
  nodexl: boolean;
  /** 0-based columns NodeXL keeps for itself ("Do Not Edit"): not read. */
  dropped: Set<number>;
}

/**
 * Find the header: the first row, or the second when the first is a caption row (some cells
 * filled, the row under it a recognised header). Mutates rows so header and records are settled.
 */
export function settleHeader(rows: Rows): SettledHeader {
  const none: SettledHeader = { nodexl: false, dropped: new Set() };
  if (!rows.header) return none;
  const first = rows.header.cells.map(text);
  const kind = recogniseTable(first);
  if (kind) return { ...none, kind };
  const next = rows.records[0];
  if (!next) return none;
  const under = recogniseTable(next.cells.map(text));
  if (!under) return none;
  const captions = rows.header;
  rows.header = next;
  rows.records = rows.records.slice(1);
  const names = captions.cells.map((c) => normaliseName(text(c)));
  const nodexl = names.some((n) => NODEXL_CAPTIONS.has(n));
  const dropped = new Set<number>();
  if (nodexl) {
    // A caption spans from its own column to the column before the next caption.
    let current = '';
    const width = Math.max(next.cells.length, names.length);
    for (let i = 0; i < width; i++) {
      if (names[i]) current = names[i]!;
      if (current === NODEXL_OWN) dropped.add(i);
    }
  }
  return { kind: under, captions, nodexl, dropped };
}

/**
 * NodeXL fills some columns with formulas it evaluates itself (Visibility); saved by NodeXL they
 * hold no result. In a NodeXL sheet those cells are left empty; the count is returned for one
 * warning. Elsewhere a formula without a result stays an error.
 */
export function dropNodexlFormulas(rows: Rows, settled: SettledHeader): number {
  if (!settled.nodexl) return 0;
  const before = rows.bad.length;
  rows.bad = rows.bad.filter((b) => !/formula without a saved result/.test(b.reason));
  return before - rows.bad.length;
}

/** The directedness NodeXL states ("Graph Type" or "Graph Directedness": Directed/Undirected). */
export function nodexlDirected(sheets: readonly Worksheet[]): boolean | undefined {
  for (const ws of sheets) {
    const name = normaliseName(ws.name);
    if (name !== 'overallmetrics' && name !== 'misc') continue;
    let found: boolean | undefined;
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const label = normaliseName(text(readCell(cell.value).ok ? String(cell.value) : ''));
        if (found !== undefined || (label !== 'graphtype' && label !== 'graphdirectedness')) return;
        const v = readCell(row.getCell(col + 1).value);
        const said = v.ok ? normaliseName(text(v.value)) : '';
        if (said === 'directed' || said === 'undirected') found = said === 'directed';
      });
    });
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The warning for a header found under a caption row (and what NodeXL's columns were spared). */
export function describeCaptions(
  sheet: string,
  header: SourceRecord,
  settled: SettledHeader,
  blankFormulas: number,
): string {
  const captions = (settled.captions?.cells ?? []).map(text).filter((t) => t.trim() !== '');
  const shown = captions
    .slice(0, 6)
    .map((c) => JSON.stringify(c))
    .join(', ');
  let said = `sheet ${sheet}: the header is row ${header.line}, under a caption row (${shown})`;
  if (!settled.nodexl) return said;
  const dropped = [...settled.dropped]
    .map((i) => text(header.cells[i]))
    .filter((h) => h !== '')
    .map((h) => JSON.stringify(h));
  said += `; a NodeXL sheet`;
  if (dropped.length > 0)
    said += `: its "Do Not Edit" columns (${dropped.join(', ')}) were not read`;
  if (blankFormulas > 0)
    said += `${dropped.length > 0 ? ', and' : ':'} ${blankFormulas} formula cells NodeXL saves without a result were left empty`;
  return said;
}
