// Escaping for XML text and attributes; illegal characters are stripped and counted by a Cleaner.
import { Cleaner } from '../text/clean';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export const escapeXmlText = (s: string): string =>
  s.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c).replace(/\r/g, '&#13;');

/** Attribute values keep tabs and newlines (escaped, so parsers do not normalise them away). */
export const escapeXmlAttr = (s: string): string =>
  s.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);

/** Builds XML text line by line, cleaning every value it is given. */
export class XmlWriter {
  readonly cleaner = new Cleaner();
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];

  get removed(): number {
    return this.cleaner.removed;
  }

  /** attrs: name -> value; undefined values are left out. */
  attrs(values: ReadonlyArray<readonly [string, string | number | boolean | undefined]>): string {
    return values
      .filter((kv): kv is readonly [string, string | number | boolean] => kv[1] !== undefined)
      .map(([k, v]) => ` ${k}="${escapeXmlAttr(this.cleaner.clean(String(v)))}"`)
      .join('');
  }

  text(s: string): string {
    return escapeXmlText(this.cleaner.clean(s));
  }

  line(indent: number, s: string): void {
    this.lines.push(`${'  '.repeat(indent)}${s}`);
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

/** A number as XML text: finite numbers as JavaScript prints them. */
export const xmlNumber = (n: number): string => (Number.isFinite(n) ? String(n) : '0');
