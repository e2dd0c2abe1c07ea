// The import preview's choices: the text encoding to read with, the first rows as they will be
// read, and a column mapping (what the table is, which column is which) for a table whose
// headers were not recognised, or were recognised wrongly. Each choice reads the files again.
import { useState } from 'react';
import { useStore } from '../../../state/store';
import type { ImportPreview } from '../../../state/slices/importSlice';
import {
  MAPPING_ROLES,
  SKIP,
  TABLE_SHAPES,
  TEXT_ENCODINGS,
  rereadImport,
  type ColumnMapping,
  type ReadChoices,
  type TableShape,
} from '../../../state/commands/importExport';

type TableInfo = NonNullable<ImportPreview['summary']>['tables'][number];

const SHAPE_TEXT: Record<TableShape, string> = {
  links: 'links, a row per link',
  organisations: 'organisations, a row each',
  participation: 'participations, a row per project and organisation',
};

const reread = (preview: ImportPreview, change: ReadChoices) =>
  void rereadImport(useStore, { ...preview.choices, ...change });

/** Read the text files again in another encoding. */
export function EncodingPicker({ preview }: { preview: ImportPreview }) {
  const used = preview.summary?.encodings ?? [];
  if (used.length === 0) return null;
  const value = preview.choices?.encoding ?? 'auto';
  return (
    <p className="small">
      <label>
        Text encoding{' '}
        <select
          data-testid="import-encoding"
          value={value}
          onChange={(e) => reread(preview, { encoding: e.target.value as ReadChoices['encoding'] })}
        >
          <option value="auto">Detect ({used.map((u) => u.encoding).join(', ')})</option>
          {TEXT_ENCODINGS.map((enc) => (
            <option key={enc} value={enc}>
              {enc}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}

/** The first rows of a table as they will be read. */
export function SampleRows({ table }: { table: TableInfo }) {
  if (!table.sample || table.sample.length === 0) return null;
  return (
    <div className="sample-rows" style={{ overflowX: 'auto' }}>
      <table className="small" data-testid="import-sample">
        <caption className="muted">First rows of {table.file} as they will be read</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.sample.map((row, r) => (
            <tr key={r}>
              {table.columns.map((_c, i) => (
                <td key={i}>{row[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function initialMapping(table: TableInfo): ColumnMapping {
  if (table.kind === 'unrecognised')
    return { shape: 'links', roles: table.columns.map((_c, i) => ['source', 'target'][i]) };
  return { shape: table.kind, roles: table.columns.map((c) => c.field) };
}

/** Say what the table is and which column holds what; then read it again that way. */
export function MappingForm({ preview, table }: { preview: ImportPreview; table: TableInfo }) {
  const [mapping, setMapping] = useState<ColumnMapping>(() => initialMapping(table));
  const setShape = (shape: TableShape) =>
    setMapping({
      shape,
      roles: mapping.roles.map((r) =>
        r !== undefined && MAPPING_ROLES[shape].includes(r) ? r : undefined,
      ),
    });
  // A role given to one column leaves the column that had it.
  const setRole = (i: number, role: string) => {
    const roles = table.columns.map((_c, j) => {
      if (j === i) return role === '' ? undefined : role;
      const r = mapping.roles[j];
      return r === role && role !== SKIP ? undefined : r;
    });
    setMapping({ ...mapping, roles });
  };
  const id = (what: string) => `map-${table.file}-${what}`.replace(/[^\w-]/g, '_');
  return (
    <form
      className="mapping-form"
      data-testid="import-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        reread(preview, { mappings: { ...preview.choices?.mappings, [table.file]: mapping } });
      }}
    >
      <p>
        <label htmlFor={id('shape')}>{table.file} holds </label>
        <select
          id={id('shape')}
          style={{ maxWidth: '100%' }}
          value={mapping.shape}
          onChange={(e) => setShape(e.target.value as TableShape)}
        >
          {TABLE_SHAPES.map((s) => (
            <option key={s} value={s}>
              {SHAPE_TEXT[s]}
            </option>
          ))}
        </select>
      </p>
      <ul className="mapping-columns">
        {table.columns.map((c, i) => (
          <li key={i}>
            <label htmlFor={id(`c${i}`)}>
              <code>{c.header}</code>
            </label>{' '}
            <select
              id={id(`c${i}`)}
              value={mapping.roles[i] ?? ''}
              onChange={(e) => setRole(i, e.target.value)}
            >
              <option value="">keep as attribute</option>
              <option value={SKIP}>do not read</option>
              {MAPPING_ROLES[mapping.shape].map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <button type="submit" className="primary">
        Read with these columns
      </button>
    </form>
  );
}
