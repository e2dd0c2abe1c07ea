// The encoding an XML file declares (<?xml ... encoding="..."?>), checked against what we read.
import type { TextEncoding } from './decode';

/** Declared names we know, and the encodings whose reading they agree with. */
const KNOWN: Record<string, readonly TextEncoding[]> = {
  'utf-8': ['utf-8'],
  utf8: ['utf-8'],
  'utf-16': ['utf-16le', 'utf-16be'],
  'us-ascii': ['utf-8'],
  ascii: ['utf-8'],
  'iso-8859-1': ['utf-8', 'windows-1252'],
  latin1: ['utf-8', 'windows-1252'],
  'windows-1252': ['utf-8', 'windows-1252'],
  cp1252: ['utf-8', 'windows-1252'],
  'iso-8859-2': ['utf-8', 'windows-1250'],
  'windows-1250': ['utf-8', 'windows-1250'],
  'iso-8859-13': ['utf-8', 'windows-1257'],
  'iso-8859-4': ['utf-8', 'windows-1257'],
  'windows-1257': ['utf-8', 'windows-1257'],
};

/** The declared encoding, lower case, or undefined when there is no declaration. */
export function declaredXmlEncoding(text: string): string | undefined {
  const m = /^\uFEFF?\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']{0,40})["']/.exec(
    text.slice(0, 300),
  );
  return m?.[1]?.toLowerCase();
}

/**
 * A warning when the declaration names an encoding we do not know, or one that disagrees with
 * how the bytes were read (a pure-ASCII file agrees with any); undefined otherwise.
 */
export function xmlEncodingWarning(text: string, read: TextEncoding): string | undefined {
  const declared = declaredXmlEncoding(text);
  if (declared === undefined) return undefined;
  const fits = KNOWN[declared];
  if (!fits)
    return `the file declares encoding="${declared}", which Clusterscope does not know; it was read as ${read.toUpperCase()} (check that accented letters look right)`;
  if (!fits.includes(read))
    return `the file declares encoding="${declared}" but was read as ${read.toUpperCase()} (its bytes say so); check that accented letters look right`;
  return undefined;
}
