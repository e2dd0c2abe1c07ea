// `npm run attacks`: builds the inputs of issue #19 and checks that `validate` answers each
// within 5 s of CPU time, under 1 GB, without a stack trace and in at most 20 KB of output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ATTACKS } from './makeAttacks';

const dir = mkdtempSync(join(tmpdir(), 'clusterscope-attacks-'));
let failed = 0;
try {
  for (const [name, make] of Object.entries(ATTACKS)) {
    const file = join(dir, name);
    writeFileSync(file, make());
    // GNU time: wall seconds, user + system CPU seconds, peak resident KB, on its own last line.
    const run = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        '%e %U %S %M',
        process.execPath,
        '--import',
        'tsx',
        'src/cli/main.ts',
        'validate',
        file,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const errLines = run.stderr.trimEnd().split('\n');
    const [wall, user, sys, kb] = (errLines.pop() ?? '').split(' ').map(Number);
    const output = run.stdout.length + errLines.join('\n').length;
    const cpu = (user ?? 0) + (sys ?? 0);
    const stack = /^\s+at \S/m.test(run.stdout + run.stderr) || /FATAL ERROR/.test(run.stderr);
    const ok = cpu <= 5 && (kb ?? Infinity) < 1024 * 1024 && !stack && output <= 20 * 1024;
    if (!ok) failed++;
    const first = (run.stdout.split('\n')[0] ?? '').slice(0, 160);
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${name}: ${cpu.toFixed(2)} s CPU (${wall} s wall), ${Math.round((kb ?? 0) / 1024)} MB peak, ${output} bytes out, exit ${run.status}${stack ? ', STACK TRACE' : ''}\n     ${first}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed > 0 ? 1 : 0;
