// Reading files off the page's thread: the result crosses in slices and comes back whole, a read
// can be stopped, and a network too large to draw is refused before Confirm (#13).
import { describe, expect, it } from 'vitest';
import { importFiles, type ImportResult, type InputFile } from '../../../src/io/importFiles';
import { createResultAssembler, resultMessages, SLICE } from '../../../src/worker/importProtocol';
import { runImportJob } from '../../../src/worker/importClient';
import { drawLimitProblem, MAX_DRAWN_ELEMENTS } from '../../../src/state/drawLimits';
import { tinyDataset } from '../tinyDataset';

const file = (name: string, text: string): InputFile => ({
  name,
  data: new TextEncoder().encode(text),
});

/** A links CSV of a chain of n organisations. */
const chain = (n: number): InputFile => {
  const rows = ['source,target,kind'];
  for (let i = 1; i < n; i++) rows.push(`o${i - 1},o${i},partnership`);
  return file('links.csv', `${rows.join('\n')}\n`);
};

describe('import messages', () => {
  it('split a large result into slices and put it back together unchanged', async () => {
    const n = SLICE * 2 + 17;
    const result = await importFiles([chain(n)]);
    expect(result.dataset?.organisations).toHaveLength(n);
    const messages = [...resultMessages(7, result)];
    const slices = messages.filter((m) => m.type === 'organisations' || m.type === 'links');
    // 3 slices of organisations (n) and 3 of links (n - 1), none longer than SLICE.
    expect(slices).toHaveLength(6);
    for (const m of slices) expect(m.items.length).toBeLessThanOrEqual(SLICE);
    const assemble = createResultAssembler();
    const back = messages.map(assemble);
    expect(back.slice(0, -1).every((r) => r === undefined)).toBe(true);
    expect(back.at(-1)).toEqual(result);
  });

  it("carry a workshop file's stories and screen with the dataset", async () => {
    const part = { stories: [{ id: 's1', title: 'Istorija', views: [] }] };
    const result = {
      ...(await importFiles([chain(3)])),
      workshop: part as unknown as ImportResult['workshop'],
    };
    const back = [...resultMessages(2, result)].map(createResultAssembler()).at(-1);
    expect(back?.workshop).toEqual(part);
    expect(back).toEqual(result);
  });

  it('carry a result without a dataset (errors only)', async () => {
    const result = await importFiles([file('links.csv', 'source,target\na,\n')]);
    expect(result.dataset).toBeUndefined();
    const assemble = createResultAssembler();
    const back = [...resultMessages(1, result)].map(assemble).at(-1);
    expect(back).toEqual(result);
  });
});

describe('runImportJob without workers (Node)', () => {
  it('reads on this thread after a macrotask, so an abort right away stops it', async () => {
    const stop = new AbortController();
    const job = runImportJob([chain(5)], { signal: stop.signal });
    stop.abort();
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    const result = await runImportJob([chain(5)]);
    expect(result.dataset?.links).toHaveLength(4);
  });
});

describe('drawLimitProblem', () => {
  it('refuses a network over the limit, naming the counts and the limit', () => {
    const d = tinyDataset();
    expect(drawLimitProblem(d, ['net.csv'])).toBeUndefined();
    const many = { ...d, links: Array.from({ length: MAX_DRAWN_ELEMENTS }, () => d.links[0]!) };
    const p = drawLimitProblem(many, ['net.csv']);
    expect(p?.severity).toBe('error');
    expect(p?.file).toBe('net.csv');
    expect(p?.message).toContain(`${(MAX_DRAWN_ELEMENTS + 5).toLocaleString('en-US')} elements`);
    expect(p?.message).toContain(`at most ${MAX_DRAWN_ELEMENTS.toLocaleString('en-US')}`);
  });
});
