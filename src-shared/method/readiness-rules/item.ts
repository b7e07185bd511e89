import type { ReadinessItem } from '../readiness';
import type { StepKey } from '../steps';

/** Builds an item whose message key is `readiness.rules.<rule>` and whose id is unique per rule and subject. */
export function item(
  step: StepKey,
  rule: string,
  focus: string | undefined,
  options: { subject?: string; severity?: ReadinessItem['severity']; params?: Record<string, string | number> } = {},
): ReadinessItem {
  return {
    id: options.subject ? `${rule}:${options.subject}` : rule,
    step,
    rule,
    severity: options.severity ?? 'blocking',
    messageKey: `readiness.rules.${rule}`,
    ...(options.params ? { params: options.params } : {}),
    ...(focus ? { focus } : {}),
  };
}

export const blank = (text: string | null | undefined) => !text || text.trim() === '';

/** Logframe rows in reading order (each row followed by its children), so items read OS1, R1.1, A1.1.1… */
export function inTreeOrder<T extends { id: string; parentId: string | null }>(rows: readonly T[]): T[] {
  const children = new Map<string | null, T[]>();
  for (const r of rows) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
  const out: T[] = [];
  const visit = (parentId: string | null) => {
    for (const r of children.get(parentId) ?? []) {
      out.push(r);
      visit(r.id);
    }
  };
  visit(null);
  return out;
}
