// Trust on a link: the value with where it came from ("0.70 (proxy)"), and the workshop editor,
// a 1-5 scale stored as level/5 with basis 'workshop'; an undoable edit, so paths update at once.
import { useStore } from '../../state/store';
import { editTrust } from '../../state/commands/paths';
import { TRUST_LEVELS, levelToTrust, trustToLevel } from '../../state/pathSelectors';
import type { Link } from '../../model/types';
import { TrustValue } from './paths/TrustValue';

const LEVEL_WORDS: Record<number, string> = {
  1: 'very low',
  2: 'low',
  3: 'medium',
  4: 'high',
  5: 'very high',
};

const BASIS_TEXT = {
  stated: 'stated in the data',
  proxy: 'estimated from the evidence, not a measured trust',
  workshop: 'set in a workshop',
} as const;

/** The trust line of the link details. */
export function LinkTrust({ link }: { link: Link }) {
  const defaultTrust = useStore((s) => s.dataset.defaultTrust);
  if (link.trust === undefined) {
    return (
      <span data-testid="link-trust">
        <TrustValue trust={defaultTrust} bases={['default']} />, none recorded: paths use the
        dataset’s default
      </span>
    );
  }
  const basis = link.trustBasis ?? 'stated';
  return (
    <span data-testid="link-trust">
      <TrustValue trust={link.trust} bases={[basis]} />, {BASIS_TEXT[basis]}
    </span>
  );
}

/** The facilitator's 1-5 scale. */
export function TrustEditor({ link }: { link: Link }) {
  const notify = useStore((s) => s.notify);
  const nearest = link.trust !== undefined ? trustToLevel(link.trust) : null;
  const chosen = link.trustBasis === 'workshop' ? nearest : null;
  const set = (level: number) => {
    const error = editTrust(useStore, link.id, level);
    if (error !== null) notify('error', `The trust could not be set: ${error}`);
  };
  return (
    <fieldset className="trust-editor" data-testid="trust-editor">
      <legend>Trust in the workshop (1–5)</legend>
      <div className="levels">
        {TRUST_LEVELS.map((level) => (
          <label
            key={level}
            className={chosen === level ? 'on' : undefined}
            title={`${LEVEL_WORDS[level]}: stored as ${levelToTrust(level)}`}
          >
            <input
              type="radio"
              name={`trust-level-${link.id}`}
              aria-label={`Level ${level}: ${LEVEL_WORDS[level]} (${levelToTrust(level)})`}
              checked={chosen === level}
              onChange={() => set(level)}
            />
            <span aria-hidden="true">{level}</span>
          </label>
        ))}
      </div>
      <p className="small muted">
        1 very low · 3 medium · 5 very high, stored as level ÷ 5.
        {chosen === null &&
          nearest !== null &&
          ` The current value is nearest to level ${nearest}.`}{' '}
        Undo with Ctrl+Z.
      </p>
    </fieldset>
  );
}
