// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { MissingMark } from '../../../src-renderer/components/kit';
import { mount } from './kit-harness';

describe('kit: the « ◔ à compléter » mark', () => {
  it('shows the icon (hidden from screen readers) and the text, in the to-complete colour', async () => {
    const view = await mount(createElement(MissingMark, { id: 'm', className: 'field-status', children: 'Ajoutez au moins un acteur.' }));
    const mark = view.get('#m');
    expect(mark.tagName).toBe('P');
    expect(mark.className).toBe('field-status status-todo');
    expect(mark.textContent).toBe('◔ Ajoutez au moins un acteur.');
    expect(mark.querySelector('[aria-hidden="true"]')!.textContent).toBe('◔ ');
    await view.unmount();
  });

  it('takes the element its place needs (a span inside a line)', async () => {
    const view = await mount(createElement(MissingMark, { as: 'span', children: '3 à compléter' }));
    expect(view.get('.status-todo').tagName).toBe('SPAN');
    await view.unmount();
  });

  it('shows nothing when nothing is missing', async () => {
    for (const nothing of [null, undefined, '']) {
      const view = await mount(createElement(MissingMark, { id: 'm', children: nothing }));
      expect(view.host.querySelector('#m')).toBeNull();
      expect(view.host.textContent).toBe('');
      await view.unmount();
    }
  });
});
