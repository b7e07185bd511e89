import { describe, expect, it } from 'vitest';
import { addLogframeRow, moveLogframeRow, setActivityDates } from '../../src-shared/edits/logframe';
import { addIndicator } from '../../src-shared/edits/indicators';
import { CommandError } from '../../src-shared/api/errors';
import { indicatorCodes, logframeCodes, structureProblems } from '../../src-shared/method';
import { completeProgramme, idFactory, IDS } from './readiness-fixture';

const ctx = () => ({ newId: idFactory(5000), now: '2026-11-26T08:00:00.000Z' });
const codesOf = (s: ReturnType<typeof completeProgramme>) => {
  const codes = logframeCodes(s.logframe);
  return Object.fromEntries(s.logframe.map((r) => [r.id, codes.get(r.id)]));
};

describe('logframe numbering', () => {
  it('numbers OG, OS1, R1.1, A1.1.1 from the tree and sibling order', () => {
    const codes = codesOf(completeProgramme());
    expect(codes).toMatchObject({ [IDS.goal]: 'OG', [IDS.os1]: 'OS1', [IDS.r11]: 'R1.1', [IDS.a111]: 'A1.1.1', [IDS.os2]: 'OS2', [IDS.r21]: 'R2.1', [IDS.a211]: 'A2.1.1' });
  });

  it('adding a row at index 0 renumbers its siblings', () => {
    const { snapshot, id } = addLogframeRow(completeProgramme(), { level: 'result', parentId: IDS.os1, index: 0 }, ctx());
    const codes = codesOf(snapshot);
    expect(codes[id]).toBe('R1.1');
    expect(codes[IDS.r11]).toBe('R1.2');
    expect(codes[IDS.a111]).toBe('A1.2.1');
  });

  it('refuses a row under a parent of the wrong level', () => {
    expect(() => addLogframeRow(completeProgramme(), { level: 'activity', parentId: IDS.os1 }, ctx())).toThrowError(CommandError);
    expect(() => addLogframeRow(completeProgramme(), { level: 'goal', parentId: IDS.goal }, ctx())).toThrowError(/no parent/);
    expect(() => addLogframeRow(completeProgramme(), { level: 'specific', parentId: null }, ctx())).toThrowError(/needs a parent/);
  });
});

describe('moving rows with their children', () => {
  it('moves a result with its activities to another specific objective; codes follow', () => {
    const s = moveLogframeRow(completeProgramme(), IDS.r11, IDS.os2, 1);
    expect(s.logframe.find((r) => r.id === IDS.r11)!.parentId).toBe(IDS.os2);
    expect(s.logframe.find((r) => r.id === IDS.a111)!.parentId).toBe(IDS.r11);
    const codes = codesOf(s);
    expect(codes[IDS.r21]).toBe('R2.1');
    expect(codes[IDS.r11]).toBe('R2.2');
    expect(codes[IDS.a111]).toBe('A2.2.1');
    expect(structureProblems(s)).toEqual([]);
  });

  it('reorders siblings (move a specific objective up)', () => {
    const s = moveLogframeRow(completeProgramme(), IDS.os2, IDS.goal, 0);
    const codes = codesOf(s);
    expect(codes[IDS.os2]).toBe('OS1');
    expect(codes[IDS.a211]).toBe('A1.1.1');
    expect(codes[IDS.a111]).toBe('A2.1.1');
  });

  it('refuses to move a result under a result or an activity under a specific objective', () => {
    expect(() => moveLogframeRow(completeProgramme(), IDS.r11, IDS.r21, 0)).toThrowError(/goes under a row of level specific/);
    expect(() => moveLogframeRow(completeProgramme(), IDS.a111, IDS.os2, 0)).toThrowError(CommandError);
  });

  it('indicator codes follow their row after a move', () => {
    const start = completeProgramme();
    const { snapshot, id } = addIndicator(start, IDS.r11, { wording: 'Deuxième indicateur' }, ctx());
    const before = indicatorCodes(snapshot.logframe, snapshot.indicators);
    expect(before.get(id)).toBe('R1.1-I2');
    const moved = moveLogframeRow(snapshot, IDS.r11, IDS.os2, 0);
    const after = indicatorCodes(moved.logframe, moved.indicators);
    expect(after.get(id)).toBe('R2.1-I2');
    const r21Indicator = moved.indicators.find((i) => i.logframeId === IDS.r21)!;
    expect(after.get(r21Indicator.id)).toBe('R2.2-I1');
  });
});

describe('activity dates', () => {
  it('sets both dates of an activity', () => {
    const s = setActivityDates(completeProgramme(), IDS.a111, '2027-03-01', '2027-09-30');
    expect(s.logframe.find((r) => r.id === IDS.a111)).toMatchObject({ startDate: '2027-03-01', endDate: '2027-09-30' });
  });
  it('refuses an end before the start, and dates on a result', () => {
    expect(() => setActivityDates(completeProgramme(), IDS.a111, '2027-03-01', '2027-01-01')).toThrowError(/precede/);
    expect(() => setActivityDates(completeProgramme(), IDS.r11, '2027-03-01', '2027-04-01')).toThrowError(/Only activities/);
  });
});
