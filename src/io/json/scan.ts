// A JSON scanner without recursion: finds where a syntax error is, and on which line a path starts.

export interface ScanError {
  offset: number;
  message: string;
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

interface Frame {
  /** Keys seen in this object, when duplicates are looked for. */
  keys?: Set<string>;
  kind: 'obj' | 'arr';
  key: string;
  index: number;
  path: string;
}

type Expect = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end' | 'end';

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** End offset of the string starting at `i` (a quote), or a ScanError. */
function scanString(text: string, i: number): number | ScanError {
  let j = i + 1;
  for (;;) {
    if (j >= text.length) return { offset: i, message: 'a string is never closed' };
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 0x20)
      return {
        offset: j,
        message: 'a control character inside a string (write it as \\n, \\t ...)',
      };
    if (c === 92) {
      const e = text[j + 1] ?? '';
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)))
          return { offset: j, message: 'a bad \\u escape' };
        j += 6;
      } else if (ESCAPES.has(e)) j += 2;
      else return { offset: j, message: `a bad escape \\${e}` };
    } else j++;
  }
}

const describe = (c: string | undefined): string =>
  c === undefined ? 'the end of the file' : `${JSON.stringify(c)}`;

/**
 * Scan JSON text. Returns the first syntax error, if any. `onValue(path, offset)` is called at
 * the start of each value no deeper than `maxDepth` (paths look like "links[3].trust").
 */
export function scanJson(
  text: string,
  onValue?: (path: string, offset: number) => void,
  maxDepth = 4,
  onDuplicateKey?: (key: string, path: string, offset: number) => void,
): ScanError | undefined {
  const stack: Frame[] = [];
  let expect = 'value' as Expect;
  let i = 0;
  const n = text.length;
  const pathHere = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.kind === 'arr') return `${top.path}[${top.index}]`;
    return top.path === '' ? top.key : `${top.path}.${top.key}`;
  };
  const afterValue = () => {
    expect = stack.length > 0 ? 'comma-or-end' : 'end';
  };
  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t'))
      i++;
    const c = text[i];
    if (c === undefined) {
      return expect === 'end'
        ? undefined
        : { offset: n, message: 'the file ends before the JSON is complete' };
    }
    switch (expect) {
      case 'end':
        return { offset: i, message: `unexpected ${describe(c)} after the end of the JSON value` };
      case 'colon':
        if (c !== ':') return { offset: i, message: `expected ":" but found ${describe(c)}` };
        i++;
        expect = 'value';
        break;
      case 'key':
      case 'key-or-end': {
        if (c === '}' && expect === 'key-or-end') {
          stack.pop();
          i++;
          afterValue();
          break;
        }
        if (c !== '"')
          return {
            offset: i,
            message: `expected a property name in quotes but found ${describe(c)}`,
          };
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        const top = stack[stack.length - 1];
        if (top) {
          top.key = JSON.parse(text.slice(i, end)) as string;
          if (top.keys?.has(top.key)) onDuplicateKey?.(top.key, top.path, i);
          top.keys?.add(top.key);
        }
        i = end;
        expect = 'colon';
        break;
      }
      case 'comma-or-end': {
        const top = stack[stack.length - 1]!;
        if (c === ',') {
          i++;
          if (top.kind === 'arr') {
            top.index++;
            expect = 'value';
          } else expect = 'key';
        } else if ((c === '}' && top.kind === 'obj') || (c === ']' && top.kind === 'arr')) {
          stack.pop();
          i++;
          afterValue();
        } else
          return {
            offset: i,
            message: `expected "," or "${top.kind === 'obj' ? '}' : ']'}" but found ${describe(c)}`,
          };
        break;
      }
      default: {
        if (c === ']' && expect === 'value-or-end') {
          stack.pop();
          i++;
          afterValue();
          break;
        }
        const path =
          (onValue && stack.length <= maxDepth) || (onDuplicateKey && (c === '{' || c === '['))
            ? pathHere()
            : '';
        if (onValue && stack.length <= maxDepth) onValue(path, i);
        if (c === '{' || c === '[') {
          stack.push({ kind: c === '{' ? 'obj' : 'arr', key: '', index: 0, path });
          if (c === '{' && onDuplicateKey) stack[stack.length - 1]!.keys = new Set();
          expect = c === '{' ? 'key-or-end' : 'value-or-end';
          i++;
          break;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
        } else if (text.startsWith('true', i)) i += 4;
        else if (text.startsWith('false', i)) i += 5;
        else if (text.startsWith('null', i)) i += 4;
        else {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) return { offset: i, message: `unexpected ${describe(c)}` };
          i = NUMBER.lastIndex;
        }
        afterValue();
      }
    }
  }
}

/** Lines where the given paths start (those not found are absent from the map). */
export function linesOfPaths(text: string, paths: ReadonlySet<string>): Map<string, number> {
  const offsets = new Map<string, number>();
  const depth = Math.max(0, ...[...paths].map((p) => (p.match(/[.[]/g) ?? []).length + 1));
  scanJson(
    text,
    (path, offset) => {
      if (paths.has(path) && !offsets.has(path)) offsets.set(path, offset);
    },
    depth,
  );
  // One pass over the text for all offsets, in order.
  const sorted = [...offsets].sort((a, b) => a[1] - b[1]);
  const out = new Map<string, number>();
  let line = 1;
  let at = 0;
  for (const [p, o] of sorted) {
    for (; at < o; at++) if (text.charCodeAt(at) === 10) line++;
    out.set(p, line);
  }
  return out;
}
