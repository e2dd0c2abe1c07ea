// Constraints on the paths: minimum trust per link, link kinds allowed, organisation types and
// organisations to avoid, and the longest path; the summary counts those in force.
import { useStore } from '../../../state/store';
import { selectLinkKinds, selectOrgTypes } from '../../../state/pathSelectors';
import { selectIndex } from '../../../state/selectors';
import { OrganisationPicker } from '../../components/OrganisationPicker';
import { kindStyle, typeStyle } from '../../../model/palette';
import { useOpensWhenActive } from '../../components/useOpensWhenActive';

const HOP_LIMITS = [1, 2, 3, 4, 5, 6, 7, 8];

export function PathConstraints() {
  const q = useStore((s) => s.pathQuery);
  const update = useStore((s) => s.updatePathQuery);
  const kinds = useStore(selectLinkKinds);
  const types = useStore(selectOrgTypes);
  const index = useStore(selectIndex);
  const active =
    (q.minTrust > 0 ? 1 : 0) +
    (q.kinds !== null ? 1 : 0) +
    (q.avoid.length > 0 ? 1 : 0) +
    (q.avoidTypes.length > 0 ? 1 : 0) +
    (q.maxHops !== null ? 1 : 0);
  const [open, setOpen] = useOpensWhenActive(active > 0);

  const toggleKind = (kind: string, allowed: boolean) => {
    const current = q.kinds ?? kinds;
    const next = allowed ? [...current, kind] : current.filter((k) => k !== kind);
    update({ kinds: kinds.every((k) => next.includes(k)) ? null : [...new Set(next)].sort() });
  };
  const toggleType = (type: string, avoided: boolean) =>
    update({
      avoidTypes: avoided ? [...q.avoidTypes, type].sort() : q.avoidTypes.filter((t) => t !== type),
    });

  return (
    <details className="constraints" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Constraints{active > 0 && <span className="badge">{active} on</span>}</summary>
      <label className="slider-field">
        <span>
          Minimum trust per link:{' '}
          <output data-testid="min-trust-value">
            {q.minTrust > 0 ? q.minTrust.toFixed(2) : 'none'}
          </output>
        </span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={q.minTrust}
          aria-label="Minimum trust per link"
          onChange={(e) => update({ minTrust: Math.round(Number(e.target.value) * 100) / 100 })}
        />
      </label>
      <label className="inline-field">
        Longest path{' '}
        <select
          value={q.maxHops ?? ''}
          aria-label="Longest path"
          onChange={(e) =>
            update({ maxHops: e.target.value === '' ? null : Number(e.target.value) })
          }
        >
          <option value="">no limit</option>
          {HOP_LIMITS.map((h) => (
            <option key={h} value={h}>
              {h} {h === 1 ? 'hop' : 'hops'}
            </option>
          ))}
        </select>
      </label>
      <details className="sub-constraint">
        <summary>
          Link kinds allowed: {q.kinds === null ? 'all' : `${q.kinds.length} of ${kinds.length}`}
        </summary>
        <ul className="facet two-col" aria-label="Link kinds allowed">
          {kinds.map((kind) => (
            <li key={kind}>
              <label>
                <input
                  type="checkbox"
                  checked={q.kinds === null || q.kinds.includes(kind)}
                  onChange={(e) => toggleKind(kind, e.target.checked)}
                />
                {kindStyle(kind).label}
              </label>
            </li>
          ))}
        </ul>
      </details>
      <details className="sub-constraint">
        <summary>
          Avoid types:{' '}
          {q.avoidTypes.length === 0
            ? 'none'
            : q.avoidTypes.map((t) => typeStyle(t).label).join(', ')}
        </summary>
        <ul className="facet two-col" aria-label="Avoid organisation types">
          {types.map((type) => (
            <li key={type}>
              <label>
                <input
                  type="checkbox"
                  checked={q.avoidTypes.includes(type)}
                  onChange={(e) => toggleType(type, e.target.checked)}
                />
                {typeStyle(type).label}
              </label>
            </li>
          ))}
        </ul>
      </details>
      <fieldset>
        <legend>Avoid organisations</legend>
        {q.avoid.length > 0 && (
          <p className="chips">
            {q.avoid.map((id) => (
              <button
                type="button"
                key={id}
                className="chip"
                title="Allow again"
                onClick={() => update({ avoid: q.avoid.filter((a) => a !== id) })}
              >
                {index.organisations.get(id)?.label ?? id} ×
              </button>
            ))}
          </p>
        )}
        <OrganisationPicker
          label="Avoid an organisation"
          placeholder="Add an organisation…"
          className="search picker"
          exclude={q.avoid}
          onChoose={(id) => update({ avoid: [...q.avoid, id] })}
        />
      </fieldset>
    </details>
  );
}
