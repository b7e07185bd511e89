// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ProgrammeSnapshot } from '../../../src-shared/model';
import ReadinessPage from '../../../src-renderer/readiness/ReadinessPage';
import { ProgrammeStoreProvider } from '../../../src-renderer/state/programme';
import { completeProgramme, IDS } from '../readiness-fixture';
import { fakeProgrammeStore } from './fake-store';
import { mount } from './kit-harness';

/** The complete programme (balanced) with A1.1.1 stated at 132 000 € and 11 000 € of lines attached to it. */
function withCostGap(): ProgrammeSnapshot {
  const s = completeProgramme();
  return {
    ...s,
    logframe: s.logframe.map((r) => (r.id === IDS.a111 ? { ...r, cost: 132_000 } : r)),
    budgetLines: s.budgetLines.map((l, n) => (n === 0 ? { ...l, activityId: IDS.a111 } : l)),
  };
}

const storeOn = (snapshot: ProgrammeSnapshot) => fakeProgrammeStore(snapshot);

describe('the readiness page', () => {
  it('lists the activity whose logframe cost differs from its budget lines, as a warning linked to the budget screen', async () => {
    const store = storeOn(withCostGap());
    await store.reload();
    const view = await mount(createElement(ProgrammeStoreProvider, { store }, createElement(ReadinessPage)));
    const link = [...view.host.querySelectorAll('a')].find((a) => a.textContent?.startsWith('A1.1.1'));
    expect(link?.textContent).toBe(
      'A1.1.1 «\u202fFormer les éducateurs\u202f»\u202f: le cadre logique prévoit 132\u202f000\u202f€, les lignes de budget rattachées totalisent 11\u202f000\u202f€.',
    );
    expect(link!.getAttribute('href')).toContain(`/budget`);
    expect(link!.getAttribute('href')).toContain(`activityCost.${IDS.a111}`);
    expect(link!.closest('li')!.className).toBe('is-warning');
    // A warning only: the programme stays ready for the deliberation.
    expect(view.host.querySelector('.readiness-ready')).not.toBeNull();
    await view.unmount();
  });

  it('reads the store’s readiness (derived once per revision) instead of computing its own', async () => {
    const store = storeOn(completeProgramme());
    await store.reload();
    const spy = vi.spyOn(store, 'readiness');
    const view = await mount(createElement(ProgrammeStoreProvider, { store }, createElement(ReadinessPage)));
    expect(spy).toHaveBeenCalled();
    expect(view.host.querySelector('.readiness-ready')).not.toBeNull();
    // A title emptied elsewhere: the store derives the new list and the page follows it.
    await act(async () => {
      await store.updateSection('framing', { title: '' });
    });
    expect(view.host.querySelector('.readiness-ready')).toBeNull();
    expect(view.host.textContent).toContain('Le programme n’a pas d’intitulé.');
    await view.unmount();
  });
});
