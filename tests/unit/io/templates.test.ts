// The download templates: every column, three example rows each, and they import cleanly.
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/importFiles';
import {
  TEMPLATE_FILE_NAMES,
  templateLinksCsv,
  templateOrganisationsCsv,
  templateWorkbook,
} from '../../../src/io/templates';
import { bytes, errors } from './helpers';

describe('templates', () => {
  it('the CSV templates have the documented headers and three example rows each', () => {
    const orgs = templateOrganisationsCsv().trimEnd().split('\r\n');
    const links = templateLinksCsv().trimEnd().split('\r\n');
    expect(orgs[0]).toBe('id,label,type,sectors,country,city,founded,url,clusters,sources');
    expect(links[0]).toBe('source,target,kind,label,since,until,weight,trust,directed,sources');
    expect(orgs).toHaveLength(4);
    expect(links).toHaveLength(4);
    expect(orgs.slice(1).every((row) => row.includes('(example)'))).toBe(true);
    expect(links.slice(1).every((row) => row.includes('(example)'))).toBe(true);
  });

  it('the CSV templates import without problems', async () => {
    const r = await importFiles([
      { name: TEMPLATE_FILE_NAMES.links, data: bytes(templateLinksCsv()) },
      { name: TEMPLATE_FILE_NAMES.organisations, data: bytes(templateOrganisationsCsv()) },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.summary).toMatchObject({ organisations: 3, links: 5 });
    expect(r.dataset?.links[0]).toMatchObject({
      source: 'acme-lasers',
      target: 'example-university',
      kind: 'r-and-d',
      weight: 3,
      trust: 0.8,
      since: 2019,
      until: 2023,
    });
  });

  it('the workbook template imports the same data', async () => {
    const wb = await importFiles([
      { name: TEMPLATE_FILE_NAMES.workbook, data: await templateWorkbook() },
    ]);
    const csv = await importFiles([
      { name: 'l.csv', data: bytes(templateLinksCsv()) },
      { name: 'o.csv', data: bytes(templateOrganisationsCsv()) },
    ]);
    expect(errors(wb.problems)).toEqual([]);
    expect(wb.dataset?.organisations).toEqual(csv.dataset?.organisations);
    expect(wb.dataset?.links).toEqual(csv.dataset?.links);
  });
});
