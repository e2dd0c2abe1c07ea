// Collects problems while reading, capping how many of one kind are listed per file.
import { problem, type Problem, type Severity } from '../model/problem';
import { MAX_PROBLEMS_PER_KIND, formatCount } from './limits';

/** Where a problem is: the file, its line or row, and the column or attribute. */
export type Where = Omit<Problem, 'severity' | 'code' | 'message'>;

interface Hidden {
  file?: string;
  code: string;
  severity: Severity;
  count: number;
}

/** The field of the line that stands for problems over the cap (its value is how many). */
export const MORE_FIELD = 'more';

/** How many problems a list stands for, counting those over the cap. */
export function countProblems(problems: readonly Problem[], severity?: Severity): number {
  let n = 0;
  for (const p of problems) {
    if (severity !== undefined && p.severity !== severity) continue;
    n += p.field === MORE_FIELD && p.value !== undefined ? Number(p.value) : 1;
  }
  return n;
}

/**
 * Order problems for reading: by file (in the order the files were given), then by line;
 * problems without a line (about the whole file) come first. Stable otherwise.
 */
export function sortProblems(problems: readonly Problem[], files: readonly string[]): Problem[] {
  const rank = (f: string | undefined) => (f === undefined ? -1 : files.indexOf(f));
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) => rank(a.p.file) - rank(b.p.file) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i,
    )
    .map((x) => x.p);
}

export class ProblemList {
  private readonly shown: Problem[] = [];
  private readonly perKind = new Map<string, number>();
  private readonly hidden = new Map<string, Hidden>();
  private errors = 0;

  constructor(private readonly limit = MAX_PROBLEMS_PER_KIND) {}

  /** Whether another problem of this kind in this file would still be listed (else it is only counted). */
  wouldList(file: string | undefined, code: string): boolean {
    return (this.perKind.get(`${file ?? ''}\u0000${code}`) ?? 0) < this.limit;
  }

  /** Count a problem without building its message (past the cap). */
  count(severity: Severity, code: string, file: string | undefined): void {
    this.add(problem(severity, code, '', { file }));
  }

  add(p: Problem): void {
    if (p.severity === 'error') this.errors++;
    const key = `${p.file ?? ''}\u0000${p.code}`;
    const n = (this.perKind.get(key) ?? 0) + 1;
    this.perKind.set(key, n);
    if (n <= this.limit) {
      this.shown.push(p);
      return;
    }
    const h = this.hidden.get(key) ?? {
      file: p.file,
      code: p.code,
      severity: p.severity,
      count: 0,
    };
    h.count++;
    if (p.severity === 'error') h.severity = 'error';
    this.hidden.set(key, h);
  }

  addAll(list: readonly Problem[]): void {
    for (const p of list) this.add(p);
  }

  error(code: string, message: string, where: Where = {}): void {
    this.add(problem('error', code, message, where));
  }

  warn(code: string, message: string, where: Where = {}): void {
    this.add(problem('warning', code, message, where));
  }

  get hasErrors(): boolean {
    return this.errors > 0;
  }

  /** The listed problems, then one line per kind that went over the cap. */
  toArray(): Problem[] {
    const more = [...this.hidden.values()].map((h) =>
      problem(
        h.severity,
        h.code,
        `${formatCount(h.count)} more problems of this kind (${h.code}) are not listed`,
        { file: h.file, field: MORE_FIELD, value: String(h.count) },
      ),
    );
    return [...this.shown, ...more];
  }
}
