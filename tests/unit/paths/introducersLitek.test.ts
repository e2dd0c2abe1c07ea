// Who can introduce Light Conversion to ELI Beamlines on the LITEK data (data/litek.json): Ekspla,
// which is on every path between them in the actors-only graph, comes first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/model/schema';
import { findIntroducers } from '../../../src/analysis/paths/index';

const result = validateDataset(
  JSON.parse(readFileSync(new URL('../../../data/litek.json', import.meta.url), 'utf8')),
);
if (!result.ok) throw new Error('data/litek.json does not validate');
const litek = result.dataset;

describe('introducers on LITEK', () => {
  it('names Ekspla first for Light Conversion to ELI Beamlines, on every good path', () => {
    const r = findIntroducers(litek, 'light-conversion', 'eli-beamlines', { limit: 5 });
    expect(r.empty).toBeNull();
    expect(r.direct).toBeNull();
    expect(r.goodPaths.length).toBeGreaterThan(1);
    for (const p of r.goodPaths) expect(p.nodes).toContain('ekspla');
    const first = r.introducers[0]!;
    expect([first.id, first.paths, first.score]).toEqual(['ekspla', r.goodPaths.length, 1]);
    // Its best path is the two-hop one through the shared research and the Aton laser project.
    expect(first.best.nodes).toEqual(['light-conversion', 'ekspla', 'eli-beamlines']);
    expect(first.best.hops.map((h) => h.sentence)).toEqual([
      'Light Conversion and Ekspla worked together on Joint laser research (Science Prize) (2009–2023, source EKSPLA-PRIZE, grade A, also joined 2 other ways; proxy trust 0.49 = 0.7 × 0.7, an estimate from the public record).',
      'Ekspla took part in Aton 10-PW laser, and it supplies ELI Beamlines (2014, sources ELIBL-2014, RADIO-CZ, OPN-2020, SLIC, grade A; proxy trust 0.25 = 0.5 × 0.5, an estimate from the public record).',
    ]);
    // Every other introducer stands on fewer good paths.
    for (const i of r.introducers.slice(1)) expect(i.paths).toBeLessThan(first.paths);
    // No raw record text: no arrows, no kind lists.
    for (const h of r.introducers.flatMap((i) => i.best.hops)) expect(h.sentence).not.toMatch(/->/);
  });
});
