// Our own dataset format (JSON): parse with line-aware errors, migrate older versions, serialise.
import { validateDataset } from '../model/schema';
import { problem, type Problem } from '../model/problem';
import type { Dataset } from '../model/types';

export interface ParseResult {
  dataset?: Dataset;
  problems: Problem[];
}

/** 1-based line of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parse a Clusterscope JSON dataset; never throws. */
export function parseJson(text: string, file = 'dataset.json'): ParseResult {
  if (text.trim() === '') {
    return { problems: [problem('error', 'empty', `${file} is empty`, { file })] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? lineOf(text, Number(pos[1])) : undefined;
    return {
      problems: [problem('error', 'bad-json', `not valid JSON: ${msg}`, { file, line })],
    };
  }
  const result = validateDataset(raw, file);
  const problems = result.problems.map((p) => ({ ...p, line: p.line ?? guessLine(text, p) }));
  return result.ok ? { dataset: result.dataset, problems } : { problems };
}

/** Best-effort line for a problem: where its value first appears as a JSON string. */
function guessLine(text: string, p: Problem): number | undefined {
  if (p.value === undefined || p.value === '') return undefined;
  const at = text.indexOf(JSON.stringify(p.value));
  return at >= 0 ? lineOf(text, at) : undefined;
}

/** Serialise a dataset to our JSON format (lossless, stable key order). */
export function serializeJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
