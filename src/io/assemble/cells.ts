// Reads one row's cells as typed values, reporting each bad cell with its file, line, column and value.
import type { AttributeValue } from '../../model/types';
import type { ProblemList } from '../problemList';
import { toBoolean, toInteger, toNumber, trimCell } from '../values/numbers';
import { placeOf, quote, whereOf, type RawCell, type RawRow, type RawTable } from './records';

export interface NumberRule {
  min?: number;
  max?: number;
  /** min is excluded (weight must be greater than 0). */
  above?: boolean;
  integer?: boolean;
  /** How the allowed range reads in a message: "between 0 and 1". */
  range?: string;
}

export class CellReader<F extends string> {
  constructor(
    readonly table: RawTable<F>,
    readonly row: RawRow<F>,
    readonly problems: ProblemList,
  ) {}

  cell(field: F): RawCell | undefined {
    return this.row.fields.get(field);
  }

  /** Report a problem about a cell: `column "value" reason`. */
  report(severity: 'error' | 'warning', code: string, cell: RawCell, reason: string): void {
    const message = `${placeOf(this.table, cell)}${cell.column} ${quote(cell.value)} ${reason}`;
    const where = whereOf(this.table, this.row, cell);
    if (severity === 'error') this.problems.error(code, message, where);
    else this.problems.warn(code, message, where);
  }

  /** Trimmed text, or undefined when the cell is absent or blank. */
  text(field: F): string | undefined {
    const c = this.cell(field);
    if (c === undefined) return undefined;
    const s = trimCell(String(c.value));
    return s === '' ? undefined : s;
  }

  /** A list written as "a; b | c". */
  list(field: F): string[] {
    const s = this.text(field);
    if (s === undefined) return [];
    return s
      .split(/[;|]/)
      .map((p) => trimCell(p))
      .filter((p) => p !== '');
  }

  /** A number within the rule, or undefined (blank, or bad: then an error is reported). */
  number(field: F, rule: NumberRule = {}): number | undefined {
    const c = this.cell(field);
    if (c === undefined || (typeof c.value === 'string' && trimCell(c.value) === ''))
      return undefined;
    const parsed = rule.integer
      ? toInteger(c.value, this.table.decimalComma)
      : toNumber(c.value, this.table.decimalComma);
    if (!parsed.ok) {
      this.report('error', 'bad-number', c, parsed.reason);
      return undefined;
    }
    const v = parsed.value;
    const low = rule.min !== undefined && (rule.above ? v <= rule.min : v < rule.min);
    const high = rule.max !== undefined && v > rule.max;
    if (low || high) {
      this.report(
        'error',
        'out-of-range',
        c,
        `is out of range: it must be ${rule.range ?? 'in range'}`,
      );
      return undefined;
    }
    return v;
  }

  boolean(field: F): boolean | undefined {
    const c = this.cell(field);
    if (c === undefined || (typeof c.value === 'string' && trimCell(c.value) === ''))
      return undefined;
    const parsed = toBoolean(c.value);
    if (!parsed.ok) {
      this.report('error', 'bad-boolean', c, `${parsed.reason} (write true or false)`);
      return undefined;
    }
    return parsed.value;
  }

  /** A value from a fixed set (case-insensitive), returned in the set's spelling. */
  oneOf<T extends string>(field: F, allowed: readonly T[]): T | undefined {
    const s = this.text(field);
    const c = this.cell(field);
    if (s === undefined || c === undefined) return undefined;
    const hit = allowed.find((a) => a.toLowerCase() === s.toLowerCase());
    if (hit === undefined) {
      this.report('error', 'bad-value', c, `is not one of ${allowed.join(', ')}`);
    }
    return hit;
  }

  /** The row's extra attributes as a plain object with own keys only (no prototype surprises). */
  attributes(
    extra: ReadonlyMap<string, AttributeValue> = new Map(),
  ): Record<string, AttributeValue> | undefined {
    if (this.row.attributes.size === 0 && extra.size === 0) return undefined;
    const merged = new Map(this.row.attributes);
    for (const [k, v] of extra) if (!merged.has(k)) merged.set(k, v);
    return merged.size === 0 ? undefined : Object.fromEntries(merged);
  }
}
