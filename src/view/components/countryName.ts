// Country names from ISO codes, in English; "EU" is the European Union.
const names = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return undefined;
  }
})();

export function countryName(code: string): string {
  if (code === 'EU') return 'European Union';
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
