// Reads a PDF's text back with poppler's pdftotext (Debian: poppler-utils, installed by .ci/run),
// page by page. Returns null when pdftotext is missing, so a test can skip with a notice.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const available = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

export const PDFTOTEXT_MISSING =
  'SKIPPED: pdftotext not found (apt-get install -y poppler-utils); the PDF text was not read back';

/** The text of each page (pdftotext separates pages with a form feed), or null. */
export function pdfPages(pdf: Buffer): string[] | null {
  if (!available) return null;
  const dir = mkdtempSync(join(tmpdir(), 'clusterscope-pdf-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const out = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr}`);
    return out.stdout.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
