// Step 3 of a survey: compare the network on screen with an earlier wave (any dataset file), as a
// table and on the canvas (added green, removed dashed grey, changed orange).
import { useStore } from '../../../state/store';
import { selectWaveComparison } from '../../../state/surveySelectors';
import { closeSurveyWave, openSurveyWave } from '../../../state/commands/survey';
import { FilePicker } from '../../components/FilePicker';
import { ProblemList } from '../data/ProblemList';
import { WaveTable } from './WaveTable';

export function WavesSection() {
  const wave = useStore((s) => s.surveyWave);
  const problems = useStore((s) => s.surveyWaveProblems);
  const shown = useStore((s) => s.surveyDiffShown);
  const setShown = useStore((s) => s.setSurveyDiffShown);
  const comparison = useStore(selectWaveComparison);
  return (
    <section aria-labelledby="survey-w-heading">
      <h3 id="survey-w-heading">3. Compare waves</h3>
      <p className="muted small">
        Open an earlier survey (or any dataset file) to see what changed since: links by pair and
        kind, organisations that joined or left, and the network’s figures.
      </p>
      <div className="buttons">
        <FilePicker
          label="Open earlier wave…"
          accept=".json,.xlsx,.csv,.gexf,.graphml"
          testId="wave-input"
          onFiles={(files) => void openSurveyWave(useStore, files[0]!)}
        />
        {wave && (
          <button type="button" onClick={() => closeSurveyWave(useStore)}>
            Close {wave.name}
          </button>
        )}
      </div>
      <ProblemList problems={problems} testId="wave-problems" />
      {wave && comparison && (
        <>
          <label className="survey-check">
            <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
            Show the differences on the canvas
          </label>
          {shown && (
            <p className="small wave-legend" aria-label="Legend">
              <span className="wave-key wave-key-added" /> added{' '}
              <span className="wave-key wave-key-removed" /> removed{' '}
              <span className="wave-key wave-key-changed" /> changed
            </p>
          )}
          <WaveTable comparison={comparison} before={wave.dataset} />
        </>
      )}
    </section>
  );
}
