// Checks the unpacked parts of a workbook before exceljs sees them, and names the part and line of any fault.
import { zipSync, type Zippable } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Budget } from '../budget';
import { unzipWorkbook } from './unzip';
import { MAX_ROWS, MAX_XML_DEPTH, formatCount } from '../limits';

export type PartsCheck =
  | { ok: true; archive: Uint8Array; sheets: SheetPart[] }
  | { ok: false; code: string; message: string; part?: string; line?: number };

export interface SheetPart {
  name: string;
  part: string;
}

class PartFault extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly part?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

const STEP = 1 << 20;
const tags = (xml: string, tag: string): Array<Record<string, string>> =>
  [...xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries(
      [...(m[1] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => [
        a[1]!,
        a[2] ?? a[3] ?? '',
      ]),
    ),
  );

interface Visitor {
  open?: (tag: SaxesTagPlain, depth: number) => void;
  text?: (text: string) => void;
  close?: () => void;
}

/** Stream a part through saxes (1 MiB at a time); a fault names the part, line and column. */
function scanPart(part: string, data: Uint8Array, budget: Budget, visit: Visitor = {}): void {
  if (data.length === 0) throw new PartFault('bad-xlsx', `part ${part} is empty`, part);
  const parser = new SaxesParser({ position: true });
  let depth = 0;
  let root = false;
  parser.on('error', (e) => {
    throw new PartFault(
      'bad-xlsx',
      `part ${part} is not well-formed XML at line ${parser.line}, column ${parser.column}: ${e.message.replace(/^[^:]*:\d+:\d+: |^\d+:\d+: /, '')}`,
      part,
      parser.line,
    );
  });
  parser.on('doctype', () => {
    throw new PartFault('doctype', `part ${part} holds a <!DOCTYPE>, refused for safety`, part);
  });
  parser.on('opentag', (tag) => {
    budget.tick();
    root = true;
    if (++depth > MAX_XML_DEPTH)
      throw new PartFault(
        'too-deep',
        `part ${part} nests elements deeper than ${MAX_XML_DEPTH}`,
        part,
      );
    visit.open?.(tag as SaxesTagPlain, depth);
  });
  parser.on('closetag', () => {
    depth--;
    visit.close?.();
  });
  if (visit.text) parser.on('text', visit.text);
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < data.length; at += STEP) {
    parser.write(decoder.decode(data.subarray(at, at + STEP), { stream: true }));
    budget.check();
  }
  parser.write(decoder.decode()).close();
  if (!root) throw new PartFault('bad-xlsx', `part ${part} has no XML element`, part);
}

const attr = (tag: SaxesTagPlain, name: string): string | undefined => tag.attributes[name];

