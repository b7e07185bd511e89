import { rmSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main';
import type { ProgrammeSnapshot } from '../../src-shared/model';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

it('objectives sent to the logframe are visible in `cli show` (rows and the link back)', async () => {
  const programmeId = (await t.ok('programme.create', { title: 'Vu par la CLI' })).id;
  const core = (await t.ok('tree.addNode', { programmeId, tree: 'problems', position: { as: 'core' }, text: 'Chômage des jeunes' })).createdId!;
  await t.ok('tree.addNode', { programmeId, tree: 'problems', position: { as: 'child', of: core, branch: 'below' }, text: 'Manque de formation' });
  await t.ok('trees.deriveObjectives', { programmeId });
  const coreObjective = (await t.ok('programme.get', { programmeId })).snapshot.objectives.find((o) => o.kind === 'core')!;
  await t.ok('trees.sendToLogframe', { programmeId, objectiveId: coreObjective.id });
  t.app.close();

  const out: string[] = [];
  const code = await runCli(['show', programmeId, '--data-dir', t.dataDir], { out: (s) => out.push(s), err: () => undefined }, {});
  expect(code).toBe(0);
  const shown = JSON.parse(out.join('\n')) as ProgrammeSnapshot;
  const specific = shown.logframe.find((r) => r.level === 'specific')!;
  expect(specific.text).toBe('Accès à l’emploi des jeunes');
  expect(shown.logframe.find((r) => r.level === 'result')?.text).toBe('Disponibilité suffisante de formation');
  expect(shown.objectives.find((o) => o.kind === 'core')?.logframeId).toBe(specific.id);
  // The CLI opened the same folder after the app closed it; clean it here and give afterEach a fresh app.
  rmSync(t.dataDir, { recursive: true, force: true });
  t = await createTestApp();
});
