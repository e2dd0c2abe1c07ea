// Step 2 of a survey: import filled questionnaires and long tables, review unknown names, see the
// figures, and confirm the merge (nothing changes before; undoable after).
import { useStore } from '../../../state/store';
import { selectSurveyPreview } from '../../../state/surveySelectors';
import {
  addSurveyResponses,
  confirmSurvey,
  discardSurvey,
  removeSurveyResponse,
} from '../../../state/commands/survey';
import { FilePicker } from '../../components/FilePicker';
import { ProblemList } from '../data/ProblemList';
import { ReviewList } from './ReviewList';
import { SurveySummary } from './SurveySummary';

function FileList() {
  const read = useStore((s) => s.surveyRead);
  if (!read) return null;
  return (
    <ul className="survey-files" data-testid="survey-files">
      {read.files.map((f) => {
        const errors = f.problems.filter((p) => p.severity === 'error').length;
        return (
          <li key={f.file}>
            <span>{f.file}</span>{' '}
            <span className={errors > 0 ? 'survey-file-bad' : 'muted'}>
              {errors > 0
                ? `${errors} error${errors === 1 ? '' : 's'}`
                : f.responses.map((r) => `${r.respondent}: ${r.answers.length} named`).join('; ')}
            </span>{' '}
            <button
              type="button"
              className="link-button"
              aria-label={`Remove ${f.file}`}
              onClick={() => void removeSurveyResponse(useStore, f.file)}
            >
              remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function ResponsesSection() {
  const reading = useStore((s) => s.surveyReading);
  const preview = useStore(selectSurveyPreview);
  const problems = preview ? [...preview.fileProblems, ...preview.merge.problems] : [];
  return (
    <section aria-labelledby="survey-r-heading">
      <h3 id="survey-r-heading">2. Responses</h3>
      <p className="muted small">
        Filled questionnaires (XLSX) or long tables (CSV), as many as you have. Nothing changes in
        the network until you confirm.
      </p>
      <FilePicker
        label="Import responses…"
        multiple
        accept=".xlsx,.csv,.tsv,.txt"
        testId="survey-input"
        onFiles={(files) => void addSurveyResponses(useStore, files)}
      />
      {reading && (
        <p className="small" role="status">
          Reading…
        </p>
      )}
      <FileList />
      <ProblemList problems={problems} testId="survey-problems" />
      {preview && (
        <>
          <ReviewList items={preview.merge.review} />
          <SurveySummary preview={preview} />
          <div className="buttons">
            <button
              type="button"
              className="primary"
              disabled={preview.blocked}
              onClick={() => confirmSurvey(useStore)}
            >
              Merge into the network
            </button>
            <button type="button" onClick={() => discardSurvey(useStore)}>
              Discard
            </button>
          </div>
          {preview.blocked && (
            <p className="small survey-file-bad">
              Fix or remove the files with errors before merging.
            </p>
          )}
        </>
      )}
    </section>
  );
}
