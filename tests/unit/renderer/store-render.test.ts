// @vitest-environment happy-dom
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { ProgrammeStoreProvider, useProgramme, useProgrammeSelector, useSaveState } from '../../../src-renderer/state/programme';
import { fakeProgrammeStore } from './fake-store';
import { completeProgramme } from '../readiness-fixture';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const storeOnFake = () => fakeProgrammeStore(completeProgramme());

async function mount(node: ReactNode) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(node));
  return { host, unmount: () => act(async () => root.unmount()) };
}

describe('renderer store selectors in React', () => {
  it('re-render a component only when the value it reads changes', async () => {
    const store = storeOnFake();
    await store.reload();
    const renders = { title: 0, lines: 0, saveState: 0, whole: 0 };
    function Title() {
      renders.title++;
      return createElement('p', { id: 'title' }, useProgrammeSelector((s) => s.snapshot.framing.title));
    }
    function Lines() {
      renders.lines++;
      return createElement('p', { id: 'lines' }, useProgrammeSelector((s) => s.snapshot.budgetLines).length);
    }
    function Saving() {
      renders.saveState++;
      return createElement('p', { id: 'save' }, useSaveState());
    }
    function Screen() {
      renders.whole++;
      return createElement('p', null, useProgramme().snapshot.framing.acronym);
    }
    const view = await mount(
      createElement(ProgrammeStoreProvider, { store }, createElement(Title), createElement(Lines), createElement(Saving), createElement(Screen)),
    );
    const before = { ...renders };
    await act(async () => {
      await store.updateSection('framing', { title: 'Nouveau titre' });
    });
    expect(view.host.querySelector('#title')!.textContent).toBe('Nouveau titre');
    expect(renders.title).toBe(before.title + 1);
    // The budget lines are the same array after a framing edit: not re-rendered.
    expect(renders.lines).toBe(before.lines);
    // The save indicator follows saving → saved; a screen reading the programme renders once per edit, not per tick.
    expect(renders.saveState).toBeGreaterThanOrEqual(before.saveState + 2);
    expect(renders.whole).toBe(before.whole + 1);
    await view.unmount();
  });
});
