// Fixed-width table printing and timing helpers for the benchmark.

/** Median of a list of numbers (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time and median CPU time (all threads of the process), in ms. */
export interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Median wall and CPU time of `runs` calls of a synchronous function. */
export function timeSync(runs: number, fn: () => unknown): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu0 = cpuMs();
    const started = performance.now();
    fn();
    wall.push(performance.now() - started);
    cpu.push(cpuMs() - cpu0);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** Median wall and CPU time of `runs` calls of an async function (worker threads included). */
export async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu0 = cpuMs();
    const started = performance.now();
    await fn();
    wall.push(performance.now() - started);
    cpu.push(cpuMs() - cpu0);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export function formatMs(ms: number | null): string {
  if (ms === null || Number.isNaN(ms)) return '-';
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

export function formatRatio(reference: number | null, ours: number | null): string {
  if (reference === null || ours === null || ours <= 0) return '-';
  return `${(reference / ours).toFixed(1)}x`;
}

/** Prints rows as a fixed-width table: first column left-aligned, the others right-aligned. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, c) =>
    Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
