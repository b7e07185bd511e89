import { describe, expect, it } from 'vitest';
import { addMonths, monthPosition, monthPositionEnd } from '../../src-renderer/components/gantt-dates';

describe('timeline month arithmetic', () => {
  it('moves by whole months, keeping the day', () => {
    expect(addMonths('2027-02-15', 1)).toBe('2027-03-15');
    expect(addMonths('2027-02-15', -3)).toBe('2026-11-15');
    expect(addMonths('2027-11-01', 3)).toBe('2028-02-01');
  });
  it('clamps to the end of a shorter month, and keeps month ends as month ends', () => {
    expect(addMonths('2027-01-30', 1)).toBe('2027-02-28');
    expect(addMonths('2027-06-30', 1)).toBe('2027-07-31');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-07-31', -1)).toBe('2027-06-30');
  });
  it('positions a whole month from its first day to the end of its last day', () => {
    expect(monthPositionEnd('2027-06-30') - monthPosition('2027-06-01')).toBeCloseTo(1);
  });
});
