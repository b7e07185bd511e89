import { CommandError } from '../api/errors';
import { isSdgTargetCode } from '../sdg';
import type { ProgrammeSnapshot } from '../model';
import type { EditContext } from './context';
import { addEntity, findEntity, updateEntity } from './entity';

/** Adds an indicator to a logframe row (its code, e.g. R1.2-I1, is derived from the row and its rank). */
export function addIndicator(
  s: ProgrammeSnapshot,
  logframeId: string,
  fields: Record<string, unknown>,
  ctx: EditContext,
): { snapshot: ProgrammeSnapshot; id: string } {
  findEntity(s, 'logframe', logframeId);
  return addEntity(s, 'indicators', { ...fields, logframeId }, ctx);
}

/** Replaces an indicator's SDG targets; every code must be one of the 169 targets. */
export function setSdgTargets(s: ProgrammeSnapshot, id: string, codes: readonly string[]): ProgrammeSnapshot {
  const unknown = codes.filter((c) => !isSdgTargetCode(c));
  if (unknown.length > 0) throw new CommandError('invalid_input', `Unknown SDG target code(s): ${unknown.join(', ')}.`, { unknown });
  return updateEntity(s, 'indicators', id, { sdgTargets: [...new Set(codes)] });
}

/** Adds an intermediate or final target to an indicator. */
export function addIndicatorTarget(
  s: ProgrammeSnapshot,
  indicatorId: string,
  fields: Record<string, unknown>,
  ctx: EditContext,
): { snapshot: ProgrammeSnapshot; id: string } {
  findEntity(s, 'indicators', indicatorId);
  return addEntity(s, 'indicatorTargets', { kind: 'final', ...fields, indicatorId }, ctx);
}

/** Records a monitoring value, kept in date order so the progress chart reads left to right. */
export function addMonitoringValue(
  s: ProgrammeSnapshot,
  indicatorId: string,
  fields: Record<string, unknown>,
  ctx: EditContext,
): { snapshot: ProgrammeSnapshot; id: string } {
  findEntity(s, 'indicators', indicatorId);
  const added = addEntity(s, 'monitoringValues', { ...fields, indicatorId }, ctx);
  const values = [...added.snapshot.monitoringValues].sort((a, b) =>
    a.indicatorId === b.indicatorId ? (a.date ?? '9999').localeCompare(b.date ?? '9999') : 0,
  );
  return { snapshot: { ...added.snapshot, monitoringValues: values }, id: added.id };
}
