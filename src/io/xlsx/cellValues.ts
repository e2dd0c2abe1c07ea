// Turns exceljs cell values (rich text, hyperlinks, formulas, errors, dates) into plain cells.
import type { CellValue } from 'exceljs';
import type { Cell } from '../assemble/records';

export type CellRead = { ok: true; value: Cell | undefined } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A cell's value as text, number or boolean; formulas give their saved result. */
export function readCell(v: CellValue): CellRead {
  if (v === null || v === undefined) return { ok: true, value: undefined };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    return { ok: true, value: v };
  if (v instanceof Date) return { ok: true, value: dateText(v) };
  if (!isObject(v)) return { ok: true, value: String(v) };
  if ('error' in v) return { ok: false, reason: `holds the spreadsheet error ${String(v.error)}` };
  if ('richText' in v && Array.isArray(v.richText)) {
    return {
      ok: true,
      value: v.richText.map((r: unknown) => (isObject(r) ? String(r.text ?? '') : '')).join(''),
    };
  }
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null) {
      return {
        ok: false,
        reason: 'is a formula without a saved result (open the file in Excel and save it again)',
      };
    }
    return readCell(result as CellValue);
  }
  if ('text' in v) {
    const text = v.text;
    if (typeof text === 'string') return { ok: true, value: text };
    return readCell(text as CellValue);
  }
  return { ok: false, reason: 'holds a value of a kind that cannot be read' };
}
