// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { NumberCell, NumberField, readNumber } from '../../../src-renderer/components/kit';
import { leave, mount, type } from './kit-harness';

describe('kit: reading a typed number', () => {
  it('reads the French way with the interface’s one parser, and refuses what breaks a rule', () => {
    expect(readNumber('1 234,5', {})).toEqual({ value: 1234.5 });
    expect(readNumber('\u22123', {})).toEqual({ value: -3 });
    expect(readNumber('', {})).toEqual({ value: null });
    expect(readNumber('', { nullable: false })).toBe('invalid');
    expect(readNumber('douze', {})).toBe('invalid');
    expect(readNumber('2,5', { integer: true })).toBe('invalid');
    expect(readNumber('-1', { min: 0 })).toBe('invalid');
    expect(readNumber('101', { max: 100 })).toBe('invalid');
    expect(readNumber('100', { min: 0, max: 100, integer: true })).toEqual({ value: 100 });
  });
});

describe('kit: number field and number cell', () => {
  it('a field shows the value with a decimal comma and its unit, and saves « 12 345,5 » as 12345.5', async () => {
    const saved: Array<number | null> = [];
    const view = await mount(createElement(NumberField, { id: 'rate', label: 'Taux', unit: 'XOF', value: 655.957, onCommit: (v: number | null) => void saved.push(v) }));
    const input = view.get<HTMLInputElement>('#rate');
    expect(input.value).toBe('655,957');
    expect(view.get('.unit').textContent).toBe('XOF');
    await type(input, '12 345,5');
    await leave(input);
    expect(saved).toEqual([12345.5]);
    await view.unmount();
  });

  it('in English the field shows a decimal point', async () => {
    const view = await mount(createElement(NumberField, { id: 'rate', label: 'Rate', value: 655.957, onCommit: () => undefined }), 'en');
    expect(view.get<HTMLInputElement>('#rate').value).toBe('655.957');
    await view.unmount();
  });

  it('a field refuses a text that is not a number: nothing saved, « Saisissez un nombre valide. » announced', async () => {
    const saved: Array<number | null> = [];
    const view = await mount(createElement(NumberField, { id: 'n', label: 'Montant', min: 0, value: 5, onCommit: (v: number | null) => void saved.push(v) }));
    const input = view.get<HTMLInputElement>('#n');
    await type(input, '12 €');
    await leave(input);
    expect(saved).toEqual([]);
    expect(view.get('#n-status').textContent).toBe('✖ Saisissez un nombre valide.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('12 €');
    // Corrected, it saves and the error goes.
    await type(input, '12');
    await leave(input);
    expect(saved).toEqual([12]);
    expect(view.host.querySelector('#n-status')).toBeNull();
    await view.unmount();
  });

  it('emptied, a field saves null (not known)', async () => {
    const saved: Array<number | null> = [];
    const view = await mount(createElement(NumberField, { id: 'n', label: 'Montant', value: 5, onCommit: (v: number | null) => void saved.push(v) }));
    await type(view.get<HTMLInputElement>('#n'), ' ');
    await leave(view.get('#n'));
    expect(saved).toEqual([null]);
    await view.unmount();
  });

  it('a whole-number cell refuses 2,5 and a negative count, with the error under the cell', async () => {
    const saved: Array<number | null> = [];
    const view = await mount(createElement(NumberCell, { id: 'women', label: 'Femmes — Groupe 1', integer: true, min: 0, value: 10, onCommit: (v: number | null) => void saved.push(v) }));
    const input = view.get<HTMLInputElement>('#women');
    expect(input.getAttribute('aria-label')).toBe('Femmes — Groupe 1');
    for (const bad of ['2,5', '-4']) {
      await type(input, bad);
      await leave(input);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.getAttribute('aria-describedby')).toBe('women-error');
      expect(view.get('#women-error').textContent).toBe('✖ Saisissez un nombre valide.');
    }
    await type(input, '1 200');
    await leave(input);
    expect(saved).toEqual([1200]);
    expect(view.host.querySelector('#women-error')).toBeNull();
    await view.unmount();
  });

  it('a cell that must hold a value refuses to be emptied', async () => {
    const saved: Array<number | null> = [];
    const view = await mount(createElement(NumberCell, { id: 'q', label: 'Quantité', nullable: false, value: 3, onCommit: (v: number | null) => void saved.push(v) }));
    await type(view.get<HTMLInputElement>('#q'), '');
    await leave(view.get('#q'));
    expect(saved).toEqual([]);
    expect(view.get('#q-error')).toBeTruthy();
    await view.unmount();
  });

  it('a cell marked invalid by its row says so to assistive technology', async () => {
    const view = await mount(createElement(NumberCell, { id: 'm', label: 'Hommes', invalid: true, describedBy: 'row-mismatch', value: 3, onCommit: () => undefined }));
    expect(view.get('#m').getAttribute('aria-invalid')).toBe('true');
    expect(view.get('#m').getAttribute('aria-describedby')).toBe('row-mismatch');
    await view.unmount();
  });
});
