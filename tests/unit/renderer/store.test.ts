import { describe, expect, it, vi } from 'vitest';
import type { CommandInput, CommandName, CommandOutput } from '../../../src-shared/api/contract';
import type { EditResult } from '../../../src-shared/api/define';
import { ApiError } from '../../../src-renderer/api';
import { createProgrammeStore, runCommand, saveStateOf, type Transport } from '../../../src-renderer/state/store';
import { completeProgramme, completeSettings } from '../readiness-fixture';

/** A fake main process: answers reads from a snapshot, writes with an edit result, refuses on demand. */
function fakeTransport(refuse: (name: CommandName) => boolean = () => false) {
  const snapshot = completeProgramme();
  const settings = completeSettings();
  const sent: string[] = [];
  let resolveNext: (() => void) | null = null;
  const transport = vi.fn(async (name: CommandName, input: unknown) => {
    sent.push(name);
    if (refuse(name)) throw new ApiError({ code: 'invalid_input', message: `${name} refused`, details: input });
    if (name === 'programme.get') return { snapshot, canUndo: false, canRedo: false };
    if (name === 'settings.get') return settings;
    if (name === 'programme.list') return [];
    const title = name === 'section.update' ? (input as { fields: { title: string } }).fields.title : `after ${name}`;
    const result: EditResult = {
      programmeId: snapshot.id,
      revisionId: 'r',
      changes: [{ t: 'section', key: 'framing', before: snapshot.framing, after: { ...snapshot.framing, title } }],
      updatedAt: '2026-12-01T10:00:00.000Z',
      canUndo: true,
      canRedo: false,
    };
    if (name === 'entity.update') await new Promise<void>((r) => (resolveNext = r));
    return result;
  });
  return { transport: transport as unknown as Transport, sent, snapshot, release: () => resolveNext?.() };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the renderer store', () => {
  it('routes a refused write to the save indicator and the banner, and back to its caller', async () => {
    const fake = fakeTransport((n) => n === 'section.update');
    const onWriteError = vi.fn();
    const store = createProgrammeStore(fake.snapshot.id, { transport: fake.transport, onWriteError });
    await store.reload();
    await expect(store.updateSection('framing', { title: 'x' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(saveStateOf(store.getState()!)).toBe('error');
    expect(store.getState()!.lastError?.code).toBe('invalid_input');
    expect(onWriteError).toHaveBeenCalledOnce();
  });

  it('routes a refused query back to its caller only: it is not a failed save', async () => {
    const fake = fakeTransport((n) => n === 'programme.list');
    const store = createProgrammeStore(fake.snapshot.id, { transport: fake.transport });
    await store.reload();
    await expect(store.run('programme.list', {} as CommandInput<'programme.list'>)).rejects.toBeInstanceOf(ApiError);
    expect(store.getState()!.lastError).toBeNull();
    expect(saveStateOf(store.getState()!)).toBe('saved');
  });

  it('sends writes one after another, and a query only after the writes before it', async () => {
    const fake = fakeTransport();
    const store = createProgrammeStore(fake.snapshot.id, { transport: fake.transport });
    await store.reload();
    fake.sent.length = 0;
    const first = store.update('budgetLines', 'x', { label: 'a' }); // held until released
    const second = store.updateSection('framing', { title: 'b' });
    const read = store.run('programme.list', {} as CommandInput<'programme.list'>) as Promise<CommandOutput<'programme.list'>>;
    await flush();
    expect(fake.sent).toEqual(['entity.update']);
    expect(saveStateOf(store.getState()!)).toBe('saving');
    fake.release();
    await Promise.all([first, second, read]);
    expect(fake.sent).toEqual(['entity.update', 'section.update', 'programme.list']);
    expect(store.getState()!.snapshot.framing.title).toBe('b');
    expect(store.getState()!.canUndo).toBe(true);
    expect(saveStateOf(store.getState()!)).toBe('saved');
  });

  it('sends a cancel and a progress poll at once, while a write is still waiting for its answer', async () => {
    const fake = fakeTransport();
    const store = createProgrammeStore(fake.snapshot.id, { transport: fake.transport });
    await store.reload();
    fake.sent.length = 0;
    const jobId = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f';
    const write = store.update('budgetLines', 'x', { label: 'a' }); // held until released
    const queued = store.updateSection('framing', { title: 'b' });
    // From a programme screen and from an app page (import, Excel) alike.
    const cancel = store.run('jobs.cancel', { jobId });
    const poll = runCommand('jobs.progress', { jobId }, fake.transport);
    await flush();
    try {
      expect(fake.sent).toEqual(['entity.update', 'jobs.cancel', 'jobs.progress']);
      await Promise.all([cancel, poll]);
      // Neither waited for the write, nor counts as one: the save indicator still shows only the two edits.
      expect(store.getState()!.pending).toBe(2);
    } finally {
      // Released whatever happened: the window's one write queue is shared by the tests after this one.
      fake.release();
    }
    await Promise.all([write, queued]);
    expect(fake.sent).toEqual(['entity.update', 'jobs.cancel', 'jobs.progress', 'section.update']);
  });

  it('makes a section patch from the snapshot as it stands at its turn: two vote numbers typed in a row both stay', async () => {
    // The main process as it is: it stores the section's fields it is sent; the first write's answer is held back.
    let server = completeProgramme();
    let release: () => void = () => undefined;
    let hold: Promise<void> | null = new Promise<void>((r) => (release = r));
    const transport = vi.fn(async (name: CommandName, input: unknown) => {
      if (name === 'programme.get') return { snapshot: server, canUndo: false, canRedo: false };
      if (name === 'settings.get') return completeSettings();
      const { fields } = input as { fields: Partial<typeof server.session> };
      if (hold) await hold.finally(() => (hold = null));
      const before = server.session;
      server = { ...server, session: { ...before, ...fields } };
      return { programmeId: server.id, revisionId: 'r', changes: [{ t: 'section', key: 'session', before, after: server.session }], updatedAt: '2026-12-02T10:00:00.000Z', canUndo: true, canRedo: false } satisfies EditResult;
    }) as unknown as Transport;
    const store = createProgrammeStore(server.id, { transport });
    await store.reload();
    const vote = (fields: Partial<typeof server.session.vote>) => store.updateSection('session', (s) => ({ vote: { ...s.session.vote, ...fields } }));
    const first = vote({ voters: 40 });
    const second = vote({ for: 36 }); // made while the first is unanswered
    await flush();
    release();
    await Promise.all([first, second]);
    expect(server.session.vote).toMatchObject({ voters: 40, for: 36 });
    expect(store.getState()!.snapshot.session.vote).toMatchObject({ voters: 40, for: 36 });
  });

  it('computes readiness once per snapshot revision, however many readers ask', async () => {
    const fake = fakeTransport();
    const store = createProgrammeStore(fake.snapshot.id, { transport: fake.transport });
    await store.reload();
    const items = store.readiness();
    for (let i = 0; i < 10; i++) expect(store.readiness()).toBe(items);
    await store.updateSection('framing', { title: '' });
    const after = store.readiness();
    expect(after).not.toBe(items);
    expect(after.some((i) => i.messageKey === 'readiness.rules.framingTitle')).toBe(true);
  });

  it('tells its subscribers of every change and stops when they leave', async () => {
    const fake = fakeTransport();
    const store = createProgrammeStore(fake.snapshot.id, { transport: fake.transport });
    await store.reload();
    const listener = vi.fn();
    const leave = store.subscribe(listener);
    await store.updateSection('framing', { title: 'c' });
    const calls = listener.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    leave();
    await store.updateSection('framing', { title: 'd' });
    expect(listener.mock.calls.length).toBe(calls);
  });
});
