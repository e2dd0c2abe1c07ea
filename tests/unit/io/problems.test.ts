// Problem lists: capped per kind and file with a count line; plain-words places for the UI.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/io/csv/read';
import { ProblemList, countProblems, sortProblems } from '../../../src/io/problemList';
import { describeProblem, problemPlace } from '../../../src/io/problemText';
import { problem } from '../../../src/model/problem';

describe('ProblemList', () => {
  it('lists up to the cap per kind and file, then counts the rest in one line', () => {
    const list = new ProblemList(3);
    for (let i = 0; i < 10; i++) list.warn('parallel-link', `p${i}`, { file: 'a.csv', line: i });
    list.error('bad-number', 'x', { file: 'a.csv' });
    const out = list.toArray();
    expect(out.map((p) => p.message)).toEqual([
      'p0',
      'p1',
      'p2',
      'x',
      '7 more problems of this kind (parallel-link) are not listed',
    ]);
    expect(list.hasErrors).toBe(true);
  });

  it('keeps an error severity for the count line when any hidden problem is an error', () => {
    const list = new ProblemList(1);
    list.warn('c', 'w', { file: 'f' });
    list.error('c', 'e', { file: 'f' });
    expect(list.toArray()[1]?.severity).toBe('error');
  });
});

describe('countProblems and sortProblems', () => {
  it('counts the problems a capped list stands for', () => {
    const list = new ProblemList(2);
    for (let i = 0; i < 5; i++) list.warn('w', 'x', { file: 'f' });
    list.error('e', 'y', { file: 'f' });
    expect(countProblems(list.toArray())).toBe(6);
    expect(countProblems(list.toArray(), 'warning')).toBe(5);
  });

  it('orders by file as given, then line, whole-file problems first', () => {
    const ps = [
      problem('error', 'a', 'b3', { file: 'b.csv', line: 3 }),
      problem('error', 'a', 'a9', { file: 'a.csv', line: 9 }),
      problem('warning', 'a', 'b-file', { file: 'b.csv' }),
      problem('error', 'a', 'a2', { file: 'a.csv', line: 2 }),
    ];
    expect(sortProblems(ps, ['b.csv', 'a.csv']).map((p) => p.message)).toEqual([
      'b-file',
      'b3',
      'a2',
      'a9',
    ]);
  });
});

describe('describeProblem', () => {
  it('says line for text files and row for workbooks', () => {
    const p = problem(
      'warning',
      'x',
      'target "Acme" is not an organisation in orgs.csv; it will be created',
      { file: 'links.csv', line: 12 },
    );
    expect(describeProblem(p)).toBe(
      'links.csv line 12: target "Acme" is not an organisation in orgs.csv; it will be created',
    );
    expect(problemPlace({ ...p, file: 'book.xlsx', line: 5 })).toBe('book.xlsx row 5');
    expect(describeProblem(problem('error', 'no-file', 'no file given'))).toBe('no file given');
  });
});

describe('sep= line', () => {
  it('reads the delimiter Excel names on the first line and keeps line numbers true', () => {
    const r = parseCsv([{ name: 'l.csv', text: 'sep=|\r\nsource|target|weight\r\na|b|x\r\n' }]);
    expect(r.problems[0]).toMatchObject({ code: 'bad-number', line: 3, field: 'weight' });
  });
});

describe('readers never throw, even on values of the wrong type', () => {
  it('turns an unexpected exception into an internal problem naming the file', () => {
    const r = parseCsv([{ name: 'l.csv', text: null as unknown as string }]);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'internal', file: 'l.csv' })]);
  });
});
