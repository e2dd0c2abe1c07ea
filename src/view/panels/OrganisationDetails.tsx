// Details of one organisation: facts, clusters, links grouped by kind, and the sources behind them.
import { useStore } from '../../state/store';
import { selectIndex, selectLinksOf } from '../../state/selectors';
import type { Link, Organisation } from '../../model/types';
import { kindStyle, typeStyle } from '../../model/palette';
import { countryName } from '../components/countryName';
import { SafeLink } from '../components/SafeLink';
import { EvidenceBadge, SourceList } from './SourceList';
import { periodText } from './periodText';
import { OrganisationActions } from './data/RecordActions';

export function OrganisationDetails({ org }: { org: Organisation }) {
  const index = useStore(selectIndex);
  const links = useStore((s) => selectLinksOf(s, org.id));
  const select = useStore((s) => s.select);
  const jumpTo = useStore((s) => s.jumpTo);
  const clusters = index.clusters.get(org.id) ?? [];
  const byKind = new Map<string, Link[]>();
  for (const l of links) byKind.set(l.kind, [...(byKind.get(l.kind) ?? []), l]);
  const fullName = org.attributes?.fullName;

  return (
    <div data-testid="org-details">
      <h2>{org.label}</h2>
      <p className="type-line">
        <span className="type-badge">{typeStyle(org.type).label}</span>{' '}
        <EvidenceBadge grade={org.evidence} />
      </p>
      <OrganisationActions org={org} />
      {typeof fullName === 'string' && fullName !== org.label && (
        <p className="full-name">{fullName}</p>
      )}
      {org.description && <p>{org.description}</p>}
      <dl className="facts">
        {org.sectors.length > 0 && (
          <>
            <dt>Sectors</dt>
            <dd>{org.sectors.join(', ')}</dd>
          </>
        )}
        {(org.country || org.city) && (
          <>
            <dt>Location</dt>
            <dd>
              {[org.city, org.country ? countryName(org.country) : undefined]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </>
        )}
        {clusters.length > 0 && (
          <>
            <dt>Clusters</dt>
            <dd>
              {clusters.map((c, i) => (
                <span key={c}>
                  {i > 0 && ', '}
                  <button type="button" className="link-button" onClick={() => jumpTo(c)}>
                    {index.organisations.get(c)?.label ?? c}
                  </button>
                </span>
              ))}
            </dd>
          </>
        )}
        {org.founded !== undefined && (
          <>
            <dt>Founded</dt>
            <dd>{org.founded}</dd>
          </>
        )}
        {org.url && (
          <>
            <dt>Website</dt>
            <dd>
              <SafeLink href={org.url}>{org.url.replace(/^https?:\/\//, '')}</SafeLink>
            </dd>
          </>
        )}
      </dl>
      <h3>Sources</h3>
      <SourceList codes={org.sources} />
      <h3>Links ({links.length})</h3>
      {[...byKind].map(([kind, list]) => (
        <section key={kind} className="link-group">
          <h4>
            {kindStyle(kind).label} ({list.length})
          </h4>
          <ul>
            {list.map((l) => {
              const otherId = l.source === org.id ? l.target : l.source;
              const other = index.organisations.get(otherId);
              const arrow = l.directed ? (l.source === org.id ? '→' : '←') : '–';
              return (
                <li key={l.id}>
                  {arrow}{' '}
                  <button type="button" className="link-button" onClick={() => jumpTo(otherId)}>
                    {other?.label ?? otherId}
                  </button>
                  {l.label && <span className="muted"> · {l.label}</span>}
                  {periodText(l) && <span className="muted"> · {periodText(l)}</span>}{' '}
                  <button
                    type="button"
                    className="link-button small"
                    onClick={() => select({ kind: 'link', id: l.id })}
                    aria-label={`Details of link ${l.id}`}
                  >
                    details
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
