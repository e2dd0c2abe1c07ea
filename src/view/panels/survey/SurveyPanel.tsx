// The Survey tab: ask the members who they work with and how much they trust them, merge their
// answers (reviewed, confirmed, undoable), and compare with an earlier wave.
import { QuestionnaireSection } from './QuestionnaireSection';
import { ResponsesSection } from './ResponsesSection';
import { WavesSection } from './WavesSection';
import './survey.css';

export function SurveyPanel() {
  return (
    <div className="panel survey-panel" data-testid="survey-panel">
      <QuestionnaireSection />
      <ResponsesSection />
      <WavesSection />
    </div>
  );
}
