// CSV import: what Excel writes, header synonyms, and every bad-input rule with file, line, column, value.
import { describe, expect, it } from 'vitest';
import { parseCsv, titleFromNames } from '../../../src/io/csv/read';
import { formatProblem } from '../../../src/model/problem';
import { codes, errors } from './helpers';

const links = (text: string, name = 'links.csv') => ({ name, text });
const orgs = (text: string, name = 'orgs.csv') => ({ name, text });

describe('parseCsv: recognising files and columns', () => {
  it.each([
    [['links.csv'], 'Imported network'],
    [['ryšiai.csv', 'organizacijos.csv'], 'Imported network'],
    [['litek-links.csv', 'litek-organisations.csv'], 'litek'],
    [['edges.csv', 'Baltic photonics.csv'], 'Baltic photonics'],
    [['my_cluster_links.csv'], 'my cluster'],
    [['forskningsradet-eu-h2020.csv'], 'forskningsradet-eu-h2020'],
  ])("titles %j as %j, never after the table's role", (names, title) => {
    expect(titleFromNames(names)).toBe(title);
  });

  it('a CSV pair named links.csv and orgs.csv is titled "Imported network"', () => {
    const r = parseCsv([links('source,target\nA,B\n'), orgs('id\nA\nB\n')]);
    expect(r.dataset?.title).toBe('Imported network');
  });

  it('reads a links file and an organisations file in either order, by their headers', () => {
    const l = links('source,target\r\nacme,uni\r\n', 'a.csv');
    const o = orgs('id,name,type\r\nacme,Acme,firm\r\nuni,Uni,University\r\n', 'b.csv');
    for (const files of [
      [l, o],
      [o, l],
    ]) {
      const r = parseCsv(files);
      expect(errors(r.problems)).toEqual([]);
      expect(r.dataset?.organisations.map((x) => [x.id, x.label, x.type])).toEqual([
        ['acme', 'Acme', 'company'],
        ['uni', 'Uni', 'research'],
      ]);
      expect(r.tables.map((t) => t.kind).sort()).toEqual(['links', 'organisations']);
    }
  });

  it('matches headers case- and space-insensitively, with synonyms', () => {
    const r = parseCsv([
      links(' From ;TO; Strength ;Link Type;Start Year\nacme;uni;0,5;R&D;2019\n'),
      orgs('ORG ID;Organisation;Org type\nacme;Acme;Enterprise\nuni;Uni;research institute\n'),
    ]);
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.links[0]).toMatchObject({
      source: 'acme',
      target: 'uni',
      weight: 0.5,
      kind: 'r-and-d',
      since: 2019,
    });
    expect(r.dataset?.organisations.map((o) => o.type)).toEqual(['company', 'research']);
  });

  it('reads tab-separated text and semicolons with decimal commas', () => {
    const tab = parseCsv([links('source\ttarget\tweight\ta\tb\t2.5\n'.replace('\ta\t', '\na\t'))]);
    expect(tab.dataset?.links[0]?.weight).toBe(2.5);
    const semi = parseCsv([links('source;target;trust;weight\r\na;b;0,75;1,5\r\n')]);
    expect(semi.dataset?.links[0]).toMatchObject({ trust: 0.75, weight: 1.5 });
  });

  it('keeps extra columns as attributes, typed only when a whole column is numbers or booleans', () => {
    const r = parseCsv([
      links('source,target\na,b\n'),
      orgs('id,employees,listed,zip,mixed\na,120,true,01234,5\nb,7,FALSE,12345,x\n'),
    ]);
    expect(r.dataset?.organisations.map((o) => o.attributes)).toEqual([
      { employees: 120, listed: true, zip: '01234', mixed: '5' },
      { employees: 7, listed: false, zip: '12345', mixed: 'x' },
    ]);
  });

  it('keeps ids as strings: "007" is not 7', () => {
    const r = parseCsv([links('source,target\n007,7\n')]);
    expect(r.dataset?.organisations.map((o) => o.id)).toEqual(['007', '7']);
  });

  it('generates link ids L<line> and keeps an id column', () => {
    const r = parseCsv([links('source,target\r\na,b\r\n\r\nb,c\r\n')]);
    expect(r.dataset?.links.map((l) => l.id)).toEqual(['L2', 'L4']);
    const withIds = parseCsv([links('id,source,target\nL3,a,b\n,b,c\n')]);
    expect(withIds.dataset?.links.map((l) => l.id)).toEqual(['L3', 'L3-2']);
  });

  it('maps kinds and types to our vocabulary and keeps unknown ones (lower-cased)', () => {
    const r = parseCsv([
      links('source,target,kind\na,b,Supplier\na,b,value chain\na,b,Joint Venture\n'),
      orgs('id,type\na,Startup\nb,Space Agency Thing\n'),
    ]);
    expect(r.dataset?.links.map((l) => l.kind)).toEqual([
      'value-chain',
      'value-chain',
      'joint venture',
    ]);
    expect(r.dataset?.links.map((l) => l.directed)).toEqual([true, true, false]);
    expect(r.dataset?.organisations.map((o) => o.type)).toEqual(['company', 'space agency thing']);
  });

  it('uses a name column as id when there is no id column, and says so', () => {
    const r = parseCsv([links('from,to\nAcme,Uni\n'), orgs('name,country\nAcme,DE\nUni,FR\n')]);
    expect(r.dataset?.organisations.map((o) => [o.id, o.country])).toEqual([
      ['Acme', 'DE'],
      ['Uni', 'FR'],
    ]);
    expect(codes(r.problems)).toContain('name-as-id');
  });

  it('creates membership links from a clusters column, and missing cluster organisations', () => {
    const r = parseCsv([
      links('source,target\na,b\n'),
      orgs('id,clusters\na,photonics; optics\nb,photonics\nphotonics,\n'),
    ]);
    expect(errors(r.problems)).toEqual([]);
    const members = r.dataset?.links
      .filter((l) => l.kind === 'membership')
      .map((l) => [l.source, l.target]);
    expect(members).toEqual([
      ['a', 'photonics'],
      ['a', 'optics'],
      ['b', 'photonics'],
    ]);
    expect(r.dataset?.organisations.find((o) => o.id === 'optics')?.type).toBe('cluster');
    const created = r.problems.find((p) => p.code === 'created-cluster');
    expect(created).toMatchObject({
      file: 'orgs.csv',
      line: 2,
      value: 'optics',
      severity: 'warning',
    });
  });

  it('removes the apostrophe that escaped a formula on export', () => {
    const r = parseCsv([links("source,target,label\na,b,'=1+1\n")]);
    expect(r.dataset?.links[0]?.label).toBe('=1+1');
  });
});

