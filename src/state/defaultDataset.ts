// The LITEK dataset that ships with the app, validated like any other file.
import litek from '../../data/litek.json';
import { validateDataset } from '../model/schema';
import { formatProblem } from '../model/problem';
import type { Dataset } from '../model/types';

export function loadDefaultDataset(): Dataset {
  const result = validateDataset(litek, 'data/litek.json');
  if (!result.ok) {
    throw new Error(
      `The built-in dataset is invalid: ${result.problems.map(formatProblem).join('; ')}`,
    );
  }
  return result.dataset;
}
