// The workshop tab: saved views and the story, the timeline, focus, projector theme, sharing and
// export.
import { useStore } from '../../state/store';
import { selectLinksOf } from '../../state/selectors';
import { ViewList } from '../present/ViewList';
import { StoryBar } from '../present/StoryBar';
import { TimelineControls } from '../present/TimelineControls';
import { ShareExport } from '../present/ShareExport';
import { ProjectorToggle } from '../present/ProjectorToggle';

function FocusControls() {
  const focus = useStore((s) => s.focus);
  const selection = useStore((s) => s.selection);
  const setFocus = useStore((s) => s.setFocus);
  const focusSelection = () => {
    const s = useStore.getState();
    if (s.selection?.kind !== 'organisation') return;
    const id = s.selection.id;
    const partners = selectLinksOf(s, id).map((l) => (l.source === id ? l.target : l.source));
    setFocus([...new Set([id, ...partners])]);
  };
  return (
    <div className="focus-controls">
      <button
        type="button"
        onClick={focusSelection}
        disabled={selection?.kind !== 'organisation'}
        title="Fade everything but the selected organisation and its partners"
      >
        Focus on selection
      </button>
      {focus.length > 0 && (
        <button type="button" className="link-button" onClick={() => setFocus([])}>
          Clear focus ({focus.length})
        </button>
      )}
    </div>
  );
}

function WorkshopFile() {
  const capture = useStore((s) => s.requestCapture);
  return (
    <div className="workshop-file">
      <button
        type="button"
        onClick={() => capture({ purpose: 'file' })}
        data-testid="save-workshop"
      >
        Save workshop file
      </button>
      <p className="muted small">
        One JSON file with the network (trust edits included), the positions on screen, and every
        story with its views. Open it from the Data tab, or drop it on the page, on the projector
        laptop.
      </p>
    </div>
  );
}

export function WorkshopPanel() {
  return (
    <section className="panel workshop" aria-label="Workshop" data-testid="workshop">
      <h2>Stories and views</h2>
      <StoryBar />
      <ViewList />
      <h3>Timeline</h3>
      <TimelineControls />
      <h3>Focus and theme</h3>
      <FocusControls />
      <ProjectorToggle />
      <h3>Workshop file</h3>
      <WorkshopFile />
      <h3>Share and export</h3>
      <ShareExport />
    </section>
  );
}
