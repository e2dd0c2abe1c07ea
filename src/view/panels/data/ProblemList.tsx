// A list of problems, each with where it is (file and line or row), what is wrong, the field and value.
import type { Problem } from '../../../model/problem';
import { problemParts } from '../../../state/commands/importExport';

export function ProblemList({
  problems,
  testId,
  limit = 200,
}: {
  problems: readonly Problem[];
  testId: string;
  limit?: number;
}) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, limit);
  return (
    <ul className="problem-list" data-testid={testId}>
      {shown.map((p, i) => {
        const parts = problemParts(p);
        return (
          <li key={i} className={`problem ${p.severity}`}>
            {parts.place !== '' && <span className="problem-place">{parts.place}: </span>}
            <span>{parts.message}</span>
            {parts.field !== undefined && (
              <span className="muted">
                {' '}
                · field <code>{parts.field}</code>
              </span>
            )}
            {parts.value !== undefined && (
              <span className="muted">
                {' '}
                · value <code>{parts.value}</code>
              </span>
            )}
          </li>
        );
      })}
      {problems.length > limit && (
        <li className="muted">and {problems.length - limit} more not shown</li>
      )}
    </ul>
  );
}
