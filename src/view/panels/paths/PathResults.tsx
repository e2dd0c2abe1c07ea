// The found paths, best first: each with its organisations, hops and trust; the highlighted one
// lists its hops in plain language. When none is found, the diagnosis says which constraint cut it.
import { useStore } from '../../../state/store';
import { selectIndex, selectVisible } from '../../../state/selectors';
import {
  selectPathResults,
  selectPathStatus,
  type CooperationPath,
} from '../../../state/pathSelectors';
import { TrustValue } from './TrustValue';
import { defaultNote } from './trustText';

function PathItem({
  path,
  index,
  chosen,
}: {
  path: CooperationPath;
  index: number;
  chosen: boolean;
}) {
  const orgs = useStore(selectIndex).organisations;
  const visible = useStore(selectVisible).organisations;
  const selectPath = useStore((s) => s.selectPath);
  const select = useStore((s) => s.select);
  const step = useStore((s) => (chosen ? s.pathStep : null));
  const defaultTrust = useStore((s) => s.dataset.defaultTrust);
  const names = path.nodes.map((id) => orgs.get(id)?.label ?? id);
  const hidden = path.nodes.filter((id) => !visible.has(id)).length;
  const note = defaultNote(path.defaultTrustSteps.length, defaultTrust);
  return (
    <li className={chosen ? 'path-item chosen' : 'path-item'} data-testid="path-item">
      <button
        type="button"
        className="path-button"
        aria-pressed={chosen}
        onClick={() => selectPath(index)}
      >
        <span className="path-names">{names.join(' → ')}</span>
        <span className="path-meta">
          {path.hops} {path.hops === 1 ? 'hop' : 'hops'} · trust{' '}
          <TrustValue trust={path.trust} bases={path.steps.map((s) => s.trustSource)} product />
          {note !== '' && `, ${note}`}
        </span>
      </button>
      {chosen && (
        <ol className="hops" aria-label={`Hops of path ${index + 1}`}>
          {path.explanation.map((sentence, i) => (
            <li
              key={path.steps[i]?.linkId ?? i}
              className={step !== null && (step === i || step === i + 1) ? 'current' : undefined}
              data-testid="hop"
            >
              <button
                type="button"
                className="hop-button"
                title="Show this link, its sources and its trust"
                onClick={() => {
                  const linkId = path.steps[i]?.linkId;
                  if (linkId !== undefined) select({ kind: 'link', id: linkId });
                }}
              >
                {sentence}
              </button>
            </li>
          ))}
        </ol>
      )}
      {chosen && hidden > 0 && (
        <p className="small warning-text">
          {hidden} {hidden === 1 ? 'organisation' : 'organisations'} on this path{' '}
          {hidden === 1 ? 'is' : 'are'} hidden by the filters.
        </p>
      )}
    </li>
  );
}

export function PathResults() {
  const status = useStore(selectPathStatus);
  const results = useStore(selectPathResults);
  const selected = useStore((s) => s.selectedPath);
  const haveTo = useStore((s) => s.pathQuery.to !== null);
  const message = useStore((s) => (s.pathJob.status === 'error' ? s.pathJob.message : ''));
  const clear = useStore((s) => s.clearPaths);
  if (status === 'idle' || !haveTo) {
    return (
      <p className="muted small">
        Choose two organisations, or right-click one on the network for “Paths from here”.
      </p>
    );
  }
  if (status === 'error') {
    return (
      <p role="alert" className="error-text">
        The paths could not be found: {message}
      </p>
    );
  }
  const search = results?.search;
  return (
    <div className="path-results" aria-busy={status === 'running'}>
      {status === 'running' && <p className="muted">Finding paths…</p>}
      {search && search.paths.length === 0 && (
        <p role="status" className="diagnosis" data-testid="path-diagnosis">
          {search.diagnosis?.message ?? 'No path found.'}
        </p>
      )}
      {search && search.paths.length > 0 && (
        <>
          <p className="muted small" role="status">
            {search.paths.length === 1 ? '1 path' : `${search.paths.length} paths`}, best first.
            Click one to highlight it, a hop to see its link and trust; <kbd>[</kbd> and{' '}
            <kbd>]</kbd> step along it.
          </p>
          <ol className="path-list" data-testid="path-list">
            {search.paths.map((p, i) => (
              <PathItem key={p.nodes.join('\u0000')} path={p} index={i} chosen={i === selected} />
            ))}
          </ol>
        </>
      )}
      <button type="button" className="link-button small" onClick={clear}>
        Clear paths
      </button>
    </div>
  );
}
