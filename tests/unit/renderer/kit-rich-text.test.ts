// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { RichTextField } from '../../../src-renderer/components/kit';
import type { RichText } from '../../../src-shared/model';
import { click, leave, mount, type } from './kit-harness';

const para = (text: string): RichText => [{ type: 'paragraph', children: [{ text }] }];

describe('kit: rich text', () => {
  it('shows the saved blocks as light markup and saves what is typed back as blocks (never HTML)', async () => {
    const saved: RichText[] = [];
    const view = await mount(createElement(RichTextField, { id: 'ctx', label: 'Contexte', value: para('Un texte'), onCommit: (v: RichText) => void saved.push(v) }));
    const area = view.get<HTMLTextAreaElement>('#ctx');
    expect(view.get('label').textContent).toBe('Contexte');
    expect(area.value).toBe('Un texte');
    await type(area, 'Un **mot** fort\n\n- premier\n- second');
    await leave(area);
    expect(saved).toHaveLength(1);
    expect(saved[0]![0]).toEqual({ type: 'paragraph', children: [{ text: 'Un ' }, { text: 'mot', bold: true }, { text: ' fort' }] });
    expect(saved[0]![1]).toMatchObject({ type: 'bullet' });
    await view.unmount();
  });

  it('a change of spacing that gives the same blocks is not saved', async () => {
    const saved: RichText[] = [];
    const view = await mount(createElement(RichTextField, { id: 'ctx', label: 'Contexte', value: para('Un texte'), onCommit: (v: RichText) => void saved.push(v) }));
    await type(view.get<HTMLTextAreaElement>('#ctx'), 'Un texte\n\n');
    await leave(view.get('#ctx'));
    expect(saved).toEqual([]);
    await view.unmount();
  });

  it('the toolbar is named after the field, the preview toggles, and what is missing shows under it', async () => {
    const view = await mount(createElement(RichTextField, { id: 'ctx', label: 'Contexte', missing: 'Le contexte est à compléter.', value: para('x'), onCommit: () => undefined }));
    expect(view.get('[role="toolbar"]').getAttribute('aria-label')).toContain('Contexte');
    expect(view.get('#ctx-status').textContent).toBe('◔ Le contexte est à compléter.');
    expect(view.get('#ctx').getAttribute('aria-describedby')).toBe('ctx-syntax ctx-status');
    const preview = view.get<HTMLButtonElement>('button[aria-pressed]');
    await click(preview);
    expect(preview.getAttribute('aria-pressed')).toBe('true');
    expect(view.host.querySelector('.rich-preview')).not.toBeNull();
    await view.unmount();
  });
});
