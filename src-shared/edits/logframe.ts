import { CommandError } from '../api/errors';
import { LOGFRAME_PARENT } from '../method/structure';
import type { LogframeLevel, LogframeRow, ProgrammeSnapshot } from '../model';
import type { EditContext } from './context';
import { addEntity, findEntity, moveEntity, updateEntity } from './entity';

/** Refuses a parent of the wrong level (a result under the goal, an activity under nothing…). */
function checkParent(s: ProgrammeSnapshot, level: LogframeLevel, parentId: string | null): void {
  const expected = LOGFRAME_PARENT[level];
  if (expected === null) {
    if (parentId !== null) throw new CommandError('invalid_input', 'The overall objective has no parent row.', { level, parentId });
    return;
  }
  if (parentId === null) throw new CommandError('invalid_input', `A row of level ${level} needs a parent of level ${expected}.`, { level });
  const parent = s.logframe.find((r) => r.id === parentId);
  if (!parent) throw new CommandError('not_found', 'The parent row does not exist in this logframe.', { parentId });
  if (parent.level !== expected) {
    throw new CommandError('invalid_input', `A row of level ${level} goes under a row of level ${expected}, not ${parent.level}.`, {
      level,
      parentLevel: parent.level,
    });
  }
}

/** Adds a row under its parent, at `index` among its siblings (last by default). */
export function addLogframeRow(
  s: ProgrammeSnapshot,
  input: { level: LogframeLevel; parentId: string | null; index?: number | undefined; fields?: Record<string, unknown> | undefined },
  ctx: EditContext,
): { snapshot: ProgrammeSnapshot; id: string } {
  checkParent(s, input.level, input.parentId);
  const added = addEntity(s, 'logframe', { ...(input.fields ?? {}), level: input.level, parentId: input.parentId }, ctx);
  if (input.index === undefined) return added;
  return { snapshot: moveEntity(added.snapshot, 'logframe', added.id, input.index, input.parentId), id: added.id };
}

/**
 * Moves a row, with its children, to `index` among the children of `parentId`. Indicators, budget
 * lines and risks point at the row's id, so they follow; their codes are derived and follow too.
 */
export function moveLogframeRow(s: ProgrammeSnapshot, id: string, parentId: string | null, index: number): ProgrammeSnapshot {
  const row = findEntity(s, 'logframe', id) as LogframeRow;
  checkParent(s, row.level, parentId);
  return moveEntity(s, 'logframe', id, index, parentId);
}

/** Sets an activity's dates (timeline drag, fields); the end may not precede the start. */
export function setActivityDates(s: ProgrammeSnapshot, id: string, startDate: string | null, endDate: string | null): ProgrammeSnapshot {
  const row = findEntity(s, 'logframe', id) as LogframeRow;
  if (row.level !== 'activity') throw new CommandError('invalid_input', 'Only activities have dates on the timeline.', { id, level: row.level });
  if (startDate && endDate && endDate < startDate) {
    throw new CommandError('invalid_input', 'The end date of an activity cannot precede its start date.', { startDate, endDate });
  }
  return updateEntity(s, 'logframe', id, { startDate, endDate });
}
