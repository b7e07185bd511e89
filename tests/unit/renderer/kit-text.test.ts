// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { TextCell, TextField } from '../../../src-renderer/components/kit';
import { leave, mount, sleep, type } from './kit-harness';

describe('kit: text field and text cell', () => {
  it('a field is labelled, saves once on blur, not at each key, and shows its help on focus', async () => {
    const saved: string[] = [];
    const view = await mount(
      createElement(TextField, { id: 'framing.title', label: 'Intitulé', help: 'Le titre du programme.', value: 'Ancien', onCommit: (v: string) => void saved.push(v) }),
    );
    expect(view.get('label').textContent).toBe('Intitulé');
    expect(view.get('label').getAttribute('for')).toBe('framing.title');
    const input = view.get<HTMLInputElement>('#framing\\.title');
    expect(input.value).toBe('Ancien');
    await type(input, 'Nouv');
    await type(input, 'Nouveau titre');
    expect(saved).toEqual([]);
    expect(view.helpText()).toBe('Intitulé — Le titre du programme.');
    await leave(input);
    expect(saved).toEqual(['Nouveau titre']);
    // The store sends the saved value back: leaving again saves nothing more.
    await view.rerender(createElement(TextField, { id: 'framing.title', label: 'Intitulé', value: 'Nouveau titre', onCommit: (v: string) => void saved.push(v) }));
    await leave(input);
    expect(saved).toEqual(['Nouveau titre']);
    await view.unmount();
  });

  it('a field saves by itself after a pause in typing', async () => {
    const saved: string[] = [];
    const view = await mount(createElement(TextField, { id: 'f', label: 'Résumé', multiline: true, value: '', onCommit: (v: string) => void saved.push(v) }));
    const area = view.get<HTMLTextAreaElement>('textarea');
    await type(area, 'Un texte');
    await act(() => sleep(900));
    expect(saved).toEqual(['Un texte']);
    await view.unmount();
  });

  it('a field shows what is missing under it, linked for screen readers, and « obligatoire » when required', async () => {
    const view = await mount(createElement(TextField, { id: 'f', label: 'Intitulé', required: true, missing: 'L’intitulé est à compléter.', value: '', onCommit: () => undefined }));
    expect(view.get('label').textContent).toBe('Intitulé (obligatoire)');
    const status = view.get('#f-status');
    expect(status.textContent).toBe('◔ L’intitulé est à compléter.');
    expect(status.className).toContain('status-todo');
    expect(view.get('input').getAttribute('aria-describedby')).toBe('f-status');
    expect(view.get('input').getAttribute('aria-required')).toBe('true');
    await view.unmount();
  });

  it('an error replaces the missing mark and is announced', async () => {
    const view = await mount(createElement(TextField, { id: 'f', label: 'Courriel', missing: 'À compléter', error: 'Adresse non valide.', value: 'x', onCommit: () => undefined }));
    expect(view.get('#f-status').getAttribute('role')).toBe('alert');
    expect(view.get('#f-status').textContent).toBe('✖ Adresse non valide.');
    expect(view.get('input').getAttribute('aria-invalid')).toBe('true');
    await view.unmount();
  });

  it('a cell is named by its label, grows as a textarea by default, is a one-line input when asked', async () => {
    const saved: string[] = [];
    const view = await mount(
      createElement('div', null, [
        createElement(TextCell, { key: 'a', id: 'a', label: 'Libellé — R1', value: 'x', onCommit: (v: string) => void saved.push(`a:${v}`) }),
        createElement(TextCell, { key: 'b', id: 'b', label: 'Courriel — Mme A', type: 'email', multiline: false, value: '', onCommit: (v: string) => void saved.push(`b:${v}`) }),
      ]),
    );
    const a = view.get<HTMLTextAreaElement>('#a');
    expect(a.tagName).toBe('TEXTAREA');
    expect(a.getAttribute('aria-label')).toBe('Libellé — R1');
    const b = view.get<HTMLInputElement>('#b');
    expect(b.tagName).toBe('INPUT');
    expect(b.type).toBe('email');
    await type(b, 'a@b.fr');
    await leave(b);
    expect(saved).toEqual(['b:a@b.fr']);
    await view.unmount();
  });

  it('a cell shows its help and tells its row when focused, and its missing mark under it', async () => {
    let rowFocused = 0;
    const view = await mount(
      createElement(TextCell, {
        id: 'c',
        label: 'Nom',
        help: { title: 'Nom', text: 'Le nom de l’acteur.' },
        onFocus: () => void rowFocused++,
        missing: 'Le nom est à compléter.',
        describedBy: 'other',
        value: '',
        onCommit: () => undefined,
      }),
    );
    const cell = view.get<HTMLTextAreaElement>('#c');
    await act(async () => cell.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    expect(view.helpText()).toBe('Nom — Le nom de l’acteur.');
    expect(rowFocused).toBe(1);
    expect(view.get('#c-status').textContent).toBe('◔ Le nom est à compléter.');
    expect(cell.getAttribute('aria-describedby')).toBe('other c-status');
    await view.unmount();
  });

  it('an outside change (undo) replaces the text unless the officer is typing in it', async () => {
    const onCommit = () => undefined;
    const view = await mount(createElement(TextCell, { id: 'c', label: 'Nom', value: 'un', onCommit }));
    await view.rerender(createElement(TextCell, { id: 'c', label: 'Nom', value: 'deux', onCommit }));
    const cell = view.get<HTMLTextAreaElement>('#c');
    expect(cell.value).toBe('deux');
    await type(cell, 'en cours');
    await view.rerender(createElement(TextCell, { id: 'c', label: 'Nom', value: 'trois', onCommit }));
    expect(cell.value).toBe('en cours');
    await view.unmount();
  });
});
