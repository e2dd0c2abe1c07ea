// Removes characters that XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF).

// Allowed: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, and proper surrogate pairs.
const ILLEGAL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Counts what it strips, so an export can say how many characters it dropped. */
export class Cleaner {
  removed = 0;

  clean(s: string): string {
    ILLEGAL.lastIndex = 0;
    if (!ILLEGAL.test(s)) return s;
    ILLEGAL.lastIndex = 0;
    return s.replace(ILLEGAL, () => {
      this.removed++;
      return '';
    });
  }
}
