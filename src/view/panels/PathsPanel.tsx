// The paths tab: find cooperation paths between two organisations under constraints, who can
// introduce them, suggested contacts, and the ego focus.
import { PathEnds } from './paths/PathEnds';
import { PathConstraints } from './paths/PathConstraints';
import { PathResults } from './paths/PathResults';
import { Introducers } from './paths/Introducers';
import { Suggestions } from './paths/Suggestions';
import { EgoFocus } from './paths/EgoFocus';
import { AboutTrust } from './paths/AboutTrust';
import { KeyHelp } from './paths/KeyHelp';

export function PathsPanel() {
  return (
    <section className="panel paths-panel" aria-labelledby="paths-title" data-testid="paths-panel">
      <h2 id="paths-title">Cooperation paths</h2>
      <PathEnds />
      <PathConstraints />
      <PathResults />
      <Introducers />
      <Suggestions />
      <EgoFocus />
      <AboutTrust />
      <KeyHelp />
    </section>
  );
}
