// A trust value as shown everywhere: "0.60 (proxy)", with a tooltip saying what the note means.
import { useStore } from '../../../state/store';
import { TRUST_PROXY_NOTE, type StepTrustSource } from '../../../state/pathSelectors';
import { trustText, trustTitle } from './trustText';

export function TrustValue({
  trust,
  bases,
  product = false,
}: {
  trust: number;
  bases: readonly StepTrustSource[];
  /** True for a path's trust (a product of its links' trust). */
  product?: boolean;
}) {
  const trustNote = useStore((s) => s.dataset.trustNote);
  const defaultTrust = useStore((s) => s.dataset.defaultTrust);
  const title = trustTitle(
    bases,
    { trustNote, proxyNote: TRUST_PROXY_NOTE, defaultTrust },
    product,
  );
  return (
    <span className="trust-value" title={title} data-testid="trust-value">
      {trustText(trust, bases, product)}
    </span>
  );
}
