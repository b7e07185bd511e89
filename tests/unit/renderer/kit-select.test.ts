// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { LazySelectCell, SelectCell, SelectField } from '../../../src-renderer/components/kit';
import { mount, type } from './kit-harness';

const RISKS = [
  { value: 'low', label: 'Faible' },
  { value: 'high', label: 'Élevé' },
] as const;

const texts = (select: HTMLSelectElement) => [...select.options].map((o) => o.text);

describe('kit: select field and select cell', () => {
  it('a field lists its options; with nothing chosen it shows « — », never an option that is not the value', async () => {
    const saved: Array<string | null> = [];
    const view = await mount(createElement(SelectField, { id: 'r', label: 'Probabilité', options: RISKS, value: null, onCommit: (v: string | null) => void saved.push(v) }));
    const select = view.get<HTMLSelectElement>('#r');
    expect(texts(select)).toEqual(['—', 'Faible', 'Élevé']);
    expect(select.selectedOptions[0]!.text).toBe('—');
    await type(select, 'high');
    expect(saved).toEqual(['high']);
    await view.unmount();
  });

  it('a field with a value offers no empty choice unless allowed, then under its own label', async () => {
    const view = await mount(
      createElement('div', null, [
        createElement(SelectField, { key: 'a', id: 'a', label: 'A', options: RISKS, value: 'low', onCommit: () => undefined }),
        createElement(SelectField, { key: 'b', id: 'b', label: 'B', options: RISKS, value: 'low', allowEmpty: true, emptyLabel: 'Non précisé', onCommit: () => undefined }),
      ]),
    );
    expect(texts(view.get('#a'))).toEqual(['Faible', 'Élevé']);
    expect(texts(view.get('#b'))).toEqual(['Non précisé', 'Faible', 'Élevé']);
    await view.unmount();
  });

  it('a cell saves the empty choice as null', async () => {
    const saved: Array<string | null> = [];
    const view = await mount(
      createElement(SelectCell, { id: 's', label: 'Territoire — ONG', emptyLabel: 'Aucun', options: RISKS, value: 'low', onCommit: (v: string | null) => void saved.push(v) }),
    );
    const select = view.get<HTMLSelectElement>('#s');
    expect(select.getAttribute('aria-label')).toBe('Territoire — ONG');
    expect(texts(select)).toEqual(['Aucun', 'Faible', 'Élevé']);
    await type(select, '');
    expect(saved).toEqual([null]);
    await view.unmount();
  });

  it('a cell shows its help when focused', async () => {
    const view = await mount(createElement(SelectCell, { id: 's', label: 'Intérêt', help: { title: 'Intérêt', text: 'De 1 à 5.' }, options: RISKS, value: 'low', onCommit: () => undefined }));
    await act(async () => view.get('#s').dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    expect(view.helpText()).toBe('Intérêt — De 1 à 5.');
    await view.unmount();
  });

  it('a long list builds only the chosen option until the pointer or focus reaches it, then every option', async () => {
    const many = Array.from({ length: 240 }, (_, i) => ({ value: `a${i}`, label: `A${i} — activité ${i}` }));
    const saved: Array<string | null> = [];
    const view = await mount(createElement(LazySelectCell, { id: 'l', label: 'Activité — ligne 1', emptyLabel: '—', options: many, value: 'a7', onCommit: (v: string | null) => void saved.push(v) }));
    const select = view.get<HTMLSelectElement>('#l');
    expect(texts(select)).toEqual(['—', 'A7 — activité 7']);
    expect(select.title).toBe('A7 — activité 7');
    await act(async () => select.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    expect(select.options.length).toBe(241);
    await type(select, 'a100');
    expect(saved).toEqual(['a100']);
    await view.unmount();
  });
});
