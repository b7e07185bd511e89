// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { CheckboxField, MultiCheckField } from '../../../src-renderer/components/kit';
import { click, mount } from './kit-harness';

const THEMES = [
  { value: 'health', label: 'Santé' },
  { value: 'school', label: 'Éducation' },
  { value: 'water', label: 'Eau' },
] as const;

describe('kit: checkbox and multi-choice', () => {
  it('a checkbox is labelled after the box and saves each click', async () => {
    const saved: boolean[] = [];
    const view = await mount(createElement(CheckboxField, { id: 'c', label: 'Cofinancement acquis', value: false, onCommit: (v: boolean) => void saved.push(v) }));
    const box = view.get<HTMLInputElement>('#c');
    expect(box.type).toBe('checkbox');
    expect(view.get('label[for="c"]').textContent).toBe('Cofinancement acquis');
    await click(box);
    expect(saved).toEqual([true]);
    await view.unmount();
  });

  it('a multi-choice is a group with a legend; quick clicks build on each other, in the options’ order', async () => {
    const saved: string[][] = [];
    const view = await mount(createElement(MultiCheckField, { id: 'themes', label: 'Thèmes', options: THEMES, value: [], onCommit: (v: string[]) => void saved.push(v) }));
    expect(view.get('fieldset legend').textContent).toBe('Thèmes');
    const boxes = [...view.host.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.parentElement!.textContent)).toEqual(['Santé', 'Éducation', 'Eau']);
    // Two clicks before the store answers: the second keeps the first.
    await click(boxes[2]!);
    await click(boxes[0]!);
    expect(saved).toEqual([['water'], ['health', 'water']]);
    await click(boxes[2]!);
    expect(saved.at(-1)).toEqual(['health']);
    await view.unmount();
  });

  it('a multi-choice shows what is missing, linked to the group', async () => {
    const view = await mount(createElement(MultiCheckField, { id: 'themes', label: 'Thèmes', missing: 'Choisissez au moins un thème.', options: THEMES, value: [], onCommit: () => undefined }));
    expect(view.get('#themes-status').textContent).toBe('◔ Choisissez au moins un thème.');
    expect(view.get('fieldset').getAttribute('aria-describedby')).toBe('themes-status');
    await view.unmount();
  });

  it('the store’s value replaces the boxes (undo)', async () => {
    const onCommit = () => undefined;
    const view = await mount(createElement(MultiCheckField, { id: 't', label: 'Thèmes', options: THEMES, value: ['health'], onCommit }));
    await view.rerender(createElement(MultiCheckField, { id: 't', label: 'Thèmes', options: THEMES, value: ['school'], onCommit }));
    const checked = [...view.host.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.parentElement!.textContent);
    expect(checked).toEqual(['Éducation']);
    await view.unmount();
  });
});
