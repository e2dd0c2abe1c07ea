// Details of one link: its ends, kind, years, weight, trust (and whether it is a proxy), money, sources.
import { useStore } from '../../state/store';
import { selectIndex } from '../../state/selectors';
import type { Link } from '../../model/types';
import { kindStyle } from '../../model/palette';
import { EvidenceBadge, SourceList } from './SourceList';
import { periodText } from './periodText';
import { LinkActions } from './data/RecordActions';
import { LinkTrust, TrustEditor } from './TrustEditor';

export function LinkDetails({ link }: { link: Link }) {
  const index = useStore(selectIndex);
  const jumpTo = useStore((s) => s.jumpTo);
  const end = (id: string) => (
    <button type="button" className="link-button" onClick={() => jumpTo(id)}>
      {index.organisations.get(id)?.label ?? id}
    </button>
  );
  return (
    <div data-testid="link-details">
      <h2>
        {end(link.source)} {link.directed ? '→' : '–'} {end(link.target)}
      </h2>
      <p className="type-line">
        <span className="type-badge">{kindStyle(link.kind).label}</span>{' '}
        <EvidenceBadge grade={link.evidence} />
      </p>
      <LinkActions link={link} />
      {link.label && <p>{link.label}</p>}
      <dl className="facts">
        {periodText(link) && (
          <>
            <dt>Years</dt>
            <dd>{periodText(link)}</dd>
          </>
        )}
        <dt>Weight</dt>
        <dd>{link.weight}</dd>
        <dt>Trust</dt>
        <dd>
          <LinkTrust link={link} />
        </dd>
        {link.amount !== undefined && (
          <>
            <dt>Amount</dt>
            <dd>
              {link.amount.toLocaleString('en')} {link.currency ?? ''}
            </dd>
          </>
        )}
      </dl>
      <TrustEditor link={link} />
      <h3>Sources</h3>
      <SourceList codes={link.sources} />
    </div>
  );
}
