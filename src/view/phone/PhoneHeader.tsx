// The phone header's buttons: search behind an icon, the panel sheet's switch, and the menu.
import { useStore } from '../../state/store';
import { HeaderMenu } from './HeaderMenu';
import { CloseIcon, SearchIcon } from './icons';
import './phone.css';

export function PhoneHeaderButtons({
  searching,
  setSearching,
}: {
  searching: boolean;
  setSearching: (on: boolean) => void;
}) {
  const sheet = useStore((s) => s.sheet);
  const setSheet = useStore((s) => s.setSheet);
  return (
    <div className="phone-buttons">
      {searching ? (
        <button
          type="button"
          className="icon-button"
          aria-label="Close search"
          onClick={() => setSearching(false)}
        >
          <CloseIcon />
        </button>
      ) : (
        <button
          type="button"
          className="icon-button"
          aria-label="Search organisations"
          onClick={() => setSearching(true)}
          data-testid="search-open"
        >
          <SearchIcon />
        </button>
      )}
      <button
        type="button"
        className="sheet-toggle"
        aria-expanded={sheet !== 'closed'}
        aria-controls="side-tabpanel"
        onClick={() => setSheet(sheet === 'closed' ? 'tabs' : 'closed')}
        data-testid="sheet-toggle"
      >
        Panel
      </button>
      <HeaderMenu />
    </div>
  );
}
