import { z } from 'zod';
import { Id, OptionalDate, OptionalNumber, ShortText, Text } from './common';

export const DISAGGREGATIONS = ['sex', 'age', 'disability', 'territory'] as const;
export const FREQUENCIES = ['monthly', 'quarterly', 'semiannual', 'annual', 'midterm_final', 'final'] as const;

export const Indicator = z.object({
  id: Id,
  /** Row of the logframe it measures; its code (R1.2-I1) is derived from that row and its rank. */
  logframeId: Id,
  wording: Text,
  type: z.enum(['quantitative', 'qualitative']).default('quantitative'),
  unit: ShortText,
  calculation: Text,
  baselineValue: OptionalNumber,
  baselineText: Text,
  baselineDate: OptionalDate,
  source: Text,
  collectionMethod: Text,
  frequency: z.enum(FREQUENCIES).nullable().default(null),
  responsible: ShortText,
  disaggregation: z.array(z.enum(DISAGGREGATIONS)).max(DISAGGREGATIONS.length).default([]),
  /** SDG target codes such as "8.5" (see src-shared/sdg). */
  sdgTargets: z
    .array(z.string().regex(/^(1[0-7]|[1-9])\.([1-9]|1[0-9]|[a-d])$/))
    .max(169)
    .default([]),
  /** Reciprocity: also measured on the Département's own territory. */
  alsoMeasuredInFrance: z.boolean().default(false),
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorTarget = z.object({
  id: Id,
  indicatorId: Id,
  kind: z.enum(['intermediate', 'final']),
  value: OptionalNumber,
  text: Text,
  date: OptionalDate,
});
export type IndicatorTarget = z.infer<typeof IndicatorTarget>;

export const MonitoringValue = z.object({
  id: Id,
  indicatorId: Id,
  date: OptionalDate,
  value: OptionalNumber,
  text: Text,
  comment: Text,
});
export type MonitoringValue = z.infer<typeof MonitoringValue>;
