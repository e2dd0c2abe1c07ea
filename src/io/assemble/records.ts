// The rows every tabular or XML reader hands to assemble(): raw cells with where they came from.
import type { AttributeValue, Source } from '../../model/types';
import type { Where } from '../problemList';
import type { LinkField, OrgField } from '../values/vocabulary';

export type Cell = string | number | boolean;

export interface RawCell {
  value: Cell;
  /** The column header or attribute name as written in the file. */
  column: string;
  /** A spreadsheet cell reference such as "D5", when there is one. */
  ref?: string;
}

export interface RawRow<F extends string> {
  /** 1-based line (text) or row (sheet) where the record starts. */
  line?: number;
  fields: Map<F, RawCell>;
  attributes: Map<string, AttributeValue>;
}

export interface RawTable<F extends string> {
  file: string;
  /** How messages name this table: "orgs.csv", "the Organisations sheet". */
  name: string;
  /** The sheet, for workbooks: messages then name cells as Sheet!D5. */
  sheet?: string;
  /** Whether text cells may use a decimal comma ("0,5"). */
  decimalComma: boolean;
  rows: Array<RawRow<F>>;
}

export interface AssembleInput {
  title: string;
  description?: string;
  organisations?: RawTable<OrgField>;
  links: RawTable<LinkField>;
  /** A sources table, when the format carries one; codes used but missing are added. */
  sources?: Source[];
}

/** A value quoted for a message: JSON-style, control characters escaped, long text cut. */
export function quote(value: unknown): string {
  const s = String(value);
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);
}

/** Where a cell is, for a problem. */
export function whereOf<F extends string>(
  table: RawTable<F>,
  row: RawRow<F> | undefined,
  cell?: RawCell,
): Where {
  return {
    file: table.file,
    line: row?.line,
    field: cell?.column,
    value: cell === undefined ? undefined : String(cell.value).slice(0, 200),
  };
}

/** The start of a message: "Links!D5: " in a workbook, nothing elsewhere (file and line say it). */
export function placeOf<F extends string>(table: RawTable<F>, cell?: RawCell): string {
  if (table.sheet === undefined) return '';
  return cell?.ref !== undefined ? `${table.sheet}!${cell.ref}: ` : `sheet ${table.sheet}: `;
}
