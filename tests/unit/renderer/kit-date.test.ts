// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { DateCell, DateField } from '../../../src-renderer/components/kit';
import { mount, type } from './kit-harness';

describe('kit: date field and date cell', () => {
  it('a field is a labelled date control with its limits; a chosen date is saved at once, an emptied one as null', async () => {
    const saved: Array<string | null> = [];
    const view = await mount(
      createElement(DateField, { id: 'framing.startDate', label: 'Début', min: '2026-01-01', max: '2030-12-31', value: '2027-01-01', onCommit: (v: string | null) => void saved.push(v) }),
    );
    const input = view.get<HTMLInputElement>('#framing\\.startDate');
    expect(input.type).toBe('date');
    expect(view.get('label').getAttribute('for')).toBe('framing.startDate');
    expect([input.min, input.max, input.value]).toEqual(['2026-01-01', '2030-12-31', '2027-01-01']);
    await type(input, '2027-03-15');
    await type(input, '');
    expect(saved).toEqual(['2027-03-15', null]);
    await view.unmount();
  });

  it('a field shows what is missing; help shows on focus', async () => {
    const view = await mount(createElement(DateField, { id: 'd', label: 'Date de la séance', help: 'La date du vote.', missing: 'La date est à compléter.', value: null, onCommit: () => undefined }));
    expect(view.get('#d-status').textContent).toBe('◔ La date est à compléter.');
    expect(view.get('#d').getAttribute('aria-describedby')).toBe('d-status');
    await type(view.get<HTMLInputElement>('#d'), '2027-01-05');
    expect(view.helpText()).toBe('Date de la séance — La date du vote.');
    await view.unmount();
  });

  it('a cell is named by its label and saves each change', async () => {
    const saved: Array<string | null> = [];
    const view = await mount(createElement(DateCell, { id: 'a1.start', label: 'Début — A1.1', value: null, onCommit: (v: string | null) => void saved.push(v) }));
    const input = view.get<HTMLInputElement>('#a1\\.start');
    expect(input.getAttribute('aria-label')).toBe('Début — A1.1');
    expect(input.value).toBe('');
    await type(input, '2027-06-01');
    expect(saved).toEqual(['2027-06-01']);
    await view.unmount();
  });
});
