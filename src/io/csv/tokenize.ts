// Splits delimited text into records with the line each starts on; quoted cells may hold newlines.
import { unlimited, type Budget } from '../budget';

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

export interface CsvNote {
  line: number;
  message: string;
}

export interface TokenizeResult {
  records: CsvRecord[];
  /** Set when a quoted cell is never closed: nothing after its opening quote is read. */
  unclosedQuoteLine?: number;
  /** Lenient readings worth a warning (text after a closing quote). */
  notes: CsvNote[];
  /** More than maxRecords non-blank records: reading stopped. */
  truncated: boolean;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Tokenise RFC 4180 text as Excel writes it: CRLF, LF or CR line ends (mixed too), "" for a
 * quote inside a quoted cell. Blank records (no text in any cell) are skipped.
 */
export function tokenizeCsv(
  text: string,
  delimiter: string,
  maxRecords: number,
  budget: Budget = unlimited(),
): TokenizeResult {
  const records: CsvRecord[] = [];
  const notes: CsvNote[] = [];
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let cells: string[] = [];
  let recordLine = 1;

  const endRecord = (): boolean => {
    budget.tick();
    if (cells.some((c) => c !== '')) records.push({ line: recordLine, cells });
    cells = [];
    return records.length > maxRecords;
  };

  while (i <= n) {
    // At the start of a cell.
    if (i === n) {
      if (cells.length > 0) endRecord();
      break;
    }
    let c = text.charCodeAt(i);
    if (c === QUOTE) {
      const openLine = line;
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return { records, unclosedQuoteLine: openLine, notes, truncated: false };
        const chunk = text.slice(j, q);
        value += chunk;
        line += countNewlines(chunk);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // After the closing quote: text up to the delimiter is kept, with a note.
      const stop = nextStop(text, i, delim);
      if (stop > i) {
        notes.push({
          line,
          message: `text after a closing quote was kept: ${JSON.stringify(text.slice(i, stop).slice(0, 40))}`,
        });
        value += text.slice(i, stop);
        i = stop;
      }
      cells.push(value);
    } else {
      const stop = nextStop(text, i, delim);
      cells.push(text.slice(i, stop));
      i = stop;
    }
    c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      if (i === n) cells.push('');
      continue;
    }
    // End of line or of text.
    if (c === CR && text.charCodeAt(i + 1) === LF) i += 2;
    else i++;
    line++;
    if (endRecord()) return { records, notes, truncated: true };
    recordLine = line;
  }
  return { records, notes, truncated: false };
}

function nextStop(text: string, from: number, delim: number): number {
  let k = from;
  const n = text.length;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === delim || c === LF || c === CR) break;
    k++;
  }
  return k;
}

function countNewlines(s: string): number {
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === LF) count++;
    else if (c === CR && s.charCodeAt(k + 1) !== LF) count++;
  }
  return count;
}

/**
 * The delimiter of a header line: whichever of comma, semicolon and tab occurs most often
 * outside quotes in the first record (ties: comma, then semicolon, then tab).
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let seenText = false;
  for (let k = start; k < text.length && k < 1_000_000; k++) {
    const ch = text[k]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seenText) break;
    } else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
    if (ch.trim() !== '') seenText = true;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}
