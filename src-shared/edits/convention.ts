import { CommandError } from '../api/errors';
import { CLAUSE_KEYS, type Clause, type AuthoritySettings, type ProgrammeSnapshot } from '../model';
import { clauseDefault, isStandardClauseKey, REQUIRED_CLAUSES } from '../method/clause-defaults';
import type { EditContext } from './context';
import { findEntity, updateEntity } from './entity';

/**
 * Convention clauses: generated from the programme, then the officer's. Generating again adds the
 * missing clauses and refreshes those still at their default text (the programme may have changed);
 * a clause the officer edited is never touched.
 */

export interface GenerateReport {
  created: number;
  refreshed: number;
  keptEdited: number;
}

type Settings = Pick<AuthoritySettings, 'name'>;

export function generateConvention(s: ProgrammeSnapshot, settings: Settings, ctx: EditContext): { snapshot: ProgrammeSnapshot; report: GenerateReport } {
  const report: GenerateReport = { created: 0, refreshed: 0, keptEdited: 0 };
  const clauses: Clause[] = s.clauses.map((c) => {
    if (!isStandardClauseKey(c.key)) return c;
    if (c.edited) {
      report.keptEdited++;
      return c;
    }
    const d = clauseDefault(c.key, s, settings);
    if (d.text === c.text) return c;
    report.refreshed++;
    return { ...c, text: d.text, title: c.title.trim() ? c.title : d.title };
  });
  const present = new Set(clauses.map((c) => c.key));
  CLAUSE_KEYS.forEach((key, order) => {
    if (present.has(key)) return;
    const d = clauseDefault(key, s, settings);
    const clause: Clause = { id: ctx.newId(), key, title: d.title, text: d.text, partnerText: '', required: REQUIRED_CLAUSES.has(key), edited: false, defaultAtEdit: '' };
    // Keep the standard order: insert after the last present clause that comes before it.
    const before = CLAUSE_KEYS.slice(0, order);
    let at = 0;
    clauses.forEach((c, i) => {
      if ((before as readonly string[]).includes(c.key)) at = i + 1;
    });
    clauses.splice(at, 0, clause);
    report.created++;
  });
  return { snapshot: { ...s, clauses }, report };
}

export function resetClause(s: ProgrammeSnapshot, id: string, settings: Settings): ProgrammeSnapshot {
  const clause = findEntity(s, 'clauses', id) as Clause;
  if (!isStandardClauseKey(clause.key)) {
    throw new CommandError('invalid_input', 'A clause the officer added has no default text to return to.', { id });
  }
  const d = clauseDefault(clause.key, s, settings);
  return updateEntity(s, 'clauses', id, { title: d.title, text: d.text, edited: false, defaultAtEdit: '' });
}

/** Edits a clause; changing its text marks it as the officer's (generation leaves it alone). */
export function updateClause(
  s: ProgrammeSnapshot,
  id: string,
  fields: { title?: string | undefined; text?: string | undefined; partnerText?: string | undefined; required?: boolean | undefined },
  settings?: Settings,
): ProgrammeSnapshot {
  const clause = findEntity(s, 'clauses', id) as Clause;
  const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const textChanged = typeof clean.text === 'string' && clean.text !== clause.text;
  // The default as it read at the first edit, so the screen can tell when today's default has changed since.
  const key = clause.key;
  const defaultAtEdit =
    textChanged && !clause.edited && settings && isStandardClauseKey(key) ? { defaultAtEdit: clauseDefault(key, s, settings).text } : {};
  return updateEntity(s, 'clauses', id, { ...clean, ...(textChanged ? { edited: true, ...defaultAtEdit } : {}) });
}

export function addCustomClause(s: ProgrammeSnapshot, title: string, ctx: EditContext, afterId?: string): { snapshot: ProgrammeSnapshot; id: string } {
  const clause: Clause = { id: ctx.newId(), key: 'custom', title, text: '', partnerText: '', required: false, edited: true, defaultAtEdit: '' };
  const clauses = [...s.clauses];
  const at = afterId ? clauses.findIndex((c) => c.id === afterId) + 1 : clauses.length;
  if (afterId && at === 0) findEntity(s, 'clauses', afterId);
  clauses.splice(at, 0, clause);
  return { snapshot: { ...s, clauses }, id: clause.id };
}

export function reorderClause(s: ProgrammeSnapshot, id: string, index: number): ProgrammeSnapshot {
  findEntity(s, 'clauses', id);
  if (index >= s.clauses.length) {
    throw new CommandError('invalid_input', `Position ${index + 1} does not exist: the convention has ${s.clauses.length} clauses.`);
  }
  const rest = s.clauses.filter((c) => c.id !== id);
  rest.splice(index, 0, s.clauses.find((c) => c.id === id)!);
  return { ...s, clauses: rest };
}
