import type { Locale } from '../../src-shared/i18n/catalogues';
import type { ProgrammeSnapshot } from '../../src-shared/model';
import type { ImportedLogframe } from '../xlsx/logframe';
import { sharedPool, type RunOptions } from './pool';

/** The Excel exports and import (ExcelJS is slow on large programmes), run in the worker pool. */
export const xlsxInWorkers = {
  exportLogframe: (snapshot: ProgrammeSnapshot, locale: Locale, options?: RunOptions): Promise<Uint8Array> =>
    sharedPool().run('xlsx.exportLogframe', { snapshot, locale }, options),
  exportBudget: (snapshot: ProgrammeSnapshot, locale: Locale, options?: RunOptions): Promise<Uint8Array> =>
    sharedPool().run('xlsx.exportBudget', { snapshot, locale }, options),
  /** Rows the sheet gives no id get placeholder ids; mergeImportedLogframe gives them the programme's own. */
  importLogframe: (bytes: Uint8Array, options?: RunOptions): Promise<ImportedLogframe> => sharedPool().run('xlsx.importLogframe', { bytes }, options),
};
