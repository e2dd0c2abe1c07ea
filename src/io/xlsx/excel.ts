// Loads exceljs on demand (its own chunk in the browser build), the same way in Vite and in Node.
import type * as ExcelNamespace from 'exceljs';

export type ExcelModule = typeof ExcelNamespace;

let loading: Promise<ExcelModule> | undefined;

/**
 * exceljs is CommonJS in Node (main: excel.js) and a UMD bundle in the browser (its package.json
 * "browser" field: dist/exceljs.min.js, which Vite uses). Both arrive as a default export.
 */
export function loadExcel(): Promise<ExcelModule> {
  loading ??= import('exceljs').then(
    (m) => {
      const mod = m as unknown as ExcelModule & { default?: ExcelModule };
      return mod.default ?? mod;
    },
    (e: unknown) => {
      loading = undefined; // a failed chunk load may succeed on the next try
      throw e;
    },
  );
  return loading;
}

/** "A" for column 1, "AB" for column 28. */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
