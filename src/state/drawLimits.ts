// What the canvas can be asked to draw: a network above this is refused before Confirm, with the
// reason and the limit, rather than freezing the tab while it is drawn.
import { formatCount } from '../io/limits';
import { problem, type Problem } from '../model/problem';
import type { Dataset } from '../model/types';

/** Most organisations plus links the page draws. */
export const MAX_DRAWN_ELEMENTS = 100_000;

/** An error when the dataset is too large to draw, naming the counts and the limit. */
export function drawLimitProblem(dataset: Dataset, files: readonly string[]): Problem | undefined {
  const orgs = dataset.organisations.length;
  const links = dataset.links.length;
  if (orgs + links <= MAX_DRAWN_ELEMENTS) return undefined;
  return problem(
    'error',
    'too-large-to-draw',
    `${files.join(', ')} holds ${formatCount(orgs)} organisations and ${formatCount(links)} links (${formatCount(orgs + links)} elements); this page draws at most ${formatCount(MAX_DRAWN_ELEMENTS)}. Split the network (by cluster, sector or country) or leave out the weakest links, then open it again`,
    { file: files[0] ?? '' },
  );
}
