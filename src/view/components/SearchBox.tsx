// The toolbar's name search: an OrganisationPicker that jumps to the chosen organisation.
import { useStore } from '../../state/store';
import { OrganisationPicker } from './OrganisationPicker';

export function SearchBox({ onChosen }: { onChosen?: () => void }) {
  const jumpTo = useStore((s) => s.jumpTo);
  return (
    <OrganisationPicker
      label="Search organisations by name"
      placeholder="Search organisations… (/)"
      testId="search"
      onChoose={(id) => {
        jumpTo(id);
        onChosen?.();
      }}
    />
  );
}
