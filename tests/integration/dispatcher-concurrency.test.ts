import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateLargeProgramme } from '../../bench/generate';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let largeId: string;
beforeEach(async () => {
  t = await createTestApp();
  largeId = t.app.programmes.insert(generateLargeProgramme(1)).id;
});
afterEach(() => t.close());

describe('the dispatcher while the documents are built in workers', () => {
  it('answers a small query and a small edit before the large package is ready', async () => {
    const order: string[] = [];
    const meta = { transport: 'test' as const };
    const generating = t.dispatch('documents.generate', { programmeId: largeId, draft: true, locale: 'fr' }, meta).then((r) => {
      order.push('generate');
      return r;
    });
    const listed = t.dispatch('programme.list', {}, meta).then((r) => {
      order.push('list');
      return r;
    });
    const created = t.dispatch('programme.create', { title: 'Pendant la génération' }, meta).then((r) => {
      order.push('create');
      return r;
    });
    const [g, l, c] = await Promise.all([generating, listed, created]);
    expect([g.ok, l.ok, c.ok]).toEqual([true, true, true]);
    expect(order).toEqual(['list', 'create', 'generate']);
  });

  it('a query still sees the writes sent before it, and writes stay one at a time in order', async () => {
    const meta = { transport: 'test' as const };
    const first = t.dispatch('programme.create', { title: 'Un' }, meta);
    const second = t.dispatch('programme.create', { title: 'Deux' }, meta);
    const list = await t.dispatch('programme.list', {}, meta);
    await Promise.all([first, second]);
    expect(list.ok).toBe(true);
    const titles = (list as { ok: true; value: Array<{ title: string }> }).value.map((p) => p.title);
    expect(titles).toEqual(expect.arrayContaining(['Un', 'Deux']));
  });
});
