// Text for exported files: the PDF handout's text (jsPDF's built-in fonts only cover Latin-1, so
// other characters are mapped to their nearest Latin-1 form) and file names.

const MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u2022': '-',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
};

/** The text with every character outside Latin-1 replaced (ė -> e, „x“ -> "x", – -> -). */
export function toPdfText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code <= 0xff && ch !== '\u00A0') {
      out += ch;
      continue;
    }
    const mapped = MAP[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const base = [...ch.normalize('NFD')].filter((c) => (c.codePointAt(0) ?? 0) <= 0xff).join('');
    out += base.length > 0 ? base : '?';
  }
  return out;
}

/** A file-name-safe slug: "LITEK – Laser…" -> "litek-laser". */
export function slug(text: string, fallback = 'clusterscope'): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return s || fallback;
}
