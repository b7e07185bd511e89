// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { LinesTable } from '../../../src-renderer/steps/budget/LinesTable';
import { ActivityPurposes } from '../../../src-renderer/steps/logframe/ActivityPurposes';
import { flattenLogframe } from '../../../src-renderer/steps/logframe/tree';
import { ProgrammeStoreProvider } from '../../../src-renderer/state/programme';
import { logframeCodes } from '../../../src-shared/method/numbering';
import { programmePurpose } from '../../../src-shared/method/dac-codes';
import { completeProgramme } from '../readiness-fixture';
import { fakeProgrammeStore } from './fake-store';
import { mount, type } from './kit-harness';

const shown = (select: Element | null) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? '';

describe('purpose codes on the screens', () => {
  it('a budget line shows the code it inherits: its activity’s when the activity has one, else the themes’', async () => {
    const base = completeProgramme();
    const line = base.budgetLines.find((l) => l.activityId)!;
    const other = base.budgetLines.find((l) => l.activityId !== line.activityId)!;
    const snapshot = {
      ...base,
      logframe: base.logframe.map((r) => (r.id === line.activityId ? { ...r, purposeCode: '11330' } : r)),
      budgetLines: [
        ...base.budgetLines.map((l) => (l.id === other.id ? { ...l, purposeCode: '99820' } : l)),
        // A line of no activity, with no code of its own.
        { ...line, id: '0190a0a0-0000-7000-8000-00000000ffff', activityId: null, purposeCode: null },
      ],
    };
    const store = fakeProgrammeStore(snapshot);
    await store.reload();
    const view = await mount(createElement(ProgrammeStoreProvider, { store }, createElement(LinesTable, { activities: [], locale: 'fr', total: 0 })));
    const cell = (id: string) => view.host.querySelector(`[id="budgetLine.${id}.purposeCode"]`);
    expect(shown(cell(line.id))).toBe('— d’après l’activité\u202f: 11330 Formation professionnelle');
    expect(shown(cell(other.id))).toBe('99820 Sensibilisation au développement');
    expect(shown(cell('0190a0a0-0000-7000-8000-00000000ffff'))).toMatch(new RegExp(`^— d’après les thèmes\u202f: ${programmePurpose(snapshot.framing.themes)} `));
    await view.unmount();
  });

  it('each activity has its code select, defaulting to the themes’ code, and a choice is saved on the activity', async () => {
    const snapshot = completeProgramme();
    const activities = snapshot.logframe.filter((r) => r.level === 'activity');
    expect(activities.length).toBeGreaterThan(0);
    const saved: Array<[string, unknown]> = [];
    const view = await mount(
      createElement(ActivityPurposes, {
        flat: flattenLogframe(snapshot.logframe),
        codes: logframeCodes(snapshot.logframe),
        themes: snapshot.framing.themes,
        update: (id, fields) => saved.push([id, fields.purposeCode]),
      }),
    );
    const selects = [...view.host.querySelectorAll('select')];
    expect(selects).toHaveLength(activities.length);
    const themes = programmePurpose(snapshot.framing.themes);
    for (const s of selects) expect(shown(s)).toMatch(new RegExp(`^— d’après les thèmes\u202f: ${themes} `));
    const first = selects[0]!;
    // The options are built when the focus arrives (a lazy select), then the officer picks one.
    await act(async () => void first.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    await type(first, '15150');
    expect(saved).toEqual([[activities[0]!.id, '15150']]);
    await view.unmount();
  });
});
