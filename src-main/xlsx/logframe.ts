import ExcelJS from 'exceljs';
import { CommandError } from '../../src-shared/api/errors';
import type { Locale } from '../../src-shared/i18n/catalogues';
import { docPhrases } from '../../src-shared/method/deliberation';
import { indicatorCodes, logframeCodes } from '../../src-shared/method/numbering';
import {
  LOGFRAME_LEVELS,
  type LogframeLevel,
  type LogframeRow,
  type ProgrammeSnapshot,
} from '../../src-shared/model';
import { removeEntities } from '../../src-shared/model/references';
import { logframeInOrder } from '../documents/annexes';
import { cellText, setSafe, styleHeader } from './cells';

/**
 * The logical framework as a matrix, one row per line of the logframe, read top-down (OG, OS1, R1.1, A1.1.1…).
 * Import reads the same layout back: the level (or the code) says where a row hangs; the hidden last column keeps
 * each row's id so a round trip updates rows instead of recreating them.
 */

export const LOGFRAME_SHEET = { fr: 'Cadre logique', en: 'Logical framework' } as const;
const COLUMNS = [
  'code',
  'level',
  'text',
  'indicators',
  'sources',
  'assumptions',
  'means',
  'cost',
  'startDate',
  'endDate',
  'id',
] as const;
type Column = (typeof COLUMNS)[number];

const HEADERS: Record<Locale, Record<Column, string>> = {
  fr: {
    code: 'Code',
    level: 'Niveau',
    text: 'Logique d’intervention',
    indicators: 'Indicateurs (information, non importés)',
    sources: 'Sources de vérification',
    assumptions: 'Hypothèses',
    means: 'Moyens',
    cost: 'Coût (€)',
    startDate: 'Début',
    endDate: 'Fin',
    id: 'Identifiant',
  },
  en: {
    code: 'Code',
    level: 'Level',
    text: 'Intervention logic',
    indicators: 'Indicators (for information, not imported)',
    sources: 'Sources of verification',
    assumptions: 'Assumptions',
    means: 'Means',
    cost: 'Cost (€)',
    startDate: 'Start',
    endDate: 'End',
    id: 'Identifier',
  },
};

export async function exportLogframe(s: ProgrammeSnapshot, locale: Locale): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Atelier Coop';
  const sheet = wb.addWorksheet(LOGFRAME_SHEET[locale]);
  const h = HEADERS[locale];
  sheet.addRow(COLUMNS.map((c) => h[c]));
  styleHeader(sheet, 1, [9, 20, 50, 40, 30, 30, 30, 12, 12, 12, 38]);
  sheet.getColumn(COLUMNS.length).hidden = true;
  const p = docPhrases(locale);
  const codes = logframeCodes(s.logframe);
  const iCodes = indicatorCodes(s.logframe, s.indicators);
  for (const row of logframeInOrder(s.logframe)) {
    const indicators = s.indicators
      .filter((i) => i.logframeId === row.id)
      .map((i) => `${iCodes.get(i.id) ?? ''} ${i.wording}`.trim())
      .join('\n');
    const values: Record<Column, string | number | null> = {
      code: codes.get(row.id) ?? '',
      level: p.level[row.level],
      text: row.text,
      indicators,
      sources: row.sources,
      assumptions: row.assumptions,
      means: row.means,
      cost: row.cost,
      startDate: row.startDate,
      endDate: row.endDate,
      id: row.id,
    };
    const added = sheet.addRow([]);
    COLUMNS.forEach((c, i) => setSafe(added.getCell(i + 1), values[c]));
    added.alignment = { vertical: 'top', wrapText: true };
    if (row.level !== 'activity') added.font = { bold: row.level === 'goal' || row.level === 'specific' };
  }
  sheet.getColumn(8).numFmt = '#,##0.00';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface ImportedLogframe {
  rows: LogframeRow[];
}

/** One problem of a row, as a code the screen translates (documents.screen.rowProblems.<code>) and the value read. */
export interface RowProblem {
  code: 'headers' | 'level' | 'cost' | 'startDate' | 'endDate' | 'parent';
  value: string;
}

export interface UnreadableRow {
  row: number;
  /** The problems in English, for the CLI and logs. */
  reason: string;
  problems: RowProblem[];
}

const REASON: Record<RowProblem['code'], (value: string) => string> = {
  headers: (v) => `the first row must hold the exported headers (found: ${v})`,
  level: (v) => `unknown level "${v}"`,
  cost: (v) => `cost "${v}" is not an amount`,
  startDate: (v) => `start "${v}" is not a date`,
  endDate: (v) => `end "${v}" is not a date`,
  parent: (v) => `a ${v} row needs the level above it in a row before`,
};

const LEVEL_WORDS: Record<string, LogframeLevel> = {};
for (const locale of ['fr', 'en'] as const) {
  const words = docPhrases(locale).level;
  for (const level of LOGFRAME_LEVELS) LEVEL_WORDS[fold(words[level])] = level;
}
Object.assign(LEVEL_WORDS, {
  og: 'goal',
  os: 'specific',
  r: 'result',
  a: 'activity',
  goal: 'goal',
  specific: 'specific',
  result: 'result',
  activity: 'activity',
});

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function levelOf(levelText: string, code: string): LogframeLevel | null {
  const byWord = LEVEL_WORDS[fold(levelText)];
  if (byWord) return byWord;
  const c = code.trim().toUpperCase();
  if (/^OG\d*$/.test(c)) return 'goal';
  if (/^OS\d+$/.test(c)) return 'specific';
  if (/^R\d+\.\d+$/.test(c)) return 'result';
  if (/^A\d+\.\d+\.\d+$/.test(c)) return 'activity';
  return null;
}

