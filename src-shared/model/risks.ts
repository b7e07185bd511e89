import { z } from 'zod';
import { Id, ShortText, Text } from './common';

export const Level3 = z.enum(['low', 'medium', 'high']);
export const Risk = z.object({
  id: Id,
  text: Text,
  likelihood: Level3.default('medium'),
  impact: Level3.default('medium'),
  mitigation: Text,
  owner: ShortText,
  /** Logframe row whose assumptions this risk feeds, if any. */
  logframeId: Id.nullable().default(null),
});
export type Risk = z.infer<typeof Risk>;
