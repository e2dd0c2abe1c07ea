// Focus on one organisation: its ego network within 1, 2 or 3 hops, the rest faded or hidden.
import { useStore } from '../../../state/store';
import { selectIndex } from '../../../state/selectors';
import { selectEgo } from '../../../state/pathSelectors';
import type { EgoHops } from '../../../state/slices/pathSlice';

const CHOICES: Array<{ value: EgoHops | null; label: string }> = [
  { value: null, label: 'Off' },
  { value: 1, label: '1 hop' },
  { value: 2, label: '2 hops' },
  { value: 3, label: '3 hops' },
];

export function EgoFocus() {
  const selected = useStore((s) => (s.selection?.kind === 'organisation' ? s.selection.id : null));
  const focus = useStore((s) => s.egoFocus);
  const mode = useStore((s) => s.egoMode);
  const ego = useStore(selectEgo);
  const setFocus = useStore((s) => s.setEgoFocus);
  const setMode = useStore((s) => s.setEgoMode);
  const orgs = useStore(selectIndex).organisations;
  const target = selected ?? focus?.centre ?? null;
  const name = (id: string) => orgs.get(id)?.label ?? id;
  const current = focus && focus.centre === target ? focus.hops : null;
  return (
    <section className="path-section" aria-labelledby="ego-title" data-testid="ego-focus">
      <h3 id="ego-title">Focus{target !== null ? ` on ${name(target)}` : ''}</h3>
      {target === null ? (
        <p className="muted small">Select an organisation on the network to focus on it.</p>
      ) : (
        <fieldset className="segmented">
          <legend className="visually-hidden">Show around {name(target)}</legend>
          {CHOICES.map((c) => (
            <label key={c.label} className={current === c.value ? 'on' : undefined}>
              <input
                type="radio"
                name="ego-hops"
                checked={current === c.value}
                onChange={() =>
                  setFocus(c.value === null ? null : { centre: target, hops: c.value })
                }
              />
              {c.label}
            </label>
          ))}
        </fieldset>
      )}
      {focus && ego && (
        <p className="small" role="status">
          {focus.centre !== target && (
            <>
              Focused on {name(focus.centre)}.{' '}
              <button type="button" className="link-button" onClick={() => setFocus(null)}>
                Off
              </button>{' '}
            </>
          )}
          {ego.nodes.size} organisations within {focus.hops} {focus.hops === 1 ? 'hop' : 'hops'}.
        </p>
      )}
      <fieldset className="segmented">
        <legend>Everything else</legend>
        <label className={mode === 'fade' ? 'on' : undefined}>
          <input
            type="radio"
            name="ego-mode"
            checked={mode === 'fade'}
            onChange={() => setMode('fade')}
          />
          Faded
        </label>
        <label className={mode === 'hide' ? 'on' : undefined}>
          <input
            type="radio"
            name="ego-mode"
            checked={mode === 'hide'}
            onChange={() => setMode('hide')}
          />
          Hidden
        </label>
      </fieldset>
    </section>
  );
}