function parseDate(text: string): string | null | undefined {
  const t = text.trim();
  if (!t) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (!m) {
    const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
    if (fr) m = [t, fr[3]!, fr[2]!.padStart(2, '0'), fr[1]!.padStart(2, '0')] as unknown as RegExpExecArray;
  }
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

function parseCost(text: string): number | null | undefined {
  const t = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 1e12 ? n : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PARENT_LEVEL: Record<LogframeLevel, LogframeLevel | null> = {
  goal: null,
  specific: 'goal',
  result: 'specific',
  activity: 'result',
};

/** Reads a logframe laid out as exportLogframe writes it. Any unreadable row fails the whole import, listing each one. */
export async function importLogframe(bytes: Uint8Array, newId: () => string): Promise<ImportedLogframe> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new CommandError('xlsx_invalid', 'This file is not an Excel workbook (.xlsx) that can be read.', {
      reason: (error as Error).message,
    });
  }
  const sheet =
    wb.worksheets.find((w) => Object.values(LOGFRAME_SHEET).includes(w.name as never)) ?? wb.worksheets[0];
  if (!sheet) throw new CommandError('xlsx_invalid', 'The workbook has no sheet.', { rows: [] });
  const headerTexts = COLUMNS.slice(0, 3).map((_, i) => fold(cellText(sheet.getRow(1).getCell(i + 1))));
  const known = (['fr', 'en'] as const).some((l) =>
    COLUMNS.slice(0, 3).every((c, i) => fold(HEADERS[l][c]) === headerTexts[i]),
  );
  if (!known) {
    throw new CommandError(
      'xlsx_invalid',
      'The first row must hold the headers of the exported logframe (Code, Niveau, Logique d’intervention…).',
      {
        rows: [{ row: 1, reason: 'headers', problems: [{ code: 'headers', value: headerTexts.join(', ') }] }],
      },
    );
  }
  const errors: UnreadableRow[] = [];
  const rows: LogframeRow[] = [];
  const lastOf: Partial<Record<LogframeLevel, string>> = {};
  const seen = new Set<string>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const get = (c: Column) => cellText(row.getCell(COLUMNS.indexOf(c) + 1)).trim();
    const get_ = (c: Column) => cellText(row.getCell(COLUMNS.indexOf(c) + 1));
    if (COLUMNS.every((c) => get(c) === '')) continue;
    const problems: RowProblem[] = [];
    const level = levelOf(get('level'), get('code'));
    if (!level) problems.push({ code: 'level', value: get('level') || get('code') });
    const cost = parseCost(get('cost'));
    if (cost === undefined) problems.push({ code: 'cost', value: get('cost') });
    const startDate = parseDate(get('startDate'));
    if (startDate === undefined) problems.push({ code: 'startDate', value: get('startDate') });
    const endDate = parseDate(get('endDate'));
    if (endDate === undefined) problems.push({ code: 'endDate', value: get('endDate') });
    const parentLevel = level ? PARENT_LEVEL[level] : null;
    const parentId = parentLevel ? lastOf[parentLevel] : null;
    if (level && parentLevel && !parentId)
      problems.push({ code: 'parent', value: get('level') || get('code') });
    let id = get('id');
    if (id && (!UUID.test(id) || seen.has(id))) id = '';
    if (problems.length || !level) {
      errors.push({ row: r, reason: problems.map((x) => REASON[x.code](x.value)).join('; '), problems });
      continue;
    }
    id = id || newId();
    seen.add(id);
    lastOf[level] = id;
    // A new parent closes the branches below it.
    if (level === 'goal') delete lastOf.specific;
    if (level === 'goal' || level === 'specific') delete lastOf.result;
    rows.push({
      id,
      parentId: parentId ?? null,
      level,
      text: get_('text').trim(),
      sources: get_('sources').trim(),
      assumptions: get_('assumptions').trim(),
      means: level === 'activity' ? get_('means').trim() : '',
      cost: level === 'activity' ? (cost ?? null) : null,
      responsiblePartyId: null,
      purposeCode: null,
      startDate: level === 'activity' ? (startDate ?? null) : null,
      endDate: level === 'activity' ? (endDate ?? null) : null,
    });
  }
  if (errors.length) {
    throw new CommandError(
      'xlsx_invalid',
      `${errors.length} row(s) cannot be read: ${errors.map((e) => `row ${e.row} (${e.reason})`).join(', ')}.`,
      { rows: errors },
    );
  }
  return { rows };
}

/**
 * Puts an imported logframe into a programme: rows with a known id are updated (their indicators stay), others
 * are added, and rows absent from the file are removed with what depends on them (indicators, targets…).
 */
export function mergeImportedLogframe(
  s: ProgrammeSnapshot,
  imported: ImportedLogframe,
  newId: () => string,
): ProgrammeSnapshot {
  const byId = new Map(s.logframe.map((r) => [r.id, r]));
  // Ids from another programme's file are not reused: each programme's rows have their own.
  const idMap = new Map(imported.rows.map((r) => [r.id, byId.has(r.id) ? r.id : newId()]));
  const keep = new Set(idMap.values());
  const rows = imported.rows.map((r) => {
    const mapped = {
      ...r,
      id: idMap.get(r.id)!,
      parentId: r.parentId ? (idMap.get(r.parentId) ?? null) : null,
    };
    const old = byId.get(mapped.id);
    return old ? { ...old, ...mapped, responsiblePartyId: old.responsiblePartyId, purposeCode: old.purposeCode } : mapped;
  });
  // Removed rows are detached first so the cascade cannot reach kept rows that used to hang below them.
  const removed = s.logframe.filter((r) => !keep.has(r.id)).map((r) => ({ ...r, parentId: null }));
  return removeEntities(
    { ...s, logframe: [...rows, ...removed] },
    'logframe',
    removed.map((r) => r.id),
  );
}
