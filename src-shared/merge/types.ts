import type { CollectionKey, SectionKey } from '../model';

/**
 * A conflict is data: where it is, and the three versions. `mine` is the local copy, `theirs` the
 * archive's. For a deleted-vs-edited entity the value is the whole entity, or null on the side that
 * deleted it.
 */
export interface MergeConflict {
  /** Stable key, e.g. "risks/<id>/description", "framing//title", "risks/<id>" (whole entity). */
  id: string;
  kind: 'field' | 'delete-edit';
  scope: 'section' | 'collection';
  key: CollectionKey | SectionKey;
  entityId: string | null;
  /** Dotted path inside the entity or section; '' for the whole entity. */
  field: string;
  /** A few words naming the entity (its title, name or text), for the review screen. */
  label: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export type Decision = { choice: 'mine' } | { choice: 'theirs' } | { choice: 'edit'; value: unknown };
export type Decisions = Record<string, Decision>;

export interface MergeOutcome<S> {
  /** The merged snapshot; undecided conflicts hold "mine" (the local value). */
  merged: S;
  /** Every conflict found, decided or not. */
  conflicts: MergeConflict[];
  /** Conflicts without a decision: nothing may be written while this list is not empty. */
  undecided: MergeConflict[];
  /** Entities brought back because the other side still refers to them (nothing is lost). */
  restored: Array<{ key: CollectionKey; id: string }>;
}
