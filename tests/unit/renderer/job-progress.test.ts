// @vitest-environment happy-dom
import i18next from 'i18next';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { CommandName } from '../../../src-shared/api/contract';
import type { JobProgress as Progress } from '../../../src-shared/api/jobs';
import { JobProgress } from '../../../src-renderer/components/JobProgress';
import { i18nOptions, messageFormatter } from '../../../src-renderer/messages';
import type { Transport } from '../../../src-renderer/state/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const JOB = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fake main process whose package moves one document per poll; it records every command sent. */
function fakeJob() {
  const sent: Array<{ name: CommandName; input: unknown }> = [];
  let done = 0;
  const transport = (async (name: CommandName, input: unknown) => {
    sent.push({ name, input });
    if (name === 'jobs.cancel') return { state: 'running' };
    const answer: Progress = { done, total: 5, state: 'running' };
    done = Math.min(5, done + 1);
    return answer;
  }) as unknown as Transport;
  return { sent, transport };
}

async function mount(transport: Transport) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).use(messageFormatter).init({ ...i18nOptions('fr'), initAsync: false });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(createElement(I18nextProvider, { i18n }, createElement(JobProgress, { jobId: JOB, transport }))));
  return { host, unmount: () => act(async () => root.unmount()) };
}

describe('the progress line of a long command', () => {
  it('shows « Documents : n sur 5 » as the package moves, and « Annuler » sends jobs.cancel for its job', async () => {
    const { sent, transport } = fakeJob();
    const { host, unmount } = await mount(transport);
    // Polls every 250 ms: after about a second, a few documents are counted.
    for (let i = 0; i < 40 && !/Documents\u202f: [2-5] sur 5/.test(host.textContent ?? ''); i++) await act(() => sleep(50));
    expect(host.textContent).toMatch(/Documents\u202f: [2-5] sur 5/);
    const bar = host.querySelector('progress')!;
    expect(bar.getAttribute('max')).toBe('5');
    const button = host.querySelector('button')!;
    expect(button.textContent).toBe('Annuler');
    await act(async () => button.click());
    expect(sent.filter((c) => c.name === 'jobs.cancel')).toEqual([{ name: 'jobs.cancel', input: { jobId: JOB } }]);
    expect(button.textContent).toBe('Annulation en cours…');
    expect(button.disabled).toBe(true);
    expect(sent.every((c) => (c.input as { jobId: string }).jobId === JOB)).toBe(true);
    // Unmounted (the command answered), it stops asking.
    await unmount();
    const polls = sent.length;
    await sleep(600);
    expect(sent.length).toBe(polls);
  });

  it('before the command knows its total it says « Préparation… »', async () => {
    const transport = (async () => ({ done: 0, total: 0, state: 'running' })) as unknown as Transport;
    const { host, unmount } = await mount(transport);
    await act(() => sleep(20));
    expect(host.textContent).toContain('Préparation…');
    await unmount();
  });
});
