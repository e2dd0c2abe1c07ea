// Progress or error of the analysis job.
import { useStore } from '../../../state/store';

export function AnalysisStatus() {
  const job = useStore((s) => s.analysis);
  const revision = useStore((s) => s.revision);
  if (job.status === 'running') {
    return (
      <p className="muted" role="status" data-testid="analysis-progress">
        Computing… {job.step}{' '}
        <progress max={Math.max(1, job.total)} value={job.done} aria-label="Analysis progress" />
      </p>
    );
  }
  if (job.status === 'error') {
    return (
      <p className="notice error" role="alert">
        The analysis failed: {job.message}
      </p>
    );
  }
  if (job.status === 'done' && job.revision !== revision) {
    return <p className="muted">Updating for the changed data…</p>;
  }
  return null;
}
