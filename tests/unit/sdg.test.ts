import { describe, it, expect } from 'vitest';
import {
  SDG_GOALS,
  SDG_TARGETS,
  findSdgGoal,
  findSdgTarget,
  isSdgTargetCode,
  normalizeSdgTargetCode,
  sdgGoalOf,
  searchSdgTargets,
} from '../../src-shared/sdg';

/** Target codes per goal, from DOMAIN.md §6: [last numbered target, last lettered target or ''] */
const SPEC: ReadonlyArray<readonly [goal: number, lastNumber: number, lastLetter: string]> = [
  [1, 5, 'b'],
  [2, 5, 'c'],
  [3, 9, 'd'],
  [4, 7, 'c'],
  [5, 6, 'c'],
  [6, 6, 'b'],
  [7, 3, 'b'],
  [8, 10, 'b'],
  [9, 5, 'c'],
  [10, 7, 'c'],
  [11, 7, 'c'],
  [12, 8, 'c'],
  [13, 3, 'b'],
  [14, 7, 'c'],
  [15, 9, 'c'],
  [16, 10, 'b'],
  [17, 19, ''],
];

function expectedCodes(goal: number, lastNumber: number, lastLetter: string): string[] {
  const codes: string[] = [];
  for (let n = 1; n <= lastNumber; n++) codes.push(`${goal}.${n}`);
  if (lastLetter !== '') {
    for (let c = 'a'.charCodeAt(0); c <= lastLetter.charCodeAt(0); c++) {
      codes.push(`${goal}.${String.fromCharCode(c)}`);
    }
  }
  return codes;
}

const codes = (list: readonly { code: string }[]): string[] => list.map((t) => t.code);

