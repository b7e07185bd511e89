import type { DepartementSettings, ProgrammeSnapshot } from '../model';
import { ALL_READINESS_RULES } from './readiness-rules';
import type { StepKey } from './steps';

/**
 * One thing missing or inconsistent before the deliberation. `messageKey` is a catalogue key
 * (readiness.rules.*) with `params`; `focus` is the DOM id of the field that fixes it.
 */
export interface ReadinessItem {
  id: string;
  step: StepKey;
  rule: string;
  severity: 'blocking' | 'warning';
  messageKey: string;
  params?: Record<string, string | number>;
  focus?: string;
}

export type ReadinessRule = (s: ProgrammeSnapshot, settings: DepartementSettings) => ReadinessItem[];

/** Rules live in readiness-rules/ (one file per step); each is a pure function with its own unit tests. */
export const READINESS_RULES: ReadinessRule[] = Object.values(ALL_READINESS_RULES);

export function readiness(s: ProgrammeSnapshot, settings: DepartementSettings): ReadinessItem[] {
  return READINESS_RULES.flatMap((rule) => rule(s, settings));
}

export function countByStep(items: ReadinessItem[]): Partial<Record<StepKey, number>> {
  const counts: Partial<Record<StepKey, number>> = {};
  for (const item of items) counts[item.step] = (counts[item.step] ?? 0) + 1;
  return counts;
}
