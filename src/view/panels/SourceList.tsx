// The sources behind a fact: code, title and address, with the evidence grade.
import { useStore } from '../../state/store';
import { selectIndex } from '../../state/selectors';
import type { Evidence } from '../../model/types';
import { SafeLink } from '../components/SafeLink';

export const EVIDENCE_TEXT: Record<Evidence, string> = {
  A: 'A: a primary or official source says it directly',
  B: 'B: a reputable secondary source says it directly',
  C: 'C: indirect, inferred from context or one weak mention',
};

export function EvidenceBadge({ grade }: { grade?: Evidence }) {
  if (!grade) return <span className="evidence none">no grade</span>;
  return (
    <span className={`evidence grade-${grade}`} title={EVIDENCE_TEXT[grade]}>
      evidence {grade}
    </span>
  );
}

export function SourceList({ codes }: { codes: readonly string[] }) {
  const index = useStore(selectIndex);
  if (codes.length === 0) return <p className="muted small">No source given.</p>;
  return (
    <ul className="sources" data-testid="sources">
      {codes.map((code) => {
        const src = index.sources.get(code);
        return (
          <li key={code}>
            <code>{code}</code> {src ? src.title : 'unknown source'}
            {src?.url && (
              <>
                {' '}
                <SafeLink href={src.url}>{src.url.replace(/^https?:\/\//, '')}</SafeLink>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
