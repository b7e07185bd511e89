// @vitest-environment happy-dom
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { AuthorityType, ProgrammeSnapshot } from '../../../src-shared/model';
import { SessionParticularsPanel } from '../../../src-renderer/steps/documents/SessionParticulars';
import { ProgrammeStoreProvider } from '../../../src-renderer/state/programme';
import { completeProgramme, completeSettings } from '../readiness-fixture';
import { fakeProgrammeStore } from './fake-store';
import { mount } from './kit-harness';

async function assemblyOptions(type: AuthorityType, assembly: ProgrammeSnapshot['session']['assembly']): Promise<string[]> {
  const base = completeProgramme();
  const snapshot = { ...base, session: { ...base.session, assembly } };
  const store = fakeProgrammeStore(snapshot, { ...completeSettings(), authorityType: type });
  await store.reload();
  const view = await mount(createElement(ProgrammeStoreProvider, { store }, createElement(SessionParticularsPanel)));
  const select = view.host.querySelector('select#session\\.assembly') as HTMLSelectElement;
  const labels = [...select.options].map((o) => o.textContent ?? '').filter((l) => l !== '—');
  await view.unmount();
  return labels;
}

describe('the session screen names the bodies of the lead author’s type', () => {
  it('a département: its commission permanente and its council', async () => {
    expect(await assemblyOptions('departement', 'delegate')).toEqual(['Commission permanente', 'Conseil départemental']);
  });

  it('a région, an EPCI, an association: their own bodies, never the Département’s', async () => {
    expect(await assemblyOptions('region', 'delegate')).toEqual(['Commission permanente', 'Conseil régional']);
    expect(await assemblyOptions('epci', 'delegate')).toEqual(['Bureau communautaire', 'Conseil communautaire']);
    expect(await assemblyOptions('association', 'deliberating_body')).toEqual(['Bureau', 'Conseil d’administration']);
  });

  it('a commune: only its conseil municipal (it has no delegate body)', async () => {
    expect(await assemblyOptions('commune', 'deliberating_body')).toEqual(['Conseil municipal']);
  });
});
