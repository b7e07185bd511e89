import { z } from 'zod';
import type { Change } from '../model/changes';

export interface CommandSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /**
   * Write commands change a programme in one transaction and record a revision. Control commands follow
   * or stop another running command (jobs.progress, jobs.cancel): they wait behind nothing.
   */
  kind: 'query' | 'write' | 'control';
}

export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CommandSpec<I, O> => ({
  input,
  output,
  kind: 'query',
});
export const write = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CommandSpec<I, O> => ({
  input,
  output,
  kind: 'write',
});

export const control = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CommandSpec<I, O> => ({
  input,
  output,
  kind: 'control',
});

/** Inputs are strict: an unknown key is a mistake worth reporting, not something to ignore. */
export const ProgrammeRef = z.strictObject({ programmeId: z.uuid() });

/** What every write on a programme returns: the changes to apply to the screen's copy, and undo state. */
export interface EditResult {
  programmeId: string;
  revisionId: string | null;
  changes: Change[];
  updatedAt: string;
  canUndo: boolean;
  canRedo: boolean;
  /** Id of the entity a command created, when it created one. */
  createdId?: string;
}
export const EditResultSchema = z.custom<EditResult>();
