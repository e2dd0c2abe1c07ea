// Search by name with suggestions; arrows move, Enter jumps, Escape closes. A combobox for screen readers.
import { useId, useMemo, useState } from 'react';
import { useStore } from '../../state/store';
import { rankMatches } from '../../model/search';

export function SearchBox() {
  const dataset = useStore((s) => s.dataset);
  const jumpTo = useStore((s) => s.jumpTo);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => rankMatches(dataset.organisations, query, 8), [dataset, query]);

  const choose = (id: string) => {
    jumpTo(id);
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search organisations by name"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        placeholder="Search organisations… (/)"
        value={query}
        data-testid="search"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && matches[active]) {
            choose(matches[active].id);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
      />
      {open && query.trim() !== '' && (
        <ul id={listId} role="listbox" className="suggestions">
          {matches.length === 0 && <li className="muted">No organisation matches “{query}”</li>}
          {matches.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o.id);
              }}
            >
              <span>{o.label}</span>
              <small>{o.type}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
