// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { AuthorityType } from '../../../src-shared/model';
import { TransmissionPanel } from '../../../src-renderer/steps/documents/TransmissionPanel';
import { ProgrammeStoreProvider } from '../../../src-renderer/state/programme';
import { completeProgramme, completeSettings } from '../readiness-fixture';
import { fakeProgrammeStore } from './fake-store';
import { mount } from './kit-harness';

/** What the transmission panel offers a lead author of a type: its buttons, and whether it says the acts go nowhere. */
async function panelOf(type: AuthorityType) {
  const store = fakeProgrammeStore(completeProgramme(), { ...completeSettings(), authorityType: type });
  await store.reload();
  const view = await mount(createElement(ProgrammeStoreProvider, { store }, createElement(TransmissionPanel, { locale: 'fr' })));
  const buttons = [...view.host.querySelectorAll('button')].map((b) => b.textContent ?? '');
  const notice = view.host.querySelector('#transmission\\.notApplicable')?.textContent ?? null;
  const matiere = view.host.querySelector('#session\\.transmission\\.matiere') !== null;
  const votes = view.host.querySelector('#session\\.vote\\.for') !== null;
  await view.unmount();
  return { buttons, notice, matiere, votes };
}

describe('the transmission panel follows the lead author’s type', () => {
  it('an association: says its acts go neither to the prefecture nor to the SCDL, offers neither; keeps the vote', async () => {
    const panel = await panelOf('association');
    expect(panel.notice).toContain('Une association ne transmet pas ses décisions à la préfecture');
    expect(panel.buttons).not.toContain('Exporter la ligne SCDL (.csv)');
    expect(panel.matiere).toBe(false);
    expect(panel.votes).toBe(true);
  });

  it('a commune: the @ctes facts and the SCDL export, without that sentence', async () => {
    const panel = await panelOf('commune');
    expect(panel.notice).toBeNull();
    expect(panel.buttons).toContain('Exporter la ligne SCDL (.csv)');
    expect(panel.matiere).toBe(true);
  });
});
