// Community colours and their legend: distinct colours for the largest communities up to the
// palette's size, one shared "other" colour for the smallest beyond it, and every swatch named
// after the community's most central organisation (most links; ties by name).
import type { AnalysisResult } from '../../state/analysisTypes';

/** Categorical colours for communities (Okabe-Ito then Tol's muted). */
export const CATEGORICAL = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#332288',
  '#882255',
  '#117733',
  '#999933',
  '#AA4499',
  '#44AA99',
] as const;

/** Shared by the communities beyond the palette (pale grey, unlike every palette colour). */
export const OTHER_COMMUNITY = '#C8C8C8';

export interface CommunitySwatch {
  colour: string;
  /** "Ekspla and 11 more", or "3 small communities (9)" for the shared colour. */
  name: string;
  size: number;
}

/** Colour of community number `c` (0 = largest) when there are `count` communities. */
export function communityColour(
  c: number,
  count: number,
  palette: readonly string[] = CATEGORICAL,
): string {
  // All fit: each its own. Else the largest palette.length - 1, the rest share "other".
  const distinct = count <= palette.length ? palette.length : palette.length - 1;
  return c < distinct ? (palette[c] ?? OTHER_COMMUNITY) : OTHER_COMMUNITY;
}

/** One legend line per distinct colour, in community order, the shared colour last. */
export function communitySwatches(
  result: Pick<AnalysisResult, 'communities' | 'nodes'>,
  labelOf: (id: string) => string,
  palette: readonly string[] = CATEGORICAL,
): CommunitySwatch[] {
  const count = result.communities.length;
  const swatches: CommunitySwatch[] = [];
  let others = 0;
  let otherSize = 0;
  for (const c of [...result.communities].sort((a, b) => a.id - b.id)) {
    const colour = communityColour(c.id, count, palette);
    if (colour === OTHER_COMMUNITY) {
      others++;
      otherSize += c.size;
      continue;
    }
    let best: { label: string; degree: number } | null = null;
    for (const id of c.members) {
      const degree = result.nodes.get(id)?.degree ?? 0;
      const label = labelOf(id);
      if (!best || degree > best.degree || (degree === best.degree && label < best.label))
        best = { label, degree };
    }
    const more = c.size - 1;
    const name = best ? (more > 0 ? `${best.label} and ${more} more` : best.label) : `#${c.id}`;
    swatches.push({ colour, name, size: c.size });
  }
  if (others > 0)
    swatches.push({
      colour: OTHER_COMMUNITY,
      name: `${others} small ${others === 1 ? 'community' : 'communities'} (${otherSize})`,
      size: otherSize,
    });
  return swatches;
}
