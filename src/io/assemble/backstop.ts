// The last check on an assembled dataset: the model's own schema, its findings mapped back to rows.
import type { Problem } from '../../model/problem';
import { validateDataset } from '../../model/schema';
import type { Dataset } from '../../model/types';
import type { ProblemList, Where } from '../problemList';

const PATH = /^(organisations|links)\[(\d+)\]\.?(.*)$/;

/** Where a schema finding such as "links[3].trust" came from in the file. */
function locate(p: Problem, whereOrg: readonly Where[], whereLink: readonly Where[]): Where {
  const m = PATH.exec(p.field ?? '');
  if (!m) return { file: p.file, field: p.field, value: p.value };
  const list = m[1] === 'organisations' ? whereOrg : whereLink;
  const at = list[Number(m[2])];
  return { file: at?.file ?? p.file, line: at?.line, field: m[3] || at?.field, value: p.value };
}

/**
 * Validate with the model's schema (it trims, fills defaults and checks references). Readers
 * check every field first, so a finding here means a gap in them; it is still reported with
 * its row. Returns the schema's normalised dataset when valid.
 */
export function checkAssembled(
  dataset: Dataset,
  whereOrg: readonly Where[],
  whereLink: readonly Where[],
  problems: ProblemList,
): Dataset {
  const result = validateDataset(dataset, whereLink[0]?.file);
  for (const p of result.problems) {
    if (p.severity !== 'error') continue; // warnings (self-links) are reported by assemble already
    const where = locate(p, whereOrg, whereLink);
    const message = p.message.replace(PATH, (_all, _t: string, _i: string, rest: string) => rest);
    problems.error(p.code, message, where);
  }
  return result.ok ? result.dataset : dataset;
}
