// Bytes to text: UTF-8 (strict), UTF-16 with a BOM, else the Windows code page (1257, 1250 or
// 1252) whose reading gives the text of a real language; or the encoding the person chose.
import { scoreCodePage } from './codePages';

export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1257',
  'windows-1250',
  'windows-1252',
] as const satisfies readonly string[];

export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** What the person may choose: a named encoding, or detection. */
export type EncodingChoice = TextEncoding | 'auto';

const CODE_PAGES = ['windows-1257', 'windows-1250', 'windows-1252'] as const;

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncoding; bom: boolean } | { ok: false; reason: string };

/** Share of control characters above which a text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;
const SAMPLE = 64 * 1024;

/** Windows-1252 at 0x80-0x9F (the rest is Latin-1); undefined bytes stay C1 controls, as WHATWG says. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Decode Windows-1252 by table: Node's TextDecoder reads this label as Latin-1 (0x80 becomes
 * U+0080, not the euro sign), browsers do not; the table gives the same text everywhere.
 */
export function decodeWindows1252(data: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const units = new Array<number>(CHUNK);
  for (let start = 0; start < data.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, data.length);
    units.length = end - start;
    for (let i = start; i < end; i++) {
      const b = data[i]!;
      units[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}

function decodeWith(encoding: TextEncoding, data: Uint8Array): string | undefined {
  if (encoding === 'windows-1252') return decodeWindows1252(data);
  try {
    // A code page has no invalid sequences to refuse; UTF-8 and UTF-16 do.
    const fatal = encoding.startsWith('utf');
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(data);
  } catch {
    return undefined;
  }
}

/** Count control characters other than tab, line feed, carriage return and form feed. */
export function countControls(text: string, limit = text.length): number {
  let n = 0;
  const end = Math.min(limit, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f)) {
      n++;
    }
  }
  return n;
}

function looksBinary(text: string): boolean {
  const sample = Math.min(SAMPLE, text.length);
  if (sample === 0) return false;
  return countControls(text, sample) > Math.max(2, sample * MAX_CONTROL_SHARE);
}

/**
 * Decode a file's bytes. A BOM decides; otherwise strict UTF-8, then Windows-1252 (which the
 * caller reports). NUL bytes or many control characters mean binary data, refused.
 */
export function decodeText(data: Uint8Array, choice: EncodingChoice = 'auto'): DecodeResult {
  if (choice !== 'auto') {
    const skip =
      choice === 'utf-8' && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
    const wide =
      choice.startsWith('utf-16') && (data[0] ?? 0) + (data[1] ?? 0) === 0xff + 0xfe ? 2 : 0;
    const text = decodeWith(choice, data.subarray(Math.max(skip, wide)));
    if (text === undefined)
      return { ok: false, reason: `cannot be read as ${choice.toUpperCase()}` };
    if (looksBinary(text))
      return { ok: false, reason: 'holds control characters: it is binary, not text' };
    return { ok: true, text, encoding: choice, bom: skip + wide > 0 };
  }
  const b0 = data[0];
  const b1 = data[1];
  const b2 = data[2];
  let text: string | undefined;
  let encoding: TextEncoding = 'utf-8';
  let bom = false;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    bom = true;
    text = decodeWith('utf-8', data.subarray(3));
    if (text === undefined) return { ok: false, reason: 'starts as UTF-8 but holds invalid bytes' };
  } else if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    bom = true;
    encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    text = decodeWith(encoding, data.subarray(2));
    if (text === undefined)
      return { ok: false, reason: `starts as ${encoding} but holds invalid bytes` };
  } else {
    if (data.includes(0)) return { ok: false, reason: 'holds NUL bytes: it is binary, not text' };
    text = decodeWith('utf-8', data);
    if (text === undefined) {
      // The code page whose reading has the most letters of the languages written in it.
      let best = -Infinity;
      for (const page of CODE_PAGES) {
        const t = decodeWith(page, data) ?? '';
        const score = scoreCodePage(page, t);
        if (score > best) {
          best = score;
          encoding = page;
          text = t;
        }
      }
    }
  }
  text ??= '';
  if (text.includes('\u0000') || looksBinary(text)) {
    return { ok: false, reason: 'holds control characters: it is binary, not text' };
  }
  return { ok: true, text, encoding, bom };
}

const CODE_PAGE_NAMES: Partial<Record<TextEncoding, string>> = {
  'windows-1257': 'Baltic: Lithuanian, Latvian, Estonian',
  'windows-1250': 'Central European: Polish, Czech, Slovak, Hungarian ...',
  'windows-1252': 'Western European, as Excel writes it in English, German, French ...',
};

/** A plain-words note for the preview when a file was not UTF-8. */
export function encodingNote(file: string, encoding: TextEncoding): string | undefined {
  const page = CODE_PAGE_NAMES[encoding];
  if (page !== undefined) {
    return `${file} is not UTF-8; it was read as ${encoding.replace('windows', 'Windows')} (${page}); choose another encoding if letters look wrong`;
  }
  if (encoding !== 'utf-8')
    return `${file} was read as ${encoding.toUpperCase()} (it has a byte order mark)`;
  return undefined;
}
