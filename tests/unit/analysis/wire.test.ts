// The worker-to-page form of the result: columns that decode to exactly the result computed.
import { describe, expect, it } from 'vitest';
import { analyzeDataset } from '../../../src/analysis/analyze';
import { decodeResult, encodeResult } from '../../../src/analysis/wire';
import { litek } from '../workshop/litek';

describe('encodeResult / decodeResult', () => {
  it('round-trips the LITEK analysis exactly, through a structured clone that moves the columns', () => {
    const result = analyzeDataset(litek(), { partition: 'sector', alpha: 0.5 });
    const { wire, transfer } = encodeResult(result);
    const moved = structuredClone(wire, { transfer });
    expect(transfer.every((b) => b.byteLength === 0)).toBe(true);
    const back = decodeResult(moved);
    expect(back).toEqual(result);
    expect([...back.nodes.keys()]).toEqual([...result.nodes.keys()]);
  });

  it('keeps nulls, flags, roles and sector pairs apart per organisation', () => {
    const result = analyzeDataset(litek(), { partition: 'sector' });
    const nulls = [...result.nodes.values()].filter((m) => m.constraint === null).length;
    const pairs = [...result.nodes.values()].filter((m) => m.sectorPairs.length > 0).length;
    const articulation = [...result.nodes.values()].filter((m) => m.articulation).length;
    // The fixture must exercise each special case, or this test proves nothing.
    expect(nulls).toBeGreaterThan(0);
    expect(pairs).toBeGreaterThan(0);
    expect(articulation).toBeGreaterThan(0);
    const back = decodeResult(encodeResult(result).wire);
    expect([...back.nodes.values()].filter((m) => m.constraint === null).length).toBe(nulls);
    expect([...back.nodes.values()].filter((m) => m.articulation).length).toBe(articulation);
  });
});
