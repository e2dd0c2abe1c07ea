// Keeps the path results in step with the dataset revision and the query (render-nothing).
import { useEffect } from 'react';
import { useStore } from '../../../state/store';
import { startPathSync } from '../../../state/commands/paths';

export function PathRunner() {
  useEffect(() => startPathSync(useStore), []);
  return null;
}
