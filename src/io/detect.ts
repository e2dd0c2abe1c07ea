// Which format a file holds, from its name and from its first bytes; a mismatch is an error.

export type FileFormat = 'csv' | 'xlsx' | 'json' | 'gexf' | 'graphml';

/** What the first bytes say, before any decoding. */
export type ContentKind = 'zip' | 'ole' | 'pdf' | 'image' | 'text';
/** What a decoded text looks like. */
export type TextKind = 'gexf' | 'graphml' | 'xml' | 'json' | 'html' | 'delimited';

export const FORMAT_NAMES: Record<FileFormat, string> = {
  csv: 'CSV',
  xlsx: 'XLSX',
  json: 'JSON',
  gexf: 'GEXF',
  graphml: 'GraphML',
};

const KIND_NAMES: Record<ContentKind | TextKind, string> = {
  zip: 'a ZIP archive (such as an XLSX workbook)',
  ole: 'an old Excel .xls workbook',
  pdf: 'a PDF document',
  image: 'an image',
  text: 'text',
  gexf: 'GEXF',
  graphml: 'GraphML',
  xml: 'XML',
  json: 'JSON',
  html: 'HTML',
  delimited: 'CSV',
};

export const describeKind = (k: ContentKind | TextKind): string => KIND_NAMES[k];

/** The extension in lower case without the dot ("" when none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format an extension promises; 'xml' could be GEXF or GraphML; undefined when unknown. */
export function formatFromName(name: string): FileFormat | 'xml' | 'xls' | undefined {
  switch (extensionOf(name)) {
    case 'csv':
    case 'tsv':
    case 'txt':
    case 'tab':
      return 'csv';
    case 'xlsx':
    case 'xlsm':
      return 'xlsx';
    case 'xls':
      return 'xls';
    case 'json':
      return 'json';
    case 'gexf':
      return 'gexf';
    case 'graphml':
      return 'graphml';
    case 'xml':
      return 'xml';
    default:
      return undefined;
  }
}

const startsWith = (data: Uint8Array, bytes: readonly number[]): boolean =>
  bytes.every((b, i) => data[i] === b);

/** Recognise binary containers by their magic numbers. */
export function sniffBytes(data: Uint8Array): ContentKind {
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])) {
    return 'zip';
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (
    startsWith(data, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(data, [0xff, 0xd8, 0xff]) ||
    startsWith(data, [0x47, 0x49, 0x46, 0x38])
  ) {
    return 'image';
  }
  return 'text';
}

/** Recognise a decoded text: XML (and which root), JSON, HTML, or delimited rows. */
export function sniffText(text: string): TextKind {
  const head = text.slice(0, 64 * 1024).replace(/^\uFEFF/, '');
  const start = head.search(/\S/);
  if (start < 0) return 'delimited';
  const c = head[start];
  if (c === '{' || c === '[') return 'json';
  if (c !== '<') return 'delimited';
  // Skip the XML declaration, processing instructions, comments and a DOCTYPE to find the root.
  const rest = head
    .slice(start)
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/gi, '');
  const root = /<\s*([A-Za-z_][\w.:-]*)/.exec(rest)?.[1]?.toLowerCase() ?? '';
  const local = root.slice(root.indexOf(':') + 1);
  if (local === 'gexf') return 'gexf';
  if (local === 'graphml') return 'graphml';
  if (local === 'html' || /^<!doctype\s+html/i.test(head.slice(start))) return 'html';
  return 'xml';
}