describe('parseCsv: bad input is named by file, line, column and value', () => {
  it('creates organisations missing from the organisations file, with a warning naming the cell', () => {
    const r = parseCsv([
      links('source,target\r\nacme,uni\r\nacme,Acme\r\n'),
      orgs('id\r\nacme\r\nuni\r\n'),
    ]);
    expect(r.dataset?.organisations.map((o) => o.id)).toEqual(['acme', 'uni', 'Acme']);
    const p = r.problems.find((x) => x.code === 'created-organisation');
    expect(p).toMatchObject({
      severity: 'warning',
      file: 'links.csv',
      line: 3,
      field: 'target',
      value: 'Acme',
    });
    expect(formatProblem(p!)).toBe(
      'links.csv:3: warning: target "Acme" is not an organisation in orgs.csv; it will be created',
    );
  });

  it('creates all organisations when there is no organisations file, with one warning', () => {
    const r = parseCsv([links('source,target\na,b\nb,c\n')]);
    expect(r.dataset?.organisations).toHaveLength(3);
    expect(r.problems.filter((p) => p.code === 'created-organisation')).toHaveLength(1);
  });

  it('refuses duplicate organisation ids, naming both lines', () => {
    const r = parseCsv([links('source,target\na,b\n'), orgs('id,label\na,One\nb,Two\na,Three\n')]);
    expect(r.dataset).toBeUndefined();
    const p = r.problems.find((x) => x.code === 'duplicate-id');
    expect(p).toMatchObject({ file: 'orgs.csv', line: 4, field: 'id', value: 'a' });
    expect(p?.message).toContain('line 2');
  });

  it('refuses duplicate link ids, naming both lines', () => {
    const r = parseCsv([links('id,source,target\nx,a,b\nx,b,c\n')]);
    const p = r.problems.find((x) => x.code === 'duplicate-id');
    expect(p).toMatchObject({ line: 3, value: 'x' });
    expect(p?.message).toContain('line 2');
  });

  it('refuses an empty source or target with its line (no node called "null")', () => {
    const r = parseCsv([links('source,target\na,b\n,c\nd,\n')]);
    expect(r.dataset).toBeUndefined();
    expect(errors(r.problems).map((p) => [p.code, p.line, p.field])).toEqual([
      ['empty-id', 3, 'source'],
      ['empty-id', 4, 'target'],
    ]);
  });

  it.each([
    ['weight', 'NaN', 'not a finite number'],
    ['weight', 'Infinity', 'not a finite number'],
    ['weight', '-2', 'greater than 0'],
    ['weight', '0', 'greater than 0'],
    ['weight', 'heavy', 'not a number'],
    ['trust', '1.5', 'between 0 and 1'],
    ['trust', '-0.1', 'between 0 and 1'],
    ['trust', '0,5', 'decimal comma'],
    ['since', '2015.5', 'whole number'],
    ['since', '99', 'a year'],
    ['directed', 'maybe', 'true or false'],
  ])('refuses %s = %j with line, column and value', (column, value, reason) => {
    const r = parseCsv([
      links(
        `source,target,${column}\na,b,1\na,c,"${value}"\n`.replace(
          ',1\n',
          column === 'directed' ? ',true\n' : column === 'since' ? ',2015\n' : ',1\n',
        ),
      ),
    ]);
    expect(r.dataset).toBeUndefined();
    const [p] = errors(r.problems);
    expect(p).toMatchObject({ file: 'links.csv', line: 3, field: column, value });
    expect(p?.message).toContain(reason);
    expect(p?.message).toContain(JSON.stringify(value));
  });

  it('takes an empty weight as 1 without a problem', () => {
    const r = parseCsv([links('source,target,weight\na,b,\n')]);
    expect(r.dataset?.links[0]?.weight).toBe(1);
    expect(errors(r.problems)).toEqual([]);
  });

  it('refuses a period that ends before it starts', () => {
    const r = parseCsv([links('source,target,since,until\na,b,2020,2010\n')]);
    expect(errors(r.problems)[0]).toMatchObject({ code: 'bad-period', line: 2, field: 'until' });
  });

  it('keeps self-links and parallel links, with warnings', () => {
    const r = parseCsv([
      links('source,target,kind\na,a,partner\na,b,partner\nb,a,partner\na,b,funding\n'),
    ]);
    expect(r.dataset?.links).toHaveLength(4);
    expect(r.problems.find((p) => p.code === 'self-link')).toMatchObject({
      line: 2,
      severity: 'warning',
    });
    const parallel = r.problems.filter((p) => p.code === 'parallel-link');
    expect(parallel.map((p) => p.line)).toEqual([4]);
    expect(parallel[0]?.message).toContain('line 3');
  });

  it('handles __proto__ and constructor as plain ids and column names; nothing is polluted', () => {
    const r = parseCsv([
      links(
        'source,target,__proto__,constructor\n__proto__,constructor,x,y\nconstructor,toString,1,2\n',
      ),
      orgs('id,label,hasOwnProperty\n__proto__,Proto,z\nconstructor,Ctor,w\n'),
    ]);
    expect(errors(r.problems)).toEqual([]);
    expect(r.dataset?.organisations.map((o) => o.id)).toEqual([
      '__proto__',
      'constructor',
      'toString',
    ]);
    const attrs = r.dataset?.links[0]?.attributes;
    expect(attrs && Object.hasOwn(attrs, '__proto__')).toBe(true);
    expect(attrs?.['__proto__']).toBe('x');
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(r.dataset?.organisations[0]?.attributes?.['hasOwnProperty']).toBe('z');
  });

  it('keeps HTML and script in labels as plain text', () => {
    const r = parseCsv([orgs('id,label\na,<img src=x onerror=alert(1)>\n')]);
    expect(r.dataset?.organisations[0]?.label).toBe('<img src=x onerror=alert(1)>');
  });

  it('reports an unclosed quote with the line it opened on, and reads nothing', () => {
    const r = parseCsv([links('source,target,label\na,b,ok\nb,c,"broken\nc,d,lost\n')]);
    expect(r.dataset).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ code: 'unclosed-quote', line: 3 });
  });

  it('refuses a row with more cells than the header', () => {
    const r = parseCsv([links('source,target\na,b,surplus\n')]);
    expect(errors(r.problems)[0]).toMatchObject({ code: 'extra-cells', line: 2, value: 'surplus' });
  });

  it('explains a header it does not recognise, listing the columns found', () => {
    const r = parseCsv([links('alpha,beta\n1,2\n', 'data.csv')]);
    expect(r.problems[0]?.code).toBe('unknown-table');
    expect(r.problems[0]?.message).toContain('"alpha", "beta"');
  });

  it('refuses two links files', () => {
    const r = parseCsv([links('source,target\na,b\n', 'x.csv'), links('from,to\nc,d\n', 'y.csv')]);
    expect(codes(r.problems)).toContain('two-tables');
  });

  it('refuses an empty file', () => {
    expect(parseCsv([links('  \r\n')]).problems[0]?.code).toBe('empty');
  });

  it('refuses a file over 200,000 rows', () => {
    const text = `source,target\n${'a,b\n'.repeat(200_001)}`;
    const r = parseCsv([links(text)]);
    expect(r.dataset).toBeUndefined();
    expect(r.problems[0]?.code).toBe('too-many-rows');
  });

  it('checks organisation fields: years, urls, colours, evidence', () => {
    const r = parseCsv([
      orgs(
        'id,founded,url,color,evidence\na,1998,www.acme.example,#ABC,b\nb,,javascript:alert(1),purple,\nc,nineteen,,,Z\n',
      ),
    ]);
    const a = r.problems;
    expect(a.find((p) => p.code === 'url-scheme-added')).toMatchObject({
      line: 2,
      severity: 'warning',
    });
    expect(a.find((p) => p.code === 'url-not-link')).toMatchObject({
      line: 3,
      severity: 'warning',
    });
    expect(a.find((p) => p.code === 'bad-colour')).toMatchObject({ line: 3, value: 'purple' });
    expect(errors(a).map((p) => [p.line, p.field])).toEqual([
      [4, 'founded'],
      [4, 'evidence'],
    ]);
  });
});
