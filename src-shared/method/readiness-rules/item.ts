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
