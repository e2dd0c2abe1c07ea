// One entry point for every file a person brings: picks the reader by name and content.
import { problem, type Problem } from '../model/problem';
import type { Dataset } from '../model/types';
import { parseJson } from './json';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface InputFile {
  name: string;
  data: Uint8Array;
}

export interface ImportResult {
  dataset?: Dataset;
  problems: Problem[];
}

/** Decode UTF-8 strictly; the caller reports a problem when it fails. */
export function decodeUtf8(data: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return undefined;
  }
}

/** Read one or more files into one dataset. Never throws. */
export function importFiles(files: readonly InputFile[]): ImportResult {
  if (files.length === 0) return { problems: [problem('error', 'no-file', 'no file given')] };
  const [file] = files;
  if (!file) return { problems: [] };
  if (file.data.byteLength > MAX_FILE_BYTES) {
    return {
      problems: [
        problem('error', 'too-large', `${file.name} is larger than 50 MB`, { file: file.name }),
      ],
    };
  }
  const text = decodeUtf8(file.data);
  if (text === undefined) {
    return {
      problems: [
        problem('error', 'not-utf8', `${file.name} is not UTF-8 text`, { file: file.name }),
      ],
    };
  }
  return parseJson(text, file.name);
}
