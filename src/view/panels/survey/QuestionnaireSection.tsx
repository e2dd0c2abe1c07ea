// Step 1 of a survey: choose who is asked and download the questionnaire (XLSX) or the long CSV template.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../../state/store';
import { selectSurveyClusters, selectSurveyRoster } from '../../../state/surveySelectors';
import { surveyLongTemplate, surveyQuestionnaire } from '../../../state/commands/survey';
import { downloadFile } from '../data/downloadFiles';

/** A labelled choice of one value or none ("any"); `options` are [value, label] pairs. */
function AnySelect(props: {
  id: string;
  label: string;
  any: string;
  value: string | null;
  options: ReadonlyArray<readonly [string, string]>;
  onChange: (value: string | null) => void;
}) {
  return (
    <label htmlFor={props.id}>
      {props.label}
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{props.any}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function QuestionnaireSection() {
  const choice = useStore((s) => s.surveyRoster);
  const setChoice = useStore((s) => s.setSurveyRoster);
  const clusters = useStore((s) => selectSurveyClusters(s.dataset));
  const roster = useStore(useShallow(selectSurveyRoster));
  const types = useStore(
    useShallow((s) => [...new Set(s.dataset.organisations.map((o) => o.type))].sort()),
  );
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      downloadFile(await surveyQuestionnaire(useStore));
    } catch (e) {
      useStore.getState().notify('error', e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="survey-q-heading">
      <h3 id="survey-q-heading">1. Questionnaire</h3>
      <p className="muted small">
        Each member says whom they cooperated with, how, how often, and how much they trust them
        (1–5). Drop-downs keep the answers clean; partners not on the list have their own rows.
      </p>
      <div className="survey-form">
        <AnySelect
          id="survey-cluster"
          label="Cluster members"
          any="any cluster"
          value={choice.cluster}
          options={clusters.map((c) => [c.id, c.label] as const)}
          onChange={(cluster) => setChoice({ cluster })}
        />
        <AnySelect
          id="survey-type"
          label="Organisation type"
          any="any type"
          value={choice.type}
          options={types.map((t) => [t, t] as const)}
          onChange={(type) => setChoice({ type })}
        />
        <label htmlFor="survey-years">
          Years asked about
          <input
            id="survey-years"
            type="number"
            min={1}
            max={50}
            value={choice.years}
            onChange={(e) => {
              const n = Math.round(Number(e.target.value));
              if (n >= 1 && n <= 50) setChoice({ years: n });
            }}
          />
        </label>
      </div>
      <p className="small" data-testid="survey-roster-count">
        {roster.length} organisations on the roster
      </p>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          disabled={busy || roster.length === 0}
          onClick={() => void download()}
        >
          Download questionnaire (XLSX)
        </button>
        <button type="button" onClick={() => downloadFile(surveyLongTemplate())}>
          Long CSV template
        </button>
      </div>
    </section>
  );
}
