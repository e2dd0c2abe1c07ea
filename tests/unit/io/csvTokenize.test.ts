// The CSV tokenizer: Excel's quoting, mixed line ends, the line each record starts on.
import { describe, expect, it } from 'vitest';
import { detectDelimiter, tokenizeCsv } from '../../../src/io/csv/tokenize';

const cells = (text: string, d = ',') => tokenizeCsv(text, d, 1000).records.map((r) => r.cells);
const lines = (text: string, d = ',') => tokenizeCsv(text, d, 1000).records.map((r) => r.line);

describe('tokenizeCsv', () => {
  it('splits CRLF, LF and CR lines, mixed in one file', () => {
    expect(cells('a,b\r\n1,2\n3,4\r5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('keeps quoted delimiters, doubled quotes and newlines, and counts lines across them', () => {
    const text = 'a,b\r\n"x, ""y""","two\r\nlines"\r\nlast,row\r\n';
    expect(cells(text)).toEqual([
      ['a', 'b'],
      ['x, "y"', 'two\r\nlines'],
      ['last', 'row'],
    ]);
    expect(lines(text)).toEqual([1, 2, 4]);
  });

  it('skips blank lines and rows of empty cells but keeps counting lines', () => {
    const text = 'a,b\n\n,,\n,\n1,2\n';
    expect(lines(text)).toEqual([1, 5]);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(cells('a,,c,\n')).toEqual([['a', '', 'c', '']]);
  });

  it('reports the line where an unclosed quote opened', () => {
    const r = tokenizeCsv('a,b\n1,2\n3,"never\nclosed\n', ',', 100);
    expect(r.unclosedQuoteLine).toBe(3);
  });

  it('keeps text after a closing quote with a note', () => {
    const r = tokenizeCsv('"ab"cd,e\n', ',', 100);
    expect(r.records[0]?.cells).toEqual(['abcd', 'e']);
    expect(r.notes[0]?.line).toBe(1);
  });

  it('takes a quote inside an unquoted cell literally', () => {
    expect(cells('5" disk,x\n')).toEqual([['5" disk', 'x']]);
  });

  it('ignores a BOM', () => {
    expect(cells('\uFEFFid,label\n')).toEqual([['id', 'label']]);
  });

  it('stops after the record cap', () => {
    const text = Array.from({ length: 20 }, (_, i) => `${i},x`).join('\n');
    const r = tokenizeCsv(text, ',', 5);
    expect(r.truncated).toBe(true);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['source,target,weight\n', ','],
    ['source;target;weight\nA;B;0,5\n', ';'],
    ['source\ttarget\tweight\n', '\t'],
    ['"a,b";c;d\n', ';'],
    ['\uFEFFid;label\n', ';'],
    ['\n\nsource;target\n', ';'],
    ['single\n', ','],
  ])('finds the delimiter of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});
