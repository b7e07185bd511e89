import { parseDecimal } from '../../../src-shared/i18n/format';

/** What a number field or cell accepts. */
export interface NumberRules {
  min?: number | undefined;
  max?: number | undefined;
  integer?: boolean | undefined;
  /** Empty means "not known" (null) unless this is false. */
  nullable?: boolean | undefined;
}

/**
 * What the officer typed, read with the interface's one decimal parser ("1 234,5", "−3"): the value
 * to save, or `invalid` when it is not a number or breaks a rule (then nothing is saved).
 */
export function readNumber(text: string, rules: NumberRules): { value: number | null } | 'invalid' {
  const n = parseDecimal(text);
  if (n === null) return rules.nullable === false ? 'invalid' : { value: null };
  if (!Number.isFinite(n)) return 'invalid';
  if (rules.integer && !Number.isInteger(n)) return 'invalid';
  if ((rules.min !== undefined && n < rules.min) || (rules.max !== undefined && n > rules.max)) return 'invalid';
  return { value: n };
}
