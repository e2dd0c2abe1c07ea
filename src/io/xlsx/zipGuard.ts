// Checks an XLSX archive before exceljs unpacks it: a workbook inside, and no zip bomb.
import { unzipSync } from 'fflate';
import { MAX_UNZIPPED_BYTES, formatCount } from '../limits';

export type ZipCheck = { ok: true } | { ok: false; code: string; message: string };

/** Reads only the archive's directory (nothing is inflated). */
export function checkWorkbookZip(data: Uint8Array): ZipCheck {
  let total = 0;
  let entries = 0;
  let workbook = false;
  try {
    unzipSync(data, {
      filter: (f) => {
        entries++;
        total += f.originalSize;
        if (f.name === 'xl/workbook.xml') workbook = true;
        return false;
      },
    });
  } catch (e) {
    return {
      ok: false,
      code: 'bad-zip',
      message: `is not a readable XLSX file (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  if (!workbook) {
    return {
      ok: false,
      code: 'wrong-format',
      message: 'is a ZIP archive but not an Excel workbook (no xl/workbook.xml inside)',
    };
  }
  if (total > MAX_UNZIPPED_BYTES || entries > 10_000) {
    const mb = formatCount(Math.round(total / 1024 / 1024));
    return {
      ok: false,
      code: 'too-large',
      message: `would unpack to ${mb} MB in ${formatCount(entries)} parts; the limit is ${formatCount(MAX_UNZIPPED_BYTES / 1024 / 1024)} MB`,
    };
  }
  return { ok: true };
}