/** Where a sheet's part is: its relationship target, relative to xl/ unless absolute. */
function sheetPaths(parts: Map<string, Uint8Array>): SheetPart[] {
  const text = (p: string) => new TextDecoder().decode(parts.get(p) ?? new Uint8Array());
  const rels = new Map(
    tags(text('xl/_rels/workbook.xml.rels'), 'Relationship').map((r) => [
      r.Id ?? '',
      r.Target ?? '',
    ]),
  );
  return tags(text('xl/workbook.xml'), 'sheet').map((s) => {
    const target = rels.get(s['r:id'] ?? '') ?? '';
    const part = target.startsWith('/')
      ? target.slice(1)
      : `xl/${target}`.replace(/[^/]+\/\.\.\//g, '');
    return { name: s.name ?? '?', part };
  });
}

/** Count shared strings (the <si> items), for checking the cells that point into them. */
function countSharedStrings(parts: Map<string, Uint8Array>, budget: Budget): number {
  const data = parts.get('xl/sharedStrings.xml');
  if (!data) return 0;
  let n = 0;
  scanPart('xl/sharedStrings.xml', data, budget, {
    open: (tag, depth) => {
      if (depth === 2 && tag.name.replace(/^\w+:/, '') === 'si') n++;
    },
  });
  return n;
}

/** A sheet's rows are counted and its shared-string cells checked, stopping at the row cap. */
function checkSheet(sheet: SheetPart, data: Uint8Array, strings: number, budget: Budget): void {
  let rows = 0;
  let cell: { ref: string; shared: boolean } | undefined;
  let inValue = false;
  let value = '';
  scanPart(sheet.part, data, budget, {
    open: (tag) => {
      const local = tag.name.replace(/^\w+:/, '');
      if (local === 'row' && ++rows > MAX_ROWS + 1)
        throw new PartFault(
          'too-many-rows',
          `sheet ${sheet.name} has more than ${formatCount(MAX_ROWS)} rows; split it into smaller workbooks`,
          sheet.part,
        );
      if (local === 'c') cell = { ref: attr(tag, 'r') ?? '?', shared: attr(tag, 't') === 's' };
      inValue = local === 'v' && cell?.shared === true;
      value = '';
    },
    text: (t) => {
      if (inValue) value += t;
    },
    close: () => {
      if (!inValue || !cell) return;
      inValue = false;
      const index = Number(value.trim());
      if (!Number.isInteger(index) || index < 0 || index >= strings)
        throw new PartFault(
          'bad-cell',
          `sheet ${sheet.name} cell ${cell.ref} points to shared text number ${value.trim().slice(0, 20)}, but the workbook holds ${formatCount(strings)}; the file is damaged`,
          sheet.part,
        );
    },
  });
}

/**
 * Check an unpacked workbook: its workbook part, every sheet part it lists (present, not empty,
 * well-formed, within the row cap, shared text in range), and every other XML part well-formed.
 * Returns the parts repacked without compression: exceljs then reads only checked bytes.
 */
export function checkWorkbookParts(parts: Map<string, Uint8Array>, budget: Budget): PartsCheck {
  try {
    if (!parts.has('xl/workbook.xml'))
      throw new PartFault(
        'wrong-format',
        'is a ZIP archive but not an Excel workbook (no xl/workbook.xml inside)',
      );
    for (const [name, data] of parts)
      if (/\.(xml|rels)$/i.test(name) && !/^xl\/worksheets\/[^/]+\.xml$/i.test(name))
        scanPart(name, data, budget);
    const sheets = sheetPaths(parts);
    const strings = countSharedStrings(parts, budget);
    for (const sheet of sheets) {
      const data = parts.get(sheet.part);
      if (!data)
        throw new PartFault(
          'missing-part',
          `sheet ${sheet.name}: its part ${sheet.part} is missing from the workbook; the file is damaged (save it again from Excel or LibreOffice)`,
          sheet.part,
        );
      checkSheet(sheet, data, strings, budget);
    }
    for (const [name, data] of parts)
      if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name) && !sheets.some((s) => s.part === name))
        scanPart(name, data, budget);
    const files: Zippable = {};
    for (const [name, data] of parts) files[name] = [data, { level: 0 }];
    return { ok: true, archive: zipSync(files), sheets };
  } catch (e) {
    if (e instanceof PartFault)
      return { ok: false, code: e.code, message: e.message, part: e.part, line: e.line };
    throw e;
  }
}

/**
 * Unpack (under the byte budget) and check a workbook; the archive returned is the only thing
 * to hand to exceljs. Throws only BudgetExceeded.
 */
export function checkWorkbook(data: Uint8Array, budget: Budget): PartsCheck {
  const unzipped = unzipWorkbook(data, budget);
  return unzipped.ok ? checkWorkbookParts(unzipped.parts, budget) : unzipped;
}

/** The checked archive as the ArrayBuffer exceljs's load() wants. */
export const archiveBuffer = (archive: Uint8Array): ArrayBuffer =>
  archive.buffer.slice(archive.byteOffset, archive.byteOffset + archive.byteLength) as ArrayBuffer;
