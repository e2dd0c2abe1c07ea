// Choose an organisation by name: suggestions as you type, arrows move, Enter chooses, Escape
// closes. A combobox for screen readers; what choosing does is up to the caller (onChoose).
import { useId, useMemo, useState } from 'react';
import { useStore } from '../../state/store';
import { rankMatches } from '../../model/search';
import { actionFor } from '../keyboard/keyboardMap';

export interface OrganisationPickerProps {
  /** Accessible name of the box. */
  label: string;
  placeholder: string;
  onChoose: (id: string) => void;
  /** Escape: the box is cleared and left (the caller moves focus); otherwise it only closes. */
  onEscape?: () => void;
  testId?: string;
  /** Organisations not offered (e.g. those already chosen). */
  exclude?: readonly string[];
  limit?: number;
  className?: string;
}

export function OrganisationPicker({
  label,
  placeholder,
  onChoose,
  onEscape,
  testId,
  exclude,
  limit = 8,
  className = 'search',
}: OrganisationPickerProps) {
  const dataset = useStore((s) => s.dataset);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => {
    const skip = new Set(exclude ?? []);
    const orgs =
      skip.size === 0
        ? dataset.organisations
        : dataset.organisations.filter((o) => !skip.has(o.id));
    return rankMatches(orgs, query, limit);
  }, [dataset, query, exclude, limit]);

  const choose = (id: string) => {
    onChoose(id);
    setQuery('');
    setOpen(false);
  };

  return (
    <div className={className}>
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={query}
        data-testid={testId}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          const action = actionFor(e, 'search');
          if (action === 'search-next') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, matches.length - 1));
          } else if (action === 'search-previous') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (action === 'search-choose' && matches[active]) {
            e.preventDefault();
            choose(matches[active].id);
          } else if (action === 'search-leave') {
            setOpen(false);
            if (onEscape) {
              e.preventDefault();
              setQuery('');
              onEscape();
            }
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
      />
      {open && query.trim() !== '' && (
        <ul id={listId} role="listbox" aria-label={label} className="suggestions">
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
