import { describe, expect, it } from 'vitest';
import { indicatorCodes, logframeCodes } from '../../src-shared/method';
import { Indicator, LogframeRow } from '../../src-shared/model';

let n = 0;
const id = () => `01900000-0000-7000-8000-${(++n).toString(16).padStart(12, '0')}`;
const row = (level: LogframeRow['level'], parentId: string | null) => LogframeRow.parse({ id: id(), level, parentId });

describe('logframe numbering', () => {
  const og = row('goal', null);
  const os1 = row('specific', og.id);
  const os2 = row('specific', og.id);
  const r11 = row('result', os1.id);
  const r12 = row('result', os1.id);
  const r21 = row('result', os2.id);
  const a111 = row('activity', r11.id);
  const a121 = row('activity', r12.id);
  const a122 = row('activity', r12.id);
  // Rows of different parents are interleaved on purpose: codes follow the tree, not the array.
  const rows = [og, os1, r11, os2, a111, r21, r12, a121, a122];

  it('gives OG, OS1, R1.1, A1.1.1 by tree position and sibling order', () => {
    const codes = logframeCodes(rows);
    expect([og, os1, os2, r11, r12, r21, a111, a121, a122].map((r) => codes.get(r.id))).toEqual([
      'OG', 'OS1', 'OS2', 'R1.1', 'R1.2', 'R2.1', 'A1.1.1', 'A1.2.1', 'A1.2.2',
    ]);
  });

  it('renumbers when a result moves to another specific objective', () => {
    const moved = rows.map((r) => (r.id === r12.id ? { ...r, parentId: os2.id } : r));
    const codes = logframeCodes(moved);
    expect(codes.get(r12.id)).toBe('R2.2');
    expect(codes.get(a122.id)).toBe('A2.2.2');
    expect(codes.get(r21.id)).toBe('R2.1');
  });

  it('codes indicators after their row and rank (R1.2-I1, R1.2-I2)', () => {
    const i1 = Indicator.parse({ id: id(), logframeId: r12.id });
    const i2 = Indicator.parse({ id: id(), logframeId: r12.id });
    const i3 = Indicator.parse({ id: id(), logframeId: og.id });
    const codes = indicatorCodes(rows, [i1, i3, i2]);
    expect(codes.get(i1.id)).toBe('R1.2-I1');
    expect(codes.get(i2.id)).toBe('R1.2-I2');
    expect(codes.get(i3.id)).toBe('OG-I1');
  });
});
