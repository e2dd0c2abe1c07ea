// What the trust values mean here: the dataset's note (the proxy's formula) and its default.
import { useStore } from '../../../state/store';

export function AboutTrust() {
  const note = useStore((s) => s.dataset.trustNote);
  const defaultTrust = useStore((s) => s.dataset.defaultTrust);
  const proxies = useStore((s) => s.dataset.links.filter((l) => l.trustBasis === 'proxy').length);
  const missing = useStore((s) => s.dataset.links.filter((l) => l.trust === undefined).length);
  return (
    <details className="about-trust" data-testid="about-trust">
      <summary>About trust</summary>
      {proxies > 0 && (
        <p className="small">
          {proxies} links carry a <strong>proxy</strong> trust, marked “(proxy)”: an estimate from
          the public evidence, not a score anyone stated.
        </p>
      )}
      {note && <p className="small">{note}</p>}
      <p className="small">
        Links without a trust value count as the dataset’s default, {defaultTrust}
        {missing > 0 ? ` (${missing} links now)` : ''}. A facilitator can set a link’s trust on a
        1–5 scale in its details; paths update at once, and Undo takes it back.
      </p>
    </details>
  );
}
