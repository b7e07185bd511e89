import type { AuthoritySettings, ProgrammeSnapshot } from '../model';
import { ALL_READINESS_RULES } from './readiness-rules';
import { documentNeeds, documentValueItems } from './readiness-rules/documents';
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

export type ReadinessRule = (s: ProgrammeSnapshot, settings: AuthoritySettings) => ReadinessItem[];

/** Rules live in readiness-rules/ (one file per step); each is a pure function with its own unit tests. */
export const READINESS_RULES: ReadinessRule[] = Object.values(ALL_READINESS_RULES);

/**
 * The gate: the method's checks, then each value the documents print and lack that no check already names (same
 * field). The sidebar, the readiness page, `atelier check` and the final export all read this one list.
 */
export function readiness(s: ProgrammeSnapshot, settings: AuthoritySettings): ReadinessItem[] {
  const items = READINESS_RULES.flatMap((rule) => rule(s, settings));
  const named = new Set(items.filter((i) => i.severity === 'blocking').map((i) => i.focus).filter(Boolean));
  return [...items, ...documentValueItems(documentNeeds(s, settings)).filter((i) => !named.has(i.focus))];
}

export interface Gate {
  items: ReadinessItem[];
  blocking: ReadinessItem[];
  /** Nothing blocks: the final package can be produced. */
  ready: boolean;
}

export function gate(s: ProgrammeSnapshot, settings: AuthoritySettings): Gate {
  const items = readiness(s, settings);
  const blocking = items.filter((i) => i.severity === 'blocking');
  return { items, blocking, ready: blocking.length === 0 };
}

export function countByStep(items: ReadinessItem[]): Partial<Record<StepKey, number>> {
  const counts: Partial<Record<StepKey, number>> = {};
  for (const item of items) counts[item.step] = (counts[item.step] ?? 0) + 1;
  return counts;
}
