// The caps every reader enforces, so a hostile or mistaken file cannot exhaust memory or time.
import { MAX_ELEMENTS } from '../model/schema';

/** Largest file read, in bytes (50 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Most organisations, most links, and most data rows in one table. */
export const MAX_ROWS = MAX_ELEMENTS;
/** Deepest element nesting accepted in XML (GEXF and GraphML need fewer than 10). */
export const MAX_XML_DEPTH = 32;
/** Most XML elements in one file (nodes, edges and their attribute values together). */
export const MAX_XML_ELEMENTS = 2_000_000;
/** Most bytes an XLSX archive may unpack to, counted as they are produced (zip bombs). */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Most bytes produced per compressed byte in one part, once it passes MIN_RATIO_BYTES. */
export const MAX_ZIP_RATIO = 200;
/** Parts smaller than this are never refused for their ratio (a tiny empty sheet compresses well). */
export const MIN_RATIO_BYTES = 8 * 1024 * 1024;
/** Most parts in an XLSX archive. */
export const MAX_ZIP_PARTS = 10_000;
/** Problems of one kind listed per file before the rest are counted in one line. */
export const MAX_PROBLEMS_PER_KIND = 100;

/** "1,234,567": thousands separated, for messages. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');
