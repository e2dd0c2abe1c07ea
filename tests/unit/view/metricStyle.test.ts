// The analysis mapping: node sizes and colours by a metric's value.
import { describe, expect, it } from 'vitest';
import { analyzeDataset } from '../../../src/analysis';
import {
  DENSE_NODE_SIZES,
  SEQUENTIAL,
  metricLooks,
  rampColor,
  sizeFor,
} from '../../../src/view/graph/metricStyle';
import { MAX_NODE_SIZE, MIN_NODE_SIZE } from '../../../src/view/graph/toElements';
import { dataset } from '../analysis/dataset';

describe('sizeFor', () => {
  const scale = { min: 0, max: 100 };
  it('grows the area with the value, from the smallest to the largest node', () => {
    expect(sizeFor(0, scale)).toBe(MIN_NODE_SIZE);
    expect(sizeFor(100, scale)).toBe(MAX_NODE_SIZE);
    // A quarter of the range: half-way in side length (square root), 18 + 42 / 2 = 39.
    expect(sizeFor(25, scale)).toBe(39);
  });
  it('keeps to the smaller range of a large network', () => {
    expect(sizeFor(0, scale, DENSE_NODE_SIZES)).toBe(DENSE_NODE_SIZES.min);
    expect(sizeFor(100, scale, DENSE_NODE_SIZES)).toBe(DENSE_NODE_SIZES.max);
  });
  it('puts every node in the middle when all values are equal', () => {
    expect(sizeFor(5, { min: 5, max: 5 })).toBeCloseTo(
      MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.SQRT1_2,
      9,
    );
  });
});

describe('rampColor', () => {
  it('runs from the first to the last colour of the ramp', () => {
    expect(rampColor(0)).toBe(SEQUENTIAL[0]);
    expect(rampColor(1)).toBe(SEQUENTIAL.at(-1));
    expect(rampColor(-3)).toBe(SEQUENTIAL[0]);
    expect(rampColor(Number.NaN)).toBe(SEQUENTIAL[0]);
  });
  it('passes through the ramp stops in between', () => {
    expect(rampColor(0.5)).toBe(SEQUENTIAL[2]);
    expect(rampColor(0.25)).toBe(SEQUENTIAL[1]);
  });
});

describe('metricLooks', () => {
  it('sizes by the metric and colours by community', () => {
    const star = dataset(
      [{ id: 'hub' }, { id: 'a' }, { id: 'b' }, { id: 'c' }],
      ['a', 'b', 'c'].map((leaf) => ({ source: 'hub', target: leaf })),
    );
    const looks = metricLooks(analyzeDataset(star), 'betweenness', 'community');
    expect(looks.get('hub')!.size).toBe(MAX_NODE_SIZE);
    expect(looks.get('a')!.size).toBe(MIN_NODE_SIZE);
    expect(looks.get('a')!.color).toMatch(/^#[0-9A-F]{6}$/i);
    const dense = metricLooks(analyzeDataset(star), 'betweenness', 'type', DENSE_NODE_SIZES);
    expect(dense.get('hub')).toEqual({ size: DENSE_NODE_SIZES.max });
  });
});
