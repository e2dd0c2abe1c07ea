// Download templates: two CSVs and a workbook with every column and three clearly fictitious rows.
import { LINK_TEMPLATE_FIELDS, ORG_TEMPLATE_FIELDS } from '../model/fields';
import { tableToCsv } from './csv/write';
import type { ExportTable } from './tables';
import { loadExcel } from './xlsx/excel';

export const TEMPLATE_ORGANISATIONS: ExportTable = {
  header: [...ORG_TEMPLATE_FIELDS],
  rows: [
    [
      'acme-lasers',
      'Acme Lasers (example)',
      'company',
      'photonics; lasers',
      'DE',
      'Example City',
      1998,
      'https://example.com/acme-lasers',
      'example-cluster',
      undefined,
    ],
    [
      'example-university',
      'Example University (example)',
      'research',
      'photonics; optics',
      'DE',
      'Example City',
      1900,
      'https://example.org/university',
      'example-cluster',
      undefined,
    ],
    [
      'example-cluster',
      'Example Photonics Cluster (example)',
      'cluster',
      'photonics',
      'DE',
      'Example City',
      2005,
      'https://example.net/cluster',
      undefined,
      undefined,
    ],
  ],
};

export const TEMPLATE_LINKS: ExportTable = {
  header: [...LINK_TEMPLATE_FIELDS],
  rows: [
    [
      'acme-lasers',
      'example-university',
      'r-and-d',
      'Joint laser project (example)',
      2019,
      2023,
      3,
      0.8,
      false,
      undefined,
    ],
    [
      'example-university',
      'acme-lasers',
      'spin-off',
      'Spin-off (example)',
      1998,
      undefined,
      1,
      undefined,
      true,
      undefined,
    ],
    [
      'example-cluster',
      'example-university',
      'partnership',
      'Cluster partner (example)',
      2010,
      undefined,
      2,
      0.6,
      false,
      undefined,
    ],
  ],
};

const README: ReadonlyArray<readonly [string, string]> = [
  [
    'Clusterscope template',
    'Replace the three example rows with your own data; keep the header rows.',
  ],
  [
    'Organisations sheet',
    'id (required, unique), label, type (company, research, cluster, public-body, association ...), sectors (separated by ;), country, city, founded (year), url (https://...), clusters (ids of clusters it belongs to, separated by ;), sources (source codes)',
  ],
  [
    'Links sheet',
    'source and target (organisation ids, required), kind (r-and-d, value-chain, partnership, membership, funding, spin-off ...), label, since and until (years), weight (greater than 0, default 1), trust (0 to 1), directed (true/false), sources',
  ],
  ['Extra columns', 'Any other column is kept as an attribute of the organisation or link.'],
];

export const TEMPLATE_FILE_NAMES = {
  organisations: 'organisations.csv',
  links: 'links.csv',
  workbook: 'clusterscope-template.xlsx',
} as const;

/** The organisations template as CSV text. */
export const templateOrganisationsCsv = (): string => tableToCsv(TEMPLATE_ORGANISATIONS);

/** The links template as CSV text. */
export const templateLinksCsv = (): string => tableToCsv(TEMPLATE_LINKS);

/** The template workbook: Organisations, Links and a README sheet (which the importer skips). */
export async function templateWorkbook(): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Clusterscope';
  wb.title = 'Clusterscope template (example data)';
  for (const [name, table] of [
    ['Organisations', TEMPLATE_ORGANISATIONS],
    ['Links', TEMPLATE_LINKS],
  ] as const) {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(table.header);
    ws.getRow(1).font = { bold: true };
    for (const row of table.rows) ws.addRow(row.map((c) => c ?? null));
    ws.columns.forEach((col) => {
      col.width = 18;
    });
  }
  const readme = wb.addWorksheet('README');
  for (const row of README) readme.addRow([...row]);
  readme.getColumn(1).width = 24;
  readme.getColumn(2).width = 120;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
