// Builds the three inputs of issue #19 that once made the importer hang or run out of memory.
// They are generated, never committed: `npx tsx tests/attacks/makeAttacks.ts [DIR]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';

/** A GraphML file on one line whose edges have no ids (all links then share line 1). */
export function oneLineGraphml(edges: number): string {
  const nodes = Math.max(2, Math.ceil(Math.sqrt(edges)) * 2);
  const parts = ['<?xml version="1.0" encoding="UTF-8"?><graphml><graph edgedefault="undirected">'];
  for (let i = 0; i < nodes; i++) parts.push(`<node id="n${i}"/>`);
  for (let i = 0; i < edges; i++)
    parts.push(`<edge source="n${i % nodes}" target="n${(i * 7 + 1) % nodes}"/>`);
  parts.push('</graph></graphml>');
  return parts.join('');
}

/** An organisations CSV whose one row names `clusters` clusters in one cell. */
export function manyClustersCsv(clusters: number): string {
  const cell = Array.from({ length: clusters }, (_, i) => `c${i}`).join(';');
  return `id,label,clusters\nacme,Acme,${cell}\n`;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Uint8Array): number => {
  let c = 0xffffffff;
  for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

interface Entry {
  name: string;
  /** Raw deflate data (method 8). */
  deflated: Uint8Array;
  /** The uncompressed size written in both headers (a lie, for the bomb). */
  claimedSize: number;
  crc: number;
}

/** A zip archive written by hand so that the headers can lie about sizes. */
export function zipWithClaims(entries: Entry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.claimedSize, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, Buffer.from(e.deflated));
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(e.deflated.length, 20);
    dir.writeUInt32LE(e.claimedSize, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dirBytes, end]));
}

const plain = (name: string, text: string): Entry => {
  const data = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(data), claimedSize: data.length, crc: crc32(data) };
};

/**
 * An XLSX whose sheet part inflates to `mib` MiB of blanks while both zip headers claim 3,450
 * bytes. The deflate stream is one sync-flushed 1 MiB block repeated, so it is built at once.
 */
export function zipBombXlsx(mib: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1 << 20, 0x20), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const head = deflateRawSync(
    Buffer.from(
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ),
    { finishFlush: constants.Z_SYNC_FLUSH },
  );
  const stream = Buffer.concat([
    head,
    ...Array.from({ length: mib }, () => block),
    Buffer.from([3, 0]),
  ]);
  const ns = 'http://schemas.openxmlformats.org/';
  return zipWithClaims([
    plain(
      '[Content_Types].xml',
      `<?xml version="1.0"?><Types xmlns="${ns}package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    plain(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="${ns}package/2006/relationships"><Relationship Id="rId1" Type="${ns}officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    plain(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${ns}spreadsheetml/2006/main" xmlns:r="${ns}officeDocument/2006/relationships"><sheets><sheet name="Links" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    plain(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="${ns}package/2006/relationships"><Relationship Id="rId1" Type="${ns}officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    { name: 'xl/worksheets/sheet1.xml', deflated: stream, claimedSize: 3450, crc: 0 },
  ]);
}

/** The inputs of issue #19 at the sizes it gives. */
export const ATTACKS = {
  'one-line-20k-edges.graphml': () => oneLineGraphml(20_000),
  'one-line-30k-edges.graphml': () => oneLineGraphml(30_000),
  'clusters-30k.csv': () => manyClustersCsv(30_000),
  'bomb-2mb.xlsx': () => zipBombXlsx(2048),
  'bomb-4gib.xlsx': () => zipBombXlsx(4096),
} as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '/tmp/clusterscope-attacks';
  mkdirSync(dir, { recursive: true });
  for (const [name, make] of Object.entries(ATTACKS)) {
    const data = make();
    writeFileSync(join(dir, name), data);
    console.log(`${join(dir, name)}\t${data.length} bytes`);
  }
}
