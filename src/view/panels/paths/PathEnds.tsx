// The two ends of the path query: a chosen organisation shows as a named chip, otherwise a
// search box; a swap button, the ranking toggle and the number of alternatives.
import { useStore } from '../../../state/store';
import { selectOrganisation } from '../../../state/selectors';
import { OrganisationPicker } from '../../components/OrganisationPicker';

const MAX_K = 10;

function EndField({ end }: { end: 'from' | 'to' }) {
  const id = useStore((s) => s.pathQuery[end]);
  const org = useStore((s) => (id === null ? undefined : selectOrganisation(s, id)));
  const setEnd = useStore((s) => s.setPathEnd);
  const jumpTo = useStore((s) => s.jumpTo);
  const word = end === 'from' ? 'From' : 'To';
  return (
    <div className="path-end">
      <span className="path-end-label">{word}</span>
      {id === null ? (
        <OrganisationPicker
          label={`${word} organisation`}
          placeholder="Type a name…"
          testId={`path-${end}`}
          className="search picker"
          onChoose={(chosen) => setEnd(end, chosen)}
        />
      ) : (
        <span className="end-chip" data-testid={`path-${end}-chosen`}>
          <button
            type="button"
            className="link-button"
            title="Show on the network"
            onClick={() => jumpTo(id)}
          >
            {org?.label ?? id}
          </button>
          <button
            type="button"
            className="chip-remove"
            aria-label={`Clear ${word.toLowerCase()} (${org?.label ?? id})`}
            onClick={() => setEnd(end, null)}
          >
            ×
          </button>
        </span>
      )}
    </div>
  );
}

export function PathEnds() {
  const by = useStore((s) => s.pathQuery.by);
  const k = useStore((s) => s.pathQuery.k);
  const canSwap = useStore((s) => s.pathQuery.from !== null || s.pathQuery.to !== null);
  const swap = useStore((s) => s.swapEnds);
  const update = useStore((s) => s.updatePathQuery);
  return (
    <div className="path-ends">
      <EndField end="from" />
      <button
        type="button"
        className="swap"
        onClick={swap}
        disabled={!canSwap}
        title="Swap from and to"
        aria-label="Swap from and to"
      >
        ⇅ Swap
      </button>
      <EndField end="to" />
      <fieldset className="ranking">
        <legend>Rank paths by</legend>
        <label>
          <input
            type="radio"
            name="path-ranking"
            checked={by === 'hops'}
            onChange={() => update({ by: 'hops' })}
          />{' '}
          Fewest hops
        </label>
        <label>
          <input
            type="radio"
            name="path-ranking"
            checked={by === 'trust'}
            onChange={() => update({ by: 'trust' })}
          />{' '}
          Most trusted
        </label>
      </fieldset>
      <label className="inline-field">
        Alternatives{' '}
        <select
          value={k}
          onChange={(e) => update({ k: Number(e.target.value) })}
          data-testid="path-k"
        >
          {Array.from({ length: MAX_K }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
