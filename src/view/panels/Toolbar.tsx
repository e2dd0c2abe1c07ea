// The top bar: name, search, undo/redo and the workshop buttons. On a phone it keeps to one
// row: search behind an icon, the panel sheet's switch, and a menu for the rest.
import { useEffect, useState } from 'react';
import { useStore } from '../../state/store';
import { SearchBox } from '../components/SearchBox';
import { UndoButtons } from '../components/UndoButtons';
import { WorkshopToolbarButtons } from '../present/ProjectorToggle';
import { useCompactLayout } from '../phone/useCompactLayout';
import { PhoneHeaderButtons } from '../phone/PhoneHeader';

export function Toolbar() {
  const title = useStore((s) => s.dataset.title);
  const toggleAbout = useStore((s) => s.toggleAbout);
  const compact = useCompactLayout();
  const [searchOpen, setSearchOpen] = useState(false);
  const searching = compact && searchOpen;
  useEffect(() => {
    if (searching) document.querySelector<HTMLInputElement>('[data-testid="search"]')?.focus();
  }, [searching]);
  return (
    <header className={searching ? 'toolbar searching' : 'toolbar'}>
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
      {(!compact || searching) && <SearchBox onChosen={() => setSearchOpen(false)} />}
      {compact ? (
        <PhoneHeaderButtons searching={searching} setSearching={setSearchOpen} />
      ) : (
        <>
          <UndoButtons />
          <WorkshopToolbarButtons />
        </>
      )}
    </header>
  );
}
