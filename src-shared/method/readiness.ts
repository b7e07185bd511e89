import type { DepartementSettings, ProgrammeSnapshot } from '../model';
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

/** Rules are registered in readiness-rules.ts; each is a pure function with its own unit tests. */
export const READINESS_RULES: ReadinessRule[] = [];

export function readiness(s: ProgrammeSnapshot, settings: DepartementSettings): ReadinessItem[] {
  return READINESS_RULES.flatMap((rule) => rule(s, settings));
}

export function countByStep(items: ReadinessItem[]): Partial<Record<StepKey, number>> {
  const counts: Partial<Record<StepKey, number>> = {};
  for (const item of items) counts[item.step] = (counts[item.step] ?? 0) + 1;
  return counts;
}
