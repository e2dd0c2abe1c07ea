// The toolbar's name search: an OrganisationPicker that jumps to the chosen organisation.
// Choosing (Enter) or leaving (Escape) hands focus to the canvas, so the next key acts there.
import { useStore } from '../../state/store';
import { OrganisationPicker } from './OrganisationPicker';
import { focusCanvas } from '../keyboard/focusCanvas';

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
        focusCanvas();
      }}
      onEscape={() => {
        onChosen?.();
        focusCanvas();
      }}
    />
  );
}
