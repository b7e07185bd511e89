import { describe, expect, it } from 'vitest';
import { MINUS, editableDecimal, formatMoney, formatNumber, formatPercent, interfaceNumber, parseDecimal } from '../../src-shared/i18n/format';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('French number formats', () => {
  it('write a decimal comma, narrow no-break spaces between thousands and a real minus sign', () => {
    expect(formatNumber(655.957, 'fr', 6)).toBe('655,957');
    expect(formatMoney(-180_000, 'fr')).toBe(`${MINUS}180${NNBSP}000${NBSP}€`);
    expect(formatMoney(12_345.5, 'fr', { cents: true })).toBe(`12${NNBSP}345,50${NBSP}€`);
    expect(formatPercent(-0.125, 'fr')).toBe(`${MINUS}12,5${NBSP}%`);
    expect(formatNumber(-3, 'fr')).toBe(`${MINUS}3`);
  });

  it('leave English as English', () => {
    expect(formatNumber(655.957, 'en', 6)).toBe('655.957');
    expect(formatMoney(-180_000, 'en')).toBe('-€180,000');
  });

  it('in interface messages, keep row numbers and years ungrouped and format everything else', () => {
    expect(interfaceNumber(2027, 'fr')).toBe('2027');
    expect(interfaceNumber(12, 'fr')).toBe('12');
    expect(interfaceNumber(655.957, 'fr')).toBe('655,957');
    expect(interfaceNumber(-5, 'fr')).toBe(`${MINUS}5`);
    expect(interfaceNumber(132_000, 'fr')).toBe(`132${NNBSP}000`);
  });
});

describe('the one decimal parser', () => {
  it.each([
    ['1 234,5', 1234.5],
    [`1${NNBSP}234,5`, 1234.5],
    ['1234.5', 1234.5],
    [`${MINUS}3`, -3],
    ['-3,25', -3.25],
    [',5', 0.5],
    ['42', 42],
  ])('reads %s as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it('reads an empty field as "not known" and refuses anything else', () => {
    expect(parseDecimal('   ')).toBeNull();
    for (const bad of ['abc', '1,2,3', '12 €', '1e5', '--1', '1.2.3']) expect(parseDecimal(bad)).toBeNaN();
  });

  it('round-trips what an editable field shows', () => {
    for (const v of [0, 1234.5, -3.25, 655.957]) expect(parseDecimal(editableDecimal(v, 'fr'))).toBe(v);
    expect(editableDecimal(null, 'fr')).toBe('');
  });
});
