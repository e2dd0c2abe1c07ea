// Unpacks an XLSX archive under a real budget: bytes actually inflated are counted, headers never trusted.
import { Inflate } from 'fflate';
import type { Budget } from '../budget';
import {
  MAX_UNZIPPED_BYTES,
  MAX_ZIP_PARTS,
  MAX_ZIP_RATIO,
  MIN_RATIO_BYTES,
  formatCount,
} from '../limits';

export type Unzipped =
  | { ok: true; parts: Map<string, Uint8Array> }
  | { ok: false; code: string; message: string; part?: string; line?: undefined };

class ZipRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly part?: string,
  ) {
    super(message);
  }
}

const u16 = (d: Uint8Array, at: number): number => {
  if (at + 2 > d.length)
    throw new ZipRefused('bad-zip', 'is cut short (the zip directory ends early)');
  return d[at]! | (d[at + 1]! << 8);
};
const u32 = (d: Uint8Array, at: number): number => (u16(d, at) | (u16(d, at + 2) << 16)) >>> 0;

const mb = (bytes: number): string => `${formatCount(Math.round(bytes / 1024 / 1024))} MB`;

/** The end-of-central-directory record: at most 64 KiB of comment after it. */
function findDirectory(d: Uint8Array): { count: number; offset: number } {
  for (let i = d.length - 22; i >= 0 && i >= d.length - 22 - 0xffff; i--) {
    if (u32(d, i) === 0x06054b50) {
      const count = u16(d, i + 10);
      const offset = u32(d, i + 16);
      if (offset === 0xffffffff || count === 0xffff)
        throw new ZipRefused('bad-zip', 'is a ZIP64 archive, which an XLSX workbook never needs');
      return { count, offset };
    }
  }
  throw new ZipRefused('bad-zip', 'is not a readable XLSX file (no zip directory at its end)');
}

/** The caps, as parameters so tests can use small ones. */
export interface ZipCaps {
  total: number;
  ratio: number;
  minRatioBytes: number;
}

const DEFAULT_CAPS: ZipCaps = {
  total: MAX_UNZIPPED_BYTES,
  ratio: MAX_ZIP_RATIO,
  minRatioBytes: MIN_RATIO_BYTES,
};

interface Budgeted {
  total: number;
  budget: Budget;
  caps: ZipCaps;
}

/** Inflate one part in small input steps, counting what comes out; refuse past the caps. */
function inflatePart(name: string, input: Uint8Array, state: Budgeted): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let consumed = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    state.total += chunk.length;
    if (state.total > state.caps.total)
      throw new ZipRefused(
        'too-large',
        `unpacks to more than ${mb(state.caps.total)} (stopped in ${name}); the limit guards against zip bombs: save the workbook without unused sheets, or export the network as CSV`,
        name,
      );
    if (produced > state.caps.minRatioBytes && produced > state.caps.ratio * Math.max(1, consumed))
      throw new ZipRefused(
        'zip-bomb',
        `has a part (${name}) that unpacks more than ${state.caps.ratio} times its packed size; it looks like a zip bomb and was not read`,
        name,
      );
    chunks.push(chunk);
  });
  const STEP = 16 * 1024;
  for (let at = 0; at < input.length || at === 0; at += STEP) {
    const end = Math.min(input.length, at + STEP);
    consumed = end;
    inflater.push(input.subarray(at, end), end >= input.length);
    state.budget.check();
    if (end >= input.length) break;
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(produced);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * Every part of the archive, inflated here under MAX_UNZIPPED_BYTES in all and MAX_ZIP_RATIO per
 * part. Sizes in the headers are ignored: only the bytes produced count. Never throws.
 */
export function unzipWorkbook(
  data: Uint8Array,
  budget: Budget,
  caps: ZipCaps = DEFAULT_CAPS,
): Unzipped {
  const parts = new Map<string, Uint8Array>();
  const state: Budgeted = { total: 0, budget, caps };
  const names = new TextDecoder('utf-8');
  let current: string | undefined;
  try {
    const { count, offset } = findDirectory(data);
    if (count > MAX_ZIP_PARTS)
      throw new ZipRefused(
        'too-large',
        `holds ${formatCount(count)} parts; the limit is ${formatCount(MAX_ZIP_PARTS)}`,
      );
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (u32(data, at) !== 0x02014b50)
        throw new ZipRefused(
          'bad-zip',
          'is damaged (its zip directory is not where the archive says)',
        );
      const flags = u16(data, at + 8);
      const method = u16(data, at + 10);
      const packed = u32(data, at + 20);
      const nameLength = u16(data, at + 28);
      const skip = nameLength + u16(data, at + 30) + u16(data, at + 32);
      const local = u32(data, at + 42);
      const name = names.decode(data.subarray(at + 46, at + 46 + nameLength));
      current = name;
      at += 46 + skip;
      if (name.endsWith('/')) continue;
      if (flags & 1)
        throw new ZipRefused(
          'unsupported',
          'is password-protected; save it without a password',
          name,
        );
      if (u32(data, local) !== 0x04034b50)
        throw new ZipRefused(
          'bad-zip',
          `is damaged (part ${name} is not where the directory says)`,
          name,
        );
      const start = local + 30 + u16(data, local + 26) + u16(data, local + 28);
      if (start + packed > data.length)
        throw new ZipRefused(
          'bad-zip',
          `is cut short (part ${name} runs past the end of the file)`,
          name,
        );
      const input = data.subarray(start, start + packed);
      if (method === 0) {
        state.total += packed;
        if (state.total > caps.total)
          throw new ZipRefused('too-large', `unpacks to more than ${mb(caps.total)}`, name);
        parts.set(name, input);
      } else if (method === 8) parts.set(name, inflatePart(name, input, state));
      else
        throw new ZipRefused(
          'unsupported',
          `uses a compression method (${method}) that XLSX files do not use`,
          name,
        );
    }
    return { ok: true, parts };
  } catch (e) {
    if (e instanceof ZipRefused)
      return { ok: false, code: e.code, message: e.message, part: e.part };
    if (e instanceof Error && e.name === 'BudgetExceeded') throw e;
    const part = current === undefined ? '' : ` (in part ${current})`;
    return {
      ok: false,
      code: 'bad-zip',
      message: `is damaged: a packed part cannot be unpacked${part}`,
      part: current,
    };
  }
}
