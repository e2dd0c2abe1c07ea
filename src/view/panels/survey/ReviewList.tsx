// Partner names not in the network: the closest matches offered, or add as new, or leave out.
import { useStore } from '../../../state/store';
import type { ReviewDecision, ReviewItem } from '../../../state/slices/surveySlice';

const NEW = '\u0000new';
const SKIP = '\u0000skip';

const valueOf = (d: ReviewDecision) =>
  d.action === 'match' ? d.id : d.action === 'skip' ? SKIP : NEW;

export function ReviewList({ items }: { items: readonly ReviewItem[] }) {
  const setDecision = useStore((s) => s.setSurveyDecision);
  if (items.length === 0) return null;
  return (
    <div className="survey-review" data-testid="survey-review">
      <h4>Names to review ({items.length})</h4>
      <p className="muted small">
        These partners are not in the network. Pick the organisation meant, add a new one, or leave
        the answer out.
      </p>
      <ul>
        {items.map((item, i) => (
          <li key={item.key}>
            <label htmlFor={`survey-review-${i}`}>
              “{item.names.join('”, “')}”{' '}
              <span className="muted small">named by {item.namedBy.join(', ')}</span>
            </label>
            <select
              id={`survey-review-${i}`}
              value={valueOf(item.decision)}
              onChange={(e) => {
                const v = e.target.value;
                setDecision(
                  item.key,
                  v === NEW
                    ? { action: 'new', type: 'unclassified' }
                    : v === SKIP
                      ? { action: 'skip' }
                      : { action: 'match', id: v },
                );
              }}
            >
              <option value={NEW}>Add as a new organisation</option>
              {item.suggestions.map((s) => (
                <option key={s.id} value={s.id}>
                  Same as {s.label} ({Math.round(s.score * 100)}% alike)
                </option>
              ))}
              <option value={SKIP}>Leave this answer out</option>
            </select>
          </li>
        ))}
      </ul>
    </div>
  );
}
