// The survey's own figures before merging: response rate, reciprocity, trust levels given, who did
// not answer, and the one-sided ties that bias centralities.
import { useStore } from '../../../state/store';
import { SYMMETRISE_MODES, type SymmetriseMode } from '../../../model/surveyTies';
import type { SurveyPreview } from '../../../state/surveySelectors';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function SurveySummary({ preview }: { preview: SurveyPreview }) {
  const mode = useStore((s) => s.surveySymmetrise);
  const setMode = useStore((s) => s.setSurveySymmetrise);
  const labelOf = useStore((s) => s.dataset.organisations);
  const name = (id: string) => labelOf.find((o) => o.id === id)?.label ?? id;
  const { summary, nonRespondents } = preview.merge;
  const st = preview.stats;
  const most = Math.max(1, ...st.trustLevels);
  return (
    <div className="survey-summary" data-testid="survey-summary">
      <h4>Summary</h4>
      <dl className="facts">
        <dt>Answered</dt>
        <dd data-testid="survey-respondents">
          {summary.respondents} of {summary.roster} ({pct(summary.responseRate)})
        </dd>
        <dt>Pairs named</dt>
        <dd data-testid="survey-links">{summary.links}</dd>
        <dt>Named by both</dt>
        <dd data-testid="survey-reciprocated">
          {summary.reciprocated}
          {st.reciprocityRate !== null &&
            ` (${pct(st.reciprocityRate)} of pairs where both answered)`}
        </dd>
        <dt>One-sided</dt>
        <dd data-testid="survey-one-sided">
          {summary.oneSided} ({st.oneSidedWithNonRespondents} with a non-respondent)
        </dd>
      </dl>
      <h5>Trust levels given</h5>
      <ul className="survey-levels" aria-label="Trust levels given">
        {st.trustLevels.map((n, i) => (
          <li key={i}>
            <span>{i + 1}</span>
            <span className="survey-bar" style={{ width: `${(n / most) * 100}%` }} />
            <span className="muted">{n}</span>
          </li>
        ))}
      </ul>
      <label className="survey-form">
        Both sides rated: trust is the
        <select value={mode} onChange={(e) => setMode(e.target.value as SymmetriseMode)}>
          {SYMMETRISE_MODES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        of the two levels, / 5
      </label>
      {st.notes.map((n) => (
        <p key={n} className="small survey-note">
          {n}
        </p>
      ))}
      {nonRespondents.length > 0 && (
        <p className="small" data-testid="survey-non-respondents">
          Did not answer: {nonRespondents.map(name).join(', ')}
        </p>
      )}
    </div>
  );
}
