import { z } from 'zod';
import { Id, Money, OptionalDate, Text } from './common';

export const LOGFRAME_LEVELS = ['goal', 'specific', 'result', 'activity'] as const;
export const LogframeLevel = z.enum(LOGFRAME_LEVELS);
export type LogframeLevel = z.infer<typeof LogframeLevel>;

/**
 * One row of the logical framework. Rows form a tree: goal (parentId null) > specific objectives >
 * results > activities. Sibling order is the order in the collection; codes (OG, OS1, R1.1, A1.1.1)
 * are derived, never stored, so they follow every move.
 */
export const LogframeRow = z.object({
  id: Id,
  parentId: Id.nullable().default(null),
  level: LogframeLevel,
  text: Text,
  sources: Text,
  assumptions: Text,
  /** Activities only: means (human, material) and cost. */
  means: Text,
  cost: Money.nullable().default(null),
  responsiblePartyId: Id.nullable().default(null),
  startDate: OptionalDate,
  endDate: OptionalDate,
  /** OECD DAC purpose code (five digits) for the e-APD; null: the programme's default (method/dac-codes.ts). */
  purposeCode: z.string().regex(/^\d{5}$/).nullable().default(null),
});
export type LogframeRow = z.infer<typeof LogframeRow>;

export const Precondition = z.object({ id: Id, text: Text });
export type Precondition = z.infer<typeof Precondition>;
