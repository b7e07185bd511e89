// @vitest-environment happy-dom
import i18next from 'i18next';
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { AtelierBridge } from '../../../src-shared/api/bridge';
import type { Envelope } from '../../../src-shared/api/errors';
import ImportPage from '../../../src-renderer/archive/ImportPage';
import { i18nOptions, messageFormatter } from '../../../src-renderer/messages';
import { ProgrammeStoreProvider } from '../../../src-renderer/state/programme';
import { createProgrammeStore } from '../../../src-renderer/state/store';
import { ExcelPanel } from '../../../src-renderer/steps/documents/ExcelPanel';
import { completeProgramme, completeSettings } from '../readiness-fixture';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A fake desktop bridge: the long command (`slow`) is held until jobs.cancel names its jobId, then
 * answers `cancelled` as the main process does; jobs.progress answers "running"; other commands answer
 * from `answers`. Every command sent is recorded.
 */
function fakeBridge(slow: string, answers: Record<string, unknown>) {
  const sent: Array<{ name: string; input: Record<string, unknown> }> = [];
  let cancelSlow: (() => void) | null = null;
  let slowJobId: unknown;
  const call = async (name: string, input: unknown): Promise<Envelope<unknown>> => {
    const payload = (input ?? {}) as Record<string, unknown>;
    sent.push({ name, input: payload });
    if (name === slow) {
      slowJobId = payload.jobId;
      await new Promise<void>((resolve) => (cancelSlow = resolve));
      return { ok: false, error: { code: 'cancelled', message: 'The operation was cancelled: nothing was changed.' } };
    }
    if (name === 'jobs.progress') return { ok: true, value: { done: 0, total: 1, state: 'running' } };
    if (name === 'jobs.cancel') {
      if (payload.jobId === slowJobId) cancelSlow?.();
      return { ok: true, value: { state: 'running' } };
    }
    return { ok: true, value: answers[name] };
  };
  const bridge = {
    call,
    openFile: async () => ({ name: 'fichier', bytes: new Uint8Array([80, 75, 3, 4]) }),
    saveFile: async () => true,
  } as unknown as AtelierBridge;
  window.atelier = bridge;
  return { sent };
}

async function mount(node: ReactNode) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).use(messageFormatter).init({ ...i18nOptions('fr'), initAsync: false });
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(createElement(I18nextProvider, { i18n }, node)));
  return { host, unmount: () => act(async () => root.unmount()) };
}

const button = (host: HTMLElement, text: string) => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`No button « ${text} » in: ${host.textContent}`);
  return found;
};

async function until(check: () => boolean) {
  for (let i = 0; i < 60 && !check(); i++) await act(() => sleep(25));
  expect(check()).toBe(true);
}

/** The progress line is shown for the running job, its « Annuler » cancels that job, and the line then goes. */
async function cancelThroughTheLine(host: HTMLElement, sent: Array<{ name: string; input: Record<string, unknown> }>, slow: string) {
  await until(() => host.querySelector('.job-progress') !== null);
  expect(host.querySelector('.job-progress')!.textContent).toContain('Traitement en cours…');
  const jobId = sent.find((c) => c.name === slow)!.input.jobId;
  expect(typeof jobId).toBe('string');
  await until(() => sent.some((c) => c.name === 'jobs.progress'));
  expect(sent.filter((c) => c.name === 'jobs.progress').every((c) => c.input.jobId === jobId)).toBe(true);
  await act(async () => button(host, 'Annuler').click());
  expect(sent.filter((c) => c.name === 'jobs.cancel')).toEqual([{ name: 'jobs.cancel', input: { jobId } }]);
  await until(() => host.querySelector('.job-progress') === null);
  // Cancelled is what the officer asked for: no error banner.
  expect(host.querySelector('[role="alert"]')).toBeNull();
}

afterEach(() => {
  delete window.atelier;
  document.body.innerHTML = '';
});

describe('long commands of the Excel panel and the import page show their progress and can be cancelled', () => {
  it('an Excel export: « Traitement en cours… » and « Annuler », which cancels that export', async () => {
    const snapshot = completeProgramme();
    const { sent } = fakeBridge('xlsx.exportLogframe', {
      'programme.get': { snapshot, canUndo: false, canRedo: false },
      'settings.get': completeSettings(),
    });
    const store = createProgrammeStore(snapshot.id);
    await store.reload();
    const { host, unmount } = await mount(createElement(ProgrammeStoreProvider, { store }, createElement(ExcelPanel, { locale: 'fr' })));
    expect(host.querySelector('.job-progress')).toBeNull();
    await act(async () => button(host, 'Exporter le cadre logique (.xlsx)').click());
    // One file at a time: the other Excel buttons wait.
    await until(() => host.querySelector('.job-progress') !== null);
    expect(button(host, 'Exporter le budget (.xlsx)').disabled).toBe(true);
    await cancelThroughTheLine(host, sent, 'xlsx.exportLogframe');
    expect(button(host, 'Exporter le budget (.xlsx)').disabled).toBe(false);
    await unmount();
  });

  it('an archive import: the same line while the archive is unpacked, and « Annuler » stops it', async () => {
    const { sent } = fakeBridge('archive.import', {
      'archive.inspect': {
        encrypted: false,
        manifest: { programmeTitle: 'CAP JEUNES', exportedBy: { name: 'Camille', organisation: '' }, exportedAt: '2026-11-30T10:00:00.000Z' },
        documents: [],
        attachments: 0,
        local: { exists: false, inBin: false, knownBase: false, title: '' },
      },
    });
    const { host, unmount } = await mount(createElement(ImportPage));
    await act(async () => button(host, 'Choisir un fichier .atelier…').click());
    await until(() => host.textContent!.includes('CAP JEUNES'));
    await act(async () => button(host, 'Importer').click());
    await cancelThroughTheLine(host, sent, 'archive.import');
    await unmount();
  });
});
