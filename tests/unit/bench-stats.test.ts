import { describe, expect, it } from 'vitest';
import { median, summarise, table } from '../../bench/stats';

describe('bench statistics', () => {
  it('takes the median of odd and even runs', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('reports the ratio to the baseline and judges the goal on it', () => {
    const met = summarise({ name: 'x', goal: { maxRatio: 2 } }, [3, 4, 5], { name: 'raw', median: 2 });
    expect(met).toMatchObject({ name: 'x', runs: 3, median: 4, min: 3, max: 5, unit: 'ms', baseline: 'raw', ratio: 2, met: true });
    const missed = summarise({ name: 'x', goal: { maxRatio: 1.5 } }, [3, 4, 5], { name: 'raw', median: 2 });
    expect(missed.met).toBe(false);
  });

  it('judges an absolute goal on the median, and leaves "met" out without a goal', () => {
    expect(summarise({ name: 'a', goal: { max: 10 } }, [1, 11, 12]).met).toBe(false);
    expect(summarise({ name: 'a', unit: 'bytes' }, [100]).met).toBeUndefined();
  });

  it('prints a table with one line per result and flags missed goals', () => {
    const out = table([summarise({ name: 'slow', goal: { max: 1 } }, [2, 2, 2])]);
    expect(out.split('\n')).toHaveLength(3);
    expect(out).toContain('NO');
  });
});
