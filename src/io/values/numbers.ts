// Numbers, years and yes/no values parsed by hand: never parseFloat, a decimal comma only when allowed.

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const DOT_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const COMMA_NUMBER = /^[+-]?(\d+(,\d*)?|,\d+)([eE][+-]?\d+)?$/;
const NOT_FINITE = /^[+-]?(nan|inf|infinity|∞)$/i;

/** Trim ASCII and no-break spaces (Excel often leaves U+00A0). */
export const trimCell = (s: string): string =>
  s.replace(/^[\s\u00a0\ufeff]+|[\s\u00a0\ufeff]+$/g, '');

/**
 * Parse a decimal number written as text. "0,5" is accepted only when `decimalComma` is true
 * (semicolon-separated CSV, text cells in a workbook); NaN, Infinity and overflow are refused.
 */
export function parseDecimal(raw: string, decimalComma: boolean): Parsed<number> {
  const s = trimCell(raw);
  if (s === '') return fail('is empty');
  if (NOT_FINITE.test(s)) return fail('is not a finite number');
  let normal: string | undefined;
  if (DOT_NUMBER.test(s)) normal = s;
  else if (COMMA_NUMBER.test(s)) {
    if (!decimalComma) {
      return fail(
        'uses a decimal comma; write it with a point (decimal commas are read only from semicolon-separated files and workbooks)',
      );
    }
    normal = s.replace(',', '.');
  }
  if (normal === undefined) return fail('is not a number');
  const value = Number(normal);
  if (!Number.isFinite(value)) return fail('is not a finite number');
  return ok(value === 0 ? 0 : value);
}

/** A number cell: a number as given (if finite), or text parsed with parseDecimal. */
export function toNumber(cell: string | number | boolean, decimalComma: boolean): Parsed<number> {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? ok(cell === 0 ? 0 : cell) : fail('is not a finite number');
  }
  if (typeof cell === 'boolean') return fail('is not a number');
  return parseDecimal(cell, decimalComma);
}

/** A whole number (a year, a count). "2015" and 2015 are accepted, "2015.5" is not. */
export function toInteger(cell: string | number | boolean, decimalComma: boolean): Parsed<number> {
  const n = toNumber(cell, decimalComma);
  if (!n.ok) return n;
  return Number.isInteger(n.value) ? n : fail('is not a whole number');
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'directed', 'wahr', 'ja', 'vrai', 'oui']);
const FALSE_WORDS = new Set([
  'false',
  'no',
  'n',
  '0',
  'undirected',
  'falsch',
  'nein',
  'faux',
  'non',
]);

/** true/false, yes/no, 1/0 (any case). */
export function toBoolean(cell: string | number | boolean): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const s = trimCell(String(cell)).toLowerCase();
  if (TRUE_WORDS.has(s)) return ok(true);
  if (FALSE_WORDS.has(s)) return ok(false);
  return fail('is not true or false');
}

/**
 * The number a text stands for when it is written exactly as JavaScript would print it
 * ("7", "-1.5", but not "007" or "1.50"), so typing a column never changes what it shows.
 */
export function canonicalNumber(s: string, decimalComma: boolean): number | undefined {
  const t = decimalComma && /^-?\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
  if (!DOT_NUMBER.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) && String(n) === t ? n : undefined;
}
