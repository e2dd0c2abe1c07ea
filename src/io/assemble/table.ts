// Header-mapped records (from CSV or a worksheet) to a RawTable, typing attribute columns.
import type { AttributeValue } from '../../model/types';
import type { HeaderMap } from '../csv/headers';
import type { ProblemList } from '../problemList';
import { canonicalNumber, trimCell } from '../values/numbers';
import type { Cell, RawCell, RawRow, RawTable } from './records';

export interface SourceRecord {
  line: number;
  cells: ReadonlyArray<Cell | undefined>;
}

export interface TableOptions<F extends string> {
  file: string;
  name: string;
  sheet?: string;
  decimalComma: boolean;
  header: HeaderMap<F>;
  /** Type attribute columns from text (CSV): numbers or booleans when every cell is one. */
  inferTypes: boolean;
  /** A cell reference such as "D5" for a column index and line (workbooks). */
  refOf?: (index: number, line: number) => string;
}

const isBlank = (c: Cell | undefined): boolean =>
  c === undefined || (typeof c === 'string' && trimCell(c) === '');

/** How to type a text column: numbers, booleans, or text (as given). */
function columnType(values: string[], decimalComma: boolean): 'number' | 'boolean' | 'string' {
  if (values.length === 0) return 'string';
  if (values.every((v) => canonicalNumber(v, decimalComma) !== undefined)) return 'number';
  if (values.every((v) => /^(true|false)$/i.test(v))) return 'boolean';
  return 'string';
}

export function buildTable<F extends string>(
  records: readonly SourceRecord[],
  opts: TableOptions<F>,
  problems: ProblemList,
): RawTable<F> {
  const { header } = opts;
  const width = header.columns.reduce((m, c) => Math.max(m, c.index + 1), 0);
  const types = new Map<number, 'number' | 'boolean' | 'string'>();
  if (opts.inferTypes) {
    for (const col of header.columns) {
      if (col.attribute === undefined) continue;
      const values: string[] = [];
      for (const r of records) {
        const c = r.cells[col.index];
        if (!isBlank(c)) values.push(String(c));
      }
      types.set(col.index, columnType(values, opts.decimalComma));
    }
  }
  const rows: Array<RawRow<F>> = [];
  const place = opts.sheet !== undefined ? `sheet ${opts.sheet}: ` : '';
  const unit = opts.sheet !== undefined ? 'row' : 'line';
  for (const rec of records) {
    const extra = rec.cells.slice(width).filter((c) => !isBlank(c));
    if (extra.length > 0) {
      problems.error(
        'extra-cells',
        `${place}${unit} ${rec.line} has ${rec.cells.length} cells but the header has ${width}: is there a delimiter inside an unquoted value?`,
        { file: opts.file, line: rec.line, value: String(extra[0]).slice(0, 200) },
      );
      continue;
    }
    const fields = new Map<F, RawCell>();
    const attributes = new Map<string, AttributeValue>();
    for (const col of header.columns) {
      const value = rec.cells[col.index];
      if (isBlank(value) || value === undefined) continue;
      if (col.field !== undefined) {
        const cell: RawCell = { value, column: col.header };
        if (opts.refOf) cell.ref = opts.refOf(col.index, rec.line);
        fields.set(col.field, cell);
      } else if (col.attribute !== undefined) {
        attributes.set(col.attribute, typed(value, types.get(col.index), opts.decimalComma));
      }
    }
    rows.push({ line: rec.line, fields, attributes });
  }
  return {
    file: opts.file,
    name: opts.name,
    sheet: opts.sheet,
    decimalComma: opts.decimalComma,
    rows,
  };
}

function typed(
  value: Cell,
  type: 'number' | 'boolean' | 'string' | undefined,
  decimalComma: boolean,
): AttributeValue {
  if (typeof value !== 'string' || type === undefined || type === 'string') return value;
  if (type === 'boolean') return value.toLowerCase() === 'true';
  return canonicalNumber(value, decimalComma) ?? value;
}
