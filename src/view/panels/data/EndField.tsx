// One end of a link in the link form: the organisation chosen, a search box to choose another,
// and "Pick on the network", after which clicking an organisation on the canvas chooses it.
import { useStore } from '../../../state/store';
import { selectOrganisation } from '../../../state/selectors';
import { OrganisationPicker } from '../../components/OrganisationPicker';
import { FieldErrors } from './FormField';

export type End = 'source' | 'target';

export interface EndFieldProps {
  end: End;
  legend: string;
  value: string;
  picking: boolean;
  errors?: readonly string[] | undefined;
  onChoose: (id: string) => void;
  onTogglePick: () => void;
}

export function EndField({
  end,
  legend,
  value,
  picking,
  errors,
  onChoose,
  onTogglePick,
}: EndFieldProps) {
  const org = useStore((s) => (value === '' ? undefined : selectOrganisation(s, value)));
  const invalid = errors !== undefined && errors.length > 0;
  return (
    <fieldset
      className={invalid ? 'form-field end-field invalid' : 'form-field end-field'}
      data-testid={`link-${end}`}
    >
      <legend>{legend}</legend>
      <p className="end-choice" data-testid={`link-${end}-choice`}>
        {value === '' ? (
          <span className="muted">none chosen yet</span>
        ) : org ? (
          <strong>{org.label}</strong>
        ) : (
          <span>“{value}” (not an organisation in this network)</span>
        )}
      </p>
      <OrganisationPicker
        label={`Choose the ${legend.toLowerCase()} by name`}
        placeholder="Type a name…"
        onChoose={onChoose}
        testId={`pick-${end}`}
        className="picker"
      />
      <button type="button" className="pick-button" aria-pressed={picking} onClick={onTogglePick}>
        {picking ? 'Now click an organisation on the network' : 'Pick on the network'}
      </button>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
