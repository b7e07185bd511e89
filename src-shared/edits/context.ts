/** What a pure edit may need from the outside world, passed in so edits stay deterministic in tests. */
export interface EditContext {
  newId: () => string;
  /** ISO date-time of the command. */
  now: string;
}
