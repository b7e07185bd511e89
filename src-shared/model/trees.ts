import { z } from 'zod';
import { Id, Text } from './common';

/**
 * Problem tree: one core problem (parentId null), causes hang below it (and below other causes),
 * effects above it (and above other effects). Sibling order is the order in the collection.
 */
export const Problem = z.object({
  id: Id,
  parentId: Id.nullable().default(null),
  kind: z.enum(['core', 'cause', 'effect']),
  text: Text,
});
export type Problem = z.infer<typeof Problem>;

/** Objective tree: each node restates a problem as the positive state to reach, and keeps the link. */
export const Objective = z.object({
  id: Id,
  parentId: Id.nullable().default(null),
  kind: z.enum(['core', 'means', 'end']),
  text: Text,
  problemId: Id.nullable().default(null),
  /** Row of the logical framework this objective was sent to, if any. */
  logframeId: Id.nullable().default(null),
});
export type Objective = z.infer<typeof Objective>;
