// The import being previewed: what was read, its problems and the dataset built aside. Nothing
// here touches the working dataset; confirmImport (state/commands/importExport.ts) swaps it in.
import type { StateCreator } from 'zustand';
import type { Dataset } from '../../model/types';
import type { Problem } from '../../model/problem';
import type { ImportSummary } from '../../io/summary';
import type { WorkshopPart } from '../../io/json/workshopPart';
import type { ReadChoices } from '../../io/importFiles';
import type { CsvStyleName } from '../../io/csv/write';
import type { Job } from './analysisSlice';
import type { StoreState } from '../store';

export type { ImportSummary, Count } from '../../io/summary';

export interface ImportPreview {
  /** The names of the files read, in the order given. */
  files: string[];
  /** What was read (counts, tables, encoding), as far as reading got. */
  summary?: ImportSummary;
  /** Errors and warnings, in the order the readers found them. */
  problems: Problem[];
  /** The dataset built aside; present only when no problem is an error. */
  dataset?: Dataset;
  /** A workshop file's stories and screen, restored with the dataset on confirm. */
  workshop?: WorkshopPart;
  /** The encoding and column mappings the person chose for this reading. */
  choices?: ReadChoices;
}

export interface ImportSlice {
  /** The preview of files being imported: idle, reading, ready (done) or failed outright. */
  importJob: Job<ImportPreview>;
  setImportJob: (job: Job<ImportPreview>) => void;
  /** The separator convention of the last CSV imported: CSV export follows it by default. */
  importedCsvStyle?: CsvStyleName;
  setImportedCsvStyle: (style: CsvStyleName | undefined) => void;
}

export const createImportSlice: StateCreator<StoreState, [], [], ImportSlice> = (set) => ({
  importJob: { status: 'idle' },
  setImportJob: (importJob) => set({ importJob }),
  importedCsvStyle: undefined,
  setImportedCsvStyle: (importedCsvStyle) => set({ importedCsvStyle }),
});
