// The top bar: name, search, undo/redo and the workshop buttons.
import { useStore } from '../../state/store';
import { SearchBox } from '../components/SearchBox';
import { UndoButtons } from '../components/UndoButtons';
import { WorkshopToolbarButtons } from '../present/ProjectorToggle';

export function Toolbar() {
  const title = useStore((s) => s.dataset.title);
  const toggleAbout = useStore((s) => s.toggleAbout);
  return (
    <header className="toolbar">
      <h1>
        Clusterscope{' '}
        <button
          type="button"
          className="dataset-title link-button"
          onClick={toggleAbout}
          title="About this dataset"
        >
          {title}
        </button>
      </h1>
      <SearchBox />
      <UndoButtons />
      <WorkshopToolbarButtons />
    </header>
  );
}
