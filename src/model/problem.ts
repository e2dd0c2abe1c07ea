// Problems found while reading or validating data: each names where (file, line, field) and what.

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** A stable machine-readable code, e.g. "unknown-target". */
  code: string;
  message: string;
  file?: string;
  /** 1-based line (text formats) or row (spreadsheets). */
  line?: number;
  /** Where in the data: "organisations[3].type", a column or an attribute name. */
  field?: string;
  value?: string;
}

export function problem(
  severity: Severity,
  code: string,
  message: string,
  where: Omit<Problem, 'severity' | 'code' | 'message'> = {},
): Problem {
  return { severity, code, message, ...where };
}

/** "file:LINE: message", the format the CLI prints. */
export function formatProblem(p: Problem): string {
  const place = [p.file, p.line !== undefined ? String(p.line) : undefined]
    .filter((s): s is string => s !== undefined && s !== '')
    .join(':');
  const field = p.field !== undefined && !p.message.includes(p.field) ? ` (${p.field})` : '';
  return `${place ? `${place}: ` : ''}${p.severity === 'warning' ? 'warning: ' : ''}${p.message}${field}`;
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');
