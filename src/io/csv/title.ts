// A dataset's title from the names of the CSV files it was read from.

/** Words that name a table's role, not the network ("links", "organisations", ...). */
const ROLE_WORDS = new Set(
  'link links edge edges tie ties relations relationships connections organisation organisations organization organizations orgs nodes vertices actors members data export table sheet ryšiai organizacijos'.split(
    ' ',
  ),
);

/**
 * A title from the file names: "litek-links.csv" and "litek-organisations.csv" give "litek";
 * names that only say the table's role ("links.csv") give "Imported network".
 */
export function titleFromNames(names: readonly string[]): string {
  for (const name of names) {
    const base = name
      .replace(/^.*[\\/]/, '')
      .replace(/\.[^.]*$/, '')
      .trim();
    const words = base.split(/[\s_.-]+/).filter((w) => w !== '');
    const kept = words.filter((w) => !ROLE_WORDS.has(w.toLowerCase()));
    if (kept.length === words.length && base !== '') return base;
    if (kept.some((w) => /\p{L}/u.test(w))) return kept.join(' ');
  }
  return 'Imported network';
}