describe('SDG goals', () => {
  it('has the 17 goals numbered 1 to 17 in order', () => {
    expect(SDG_GOALS).toHaveLength(17);
    expect(SDG_GOALS.map((g) => g.code)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('has non-empty, trimmed labels in both languages', () => {
    for (const g of SDG_GOALS) {
      for (const label of [g.fr, g.en]) {
        expect(label.length).toBeGreaterThan(0);
        expect(label).toBe(label.trim());
      }
    }
  });

  it('looks goals up by number', () => {
    expect(findSdgGoal(5)?.en).toBe('Gender equality');
    expect(findSdgGoal(18)).toBeUndefined();
  });
});

describe('SDG targets', () => {
  it('has 169 targets', () => {
    expect(SDG_TARGETS).toHaveLength(169);
    expect(SPEC.reduce((n, [g, last, letter]) => n + expectedCodes(g, last, letter).length, 0)).toBe(169);
  });

  it('has exactly the codes of the spec for each goal, in catalogue order', () => {
    for (const [goal, lastNumber, lastLetter] of SPEC) {
      const actual = codes(SDG_TARGETS.filter((t) => t.goal === goal));
      expect(actual, `goal ${goal}`).toEqual(expectedCodes(goal, lastNumber, lastLetter));
    }
    const all = SPEC.flatMap(([g, last, letter]) => expectedCodes(g, last, letter));
    expect(codes(SDG_TARGETS)).toEqual(all);
  });

  it('has unique codes whose goal matches the code prefix', () => {
    expect(new Set(codes(SDG_TARGETS)).size).toBe(SDG_TARGETS.length);
    for (const t of SDG_TARGETS) {
      expect(t.code).toMatch(/^(\d{1,2})\.(\d{1,2}|[a-d])$/);
      expect(t.code.startsWith(`${t.goal}.`)).toBe(true);
    }
  });

  it('has short, non-empty, trimmed labels in both languages', () => {
    for (const t of SDG_TARGETS) {
      for (const label of [t.fr, t.en]) {
        expect(label.length, t.code).toBeGreaterThan(0);
        expect(label, t.code).toBe(label.trim());
        expect(label, t.code).not.toMatch(/\s{2,}/);
        const wordCount = label.split(/\s+/).length;
        expect(wordCount, `${t.code}: ${label}`).toBeGreaterThanOrEqual(3);
        expect(wordCount, `${t.code}: ${label}`).toBeLessThanOrEqual(16);
      }
      expect(t.fr, t.code).not.toBe(t.en);
    }
  });

  it('uses French typography in French labels', () => {
    for (const t of SDG_TARGETS) {
      // No ordinary space before high punctuation or %, no straight apostrophe or quotes.
      expect(t.fr, t.code).not.toMatch(/ [;:!?%»]/);
      expect(t.fr, t.code).not.toMatch(/« /);
      expect(t.fr, t.code).not.toMatch(/["']/);
    }
    expect(findSdgTarget('10.1')?.fr).toContain('40\u00a0%');
  });

  it('has labels faithful to key targets', () => {
    expect(findSdgTarget('8.5')?.en).toMatch(/decent work/i);
    expect(findSdgTarget('8.6')?.en).toMatch(/not in employment, education or training/);
    expect(findSdgTarget('1.3')?.fr).toMatch(/protection sociale/);
    expect(findSdgTarget('16.9')?.fr).toMatch(/naissances/);
    expect(findSdgTarget('11.1')?.fr).toMatch(/Logement/);
    expect(findSdgTarget('17.17')?.en).toMatch(/civil society/);
  });
});

describe('SDG look-ups', () => {
  it('finds targets by exact code', () => {
    expect(findSdgTarget('8.5')?.goal).toBe(8);
    expect(findSdgTarget('1.a')?.goal).toBe(1);
    expect(findSdgTarget('17.19')?.goal).toBe(17);
  });

  it('returns undefined for unknown codes', () => {
    for (const code of ['8.11', '17.20', '1.c', '18.1', '0.1', '', 'x', '8', '8.']) {
      expect(findSdgTarget(code), code).toBeUndefined();
      expect(isSdgTargetCode(code), code).toBe(false);
      expect(sdgGoalOf(code), code).toBeUndefined();
    }
  });

  it('validates codes strictly', () => {
    expect(isSdgTargetCode('8.5')).toBe(true);
    expect(isSdgTargetCode('16.10')).toBe(true);
    expect(isSdgTargetCode(' 8.5')).toBe(false);
    expect(isSdgTargetCode('1.A')).toBe(false);
  });

  it('normalises user input to a canonical code', () => {
    expect(normalizeSdgTargetCode(' 1.A ')).toBe('1.a');
    expect(normalizeSdgTargetCode('8,5')).toBe('8.5');
    expect(normalizeSdgTargetCode('ODD 8.5')).toBe('8.5');
    expect(normalizeSdgTargetCode('8.11')).toBeUndefined();
  });

  it('gives the goal of a target', () => {
    expect(sdgGoalOf('8.5')?.code).toBe(8);
    expect(sdgGoalOf('5.c')?.en).toBe('Gender equality');
  });
});

describe('searchSdgTargets', () => {
  it('puts the exact code first', () => {
    expect(searchSdgTargets('8.5', 'fr')[0]?.code).toBe('8.5');
    expect(codes(searchSdgTargets('17.1', 'en'))).toEqual([
      '17.1',
      '17.10',
      '17.11',
      '17.12',
      '17.13',
      '17.14',
      '17.15',
      '17.16',
      '17.17',
      '17.18',
      '17.19',
    ]);
  });

  it('matches code prefixes and whole goals', () => {
    expect(codes(searchSdgTargets('8.', 'fr'))).toEqual(expectedCodes(8, 10, 'b'));
    expect(codes(searchSdgTargets('1', 'fr'))).toEqual(expectedCodes(1, 5, 'b'));
    expect(codes(searchSdgTargets('8,5', 'fr'))).toEqual(['8.5']);
    expect(codes(searchSdgTargets('1.A', 'fr'))).toEqual(['1.a']);
  });

  it('finds youth employment targets by French words', () => {
    const found = codes(searchSdgTargets('emploi jeunes', 'fr'));
    expect(found).toContain('8.5');
    expect(found).toContain('8.6');
    expect(found).toContain('8.b');
    expect(found).toContain('4.4');
    // catalogue order
    expect(found.indexOf('8.5')).toBeLessThan(found.indexOf('8.6'));
    // ignores small words
    expect(codes(searchSdgTargets('emploi des jeunes', 'fr'))).toEqual(found);
  });

  it('finds decent work in English', () => {
    expect(codes(searchSdgTargets('decent work', 'en'))).toContain('8.5');
    expect(codes(searchSdgTargets('Decent WORK', 'en'))).toContain('8.5');
  });

  it('is accent-insensitive', () => {
    const found = codes(searchSdgTargets('egalite', 'fr', 169));
    for (const code of ['5.1', '5.5', '5.c']) expect(found).toContain(code);
    expect(codes(searchSdgTargets('égalité', 'fr', 169))).toEqual(found);
    expect(codes(searchSdgTargets('protection sociale', 'fr'))).toContain('1.3');
  });

  it('searches the other language and the goal label too', () => {
    expect(codes(searchSdgTargets('housing', 'fr'))).toEqual(['11.1']);
    expect(codes(searchSdgTargets('logement', 'en'))).toEqual(['11.1']);
    expect(codes(searchSdgTargets('gender equality', 'en', 169))).toEqual(
      expect.arrayContaining(expectedCodes(5, 6, 'c')),
    );
  });

  it('requires every query word to match', () => {
    expect(searchSdgTargets('naissances logement', 'fr')).toEqual([]);
    expect(searchSdgTargets('zzzz', 'en')).toEqual([]);
    expect(searchSdgTargets('   ', 'en')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(searchSdgTargets('pays', 'fr', 3)).toHaveLength(3);
    expect(searchSdgTargets('pays', 'fr', 0)).toEqual([]);
    expect(searchSdgTargets('developing', 'en').length).toBeLessThanOrEqual(20);
  });
});
