// Text for exported files: the PDF handout's text (the handout font covers Latin-1, Latin
// Extended-A and common punctuation; anything else is mapped to its nearest covered form) and
// file names.

/**
 * Code point ranges of the handout font subset. scripts/subset-fonts.sh cuts the font to the same
 * ranges: change both together.
 */
export const HANDOUT_FONT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x100, 0x17f],
  [0x218, 0x21b],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
];

const covered = (ch: string): boolean => {
  const code = ch.codePointAt(0) ?? 0;
  return HANDOUT_FONT_RANGES.some(([a, b]) => code >= a && code <= b);
};

const MAP: Record<string, string> = {
  '\u202F': ' ',
  '\u2009': ' ',
  '\t': ' ',
  '\u201F': '"',
};

/** The text with every character the handout font lacks replaced (中 -> ?, ǅ -> D). */
export function toPdfText(text: string): string {
  let out = '';
  for (const ch of text) {
    if (covered(ch) || ch === '\n') {
      out += ch;
      continue;
    }
    const mapped = MAP[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const compatible = ch.normalize('NFKC');
    if ([...compatible].every(covered)) {
      out += compatible;
      continue;
    }
    const base = [...ch.normalize('NFD')].filter(covered).join('');
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
