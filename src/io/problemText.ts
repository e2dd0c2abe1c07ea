// Problems in plain words for the UI: "links.csv line 12: ..." or "book.xlsx row 5: ...".
import type { Problem } from '../model/problem';
import { extensionOf } from './detect';

/** "line" for text files, "row" for workbooks. */
export const lineUnit = (file: string | undefined): 'line' | 'row' =>
  file !== undefined && /^xls[xm]?$/.test(extensionOf(file)) ? 'row' : 'line';

/** Where a problem is, in words: "links.csv line 12", "book.xlsx row 5", "data.json". */
export function problemPlace(p: Problem): string {
  const parts = [p.file, p.line !== undefined ? `${lineUnit(p.file)} ${p.line}` : undefined];
  return parts.filter((s): s is string => s !== undefined && s !== '').join(' ');
}

/** A problem as one sentence: 'links.csv line 12: target "Acme" is not an organisation ...'. */
export function describeProblem(p: Problem): string {
  const place = problemPlace(p);
  return place === '' ? p.message : `${place}: ${p.message}`;
}
