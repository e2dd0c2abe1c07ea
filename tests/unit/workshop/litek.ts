// The shipped LITEK dataset, loaded and validated for the workshop tests.
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../../src/model/schema';
import type { Dataset } from '../../../src/model/types';

export function litek(): Dataset {
  const text = readFileSync(new URL('../../../data/litek.json', import.meta.url), 'utf8');
  const result = validateDataset(JSON.parse(text), 'litek.json');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.dataset;
}

export const FOUNDERS = [
  'arginta',
  'eksma',
  'ekspla',
  'elas',
  'optida',
  'optonas',
  'optolita',
  'pvs',
  'intechcentras',
  'ftmc',
];
