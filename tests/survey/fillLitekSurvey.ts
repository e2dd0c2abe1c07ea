// Fills the LITEK questionnaire as ten members might: made-up answers for testing the survey round
// trip (they are not facts about LITEK and never go into data/litek.json).
// As a script: `npx tsx tests/survey/fillLitekSurvey.ts TEMPLATE.xlsx OUTDIR` writes the eleven files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

export interface FilledAnswer {
  /** A roster id (its row), or the name written under "Partners not on the list". */
  partner: string;
  extra?: boolean;
  cooperated: 'yes' | 'no';
  kind?: string;
  frequency?: string;
  trust?: number;
  comment?: string;
}

export interface FilledResponse {
  file: string;
  /** The name picked in the drop-down (the roster name). */
  respondent: string;
  answers: FilledAnswer[];
}

const yes = (
  partner: string,
  kind: string,
  frequency: string,
  trust?: number,
  extra = false,
): FilledAnswer => ({
  partner,
  cooperated: 'yes',
  kind,
  frequency,
  ...(trust === undefined ? {} : { trust }),
  ...(extra ? { extra } : {}),
});
const R = 'Joint R&D';
const V = 'Supplier or customer';
const P = 'Joint project or partnership';
const C = 'Coordination';
const O = 'Other cooperation';

/** Ten respondents (eleven files: Optonas answers twice, the later file counts). */
export const LITEK_RESPONSES: FilledResponse[] = [
  {
    file: '01-fimtp.xlsx',
    respondent: 'FIMTP',
    answers: [
      yes('ekspla', C, 'Monthly', 4),
      yes('eksma', C, 'Monthly', 4),
      yes('ftmc', R, 'A few times a year', 3),
    ],
  },
  {
    file: '02-ekspla.xlsx',
    respondent: 'Ekspla',
    answers: [
      yes('fimtp', C, 'Monthly', 5),
      yes('eksma', V, 'Weekly', 4),
      yes('ftmc', R, 'Monthly', 5),
      { partner: 'optonas', cooperated: 'no' },
      yes('Light Conversion UAB', R, 'Once', 2, true),
    ],
  },
  {
    file: '03-eksma.xlsx',
    respondent: 'Eksma',
    answers: [yes('ekspla', V, 'Weekly', 2), yes('optolita', P, 'A few times a year', 3)],
  },
  {
    file: '04-optolita.xlsx',
    respondent: 'Optolita',
    answers: [
      yes('eksma', P, 'A few times a year', 3),
      yes('arginta-engineering', V, 'Monthly', 4),
    ],
  },
  { file: '05-optonas-first.xlsx', respondent: 'Optonas', answers: [yes('elas', O, 'Once', 2)] },
  { file: '06-optonas.xlsx', respondent: 'Optonas', answers: [yes('optida', R, 'Once', 3)] },
  {
    file: '07-optida.xlsx',
    respondent: 'Optida',
    answers: [yes('optonas', R, 'A few times a year', 4), yes('elas', O, 'Once', 1)],
  },
  {
    file: '08-elas.xlsx',
    respondent: 'Elas',
    answers: [yes('optida', O, 'Once', 2), yes('Ekspla', V, 'A few times a year', 3, true)],
  },
  {
    file: '09-arginta.xlsx',
    respondent: 'Arginta',
    answers: [yes('arginta-engineering', P, 'Weekly', 5), yes('pvs', P, 'A few times a year', 3)],
  },
  {
    file: '10-ftmc.xlsx',
    respondent: 'FTMC',
    answers: [
      yes('fimtp', R, 'A few times a year', 4),
      yes('ekspla', R, 'Monthly', 5),
      yes('intechcentras', R, 'Once'),
    ],
  },
  {
    file: '11-pvs.xlsx',
    respondent: 'Progresyvūs verslo sprendimai',
    answers: [
      yes('arginta', P, 'A few times a year', 4),
      { partner: 'ekspla', cooperated: 'no' },
      { partner: 'eksma', cooperated: 'no' },
    ],
  },
];

const EXTRA_HEADING = /^Partners not on the list/;

/** Fill a copy of the questionnaire as one respondent would in Excel, and save it. */
export async function fillWorkbook(
  template: Uint8Array,
  response: FilledResponse,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    template.buffer.slice(
      template.byteOffset,
      template.byteOffset + template.byteLength,
    ) as ArrayBuffer,
  );
  const ws = wb.getWorksheet('Response');
  if (!ws) throw new Error('no Response sheet');
  ws.getCell('B1').value = response.respondent;
  const rowOf = new Map<string, number>();
  let extraRow = 0;
  ws.eachRow((row, n) => {
    const id = row.getCell(1).value;
    if (typeof id === 'string' && n > 4) rowOf.set(id, n);
    if (EXTRA_HEADING.test(String(row.getCell(2).value ?? ''))) extraRow = n + 1;
  });
  for (const a of response.answers) {
    let n: number;
    if (a.extra) {
      n = extraRow++;
      ws.getCell(n, 2).value = a.partner;
    } else {
      const found = rowOf.get(a.partner);
      if (found === undefined) throw new Error(`${a.partner} is not on the questionnaire`);
      n = found;
    }
    ws.getCell(n, 3).value = a.cooperated;
    if (a.kind !== undefined) ws.getCell(n, 4).value = a.kind;
    if (a.frequency !== undefined) ws.getCell(n, 5).value = a.frequency;
    if (a.trust !== undefined) ws.getCell(n, 6).value = a.trust;
    if (a.comment !== undefined) ws.getCell(n, 7).value = a.comment;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Every filled file of the LITEK round, in order. */
export async function fillLitekRound(
  template: Uint8Array,
): Promise<Array<{ name: string; data: Uint8Array }>> {
  const out = [];
  for (const r of LITEK_RESPONSES)
    out.push({ name: r.file, data: await fillWorkbook(template, r) });
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [templatePath, outDir] = process.argv.slice(2);
  if (templatePath === undefined || outDir === undefined) {
    process.stderr.write('usage: npx tsx tests/survey/fillLitekSurvey.ts TEMPLATE.xlsx OUTDIR\n');
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  for (const f of await fillLitekRound(new Uint8Array(readFileSync(templatePath)))) {
    writeFileSync(join(outDir, f.name), f.data);
    process.stdout.write(`${join(outDir, f.name)}\n`);
  }
}
