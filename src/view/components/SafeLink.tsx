// An external link that only ever points to http(s) or mailto addresses; anything else is shown as text.
import type { ReactNode } from 'react';

export const isSafeUrl = (url: string): boolean => /^(https?:\/\/|mailto:)/i.test(url.trim());

export function SafeLink({ href, children }: { href: string; children?: ReactNode }) {
  if (!isSafeUrl(href)) return <span>{children ?? href}</span>;
  return (
    <a href={href.trim()} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
