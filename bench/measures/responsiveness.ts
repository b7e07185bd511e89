/**
 * Responsiveness: while the large programme's whole package is being generated (in the worker pool),
 * small commands keep being answered. Each sample generates the package once and sends one small
 * command after another meanwhile; its value is the slowest answer (goal ≤ 16 ms, one frame).
 */
import { join } from 'node:path';
import { createDispatcher, type Dispatch } from '../../src-main/api/dispatcher';
import { openApp } from '../../src-main/services/app';
import { demoSettings } from '../../src-shared/demo';
import { generateLargeProgramme } from '../generate';
import type { BenchContext, BenchMeasure } from '../types';

const now = () => performance.now();
const meta = { transport: 'test' as const };

/** The slowest of the small commands answered while the package was generated (at least 3 of them). */
async function slowestDuring(dispatch: Dispatch, largeId: string, small: () => Promise<unknown>): Promise<number> {
  let generating = true;
  const build = dispatch('documents.generate', { programmeId: largeId, draft: true, locale: 'fr' }, meta).finally(() => {
    generating = false;
  });
  let slowest = 0;
  let answered = 0;
  while (generating || answered < 3) {
    const t0 = now();
    await small();
    slowest = Math.max(slowest, now() - t0);
    answered++;
    // One command every few milliseconds, as a user typing and a screen refreshing would send.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const result = await build;
  if (!result.ok) throw new Error(`documents.generate failed: ${result.error.code}`);
  return slowest;
}

export async function measures(ctx: BenchContext): Promise<BenchMeasure[]> {
  const app = await openApp({ dataDir: join(ctx.tmpDir, 'app'), skipDailyBackup: true });
  app.settings.update(demoSettings());
  const dispatch = createDispatcher(app, () => undefined);
  const largeId = app.programmes.insert(generateLargeProgramme(1)).id;
  const created = await dispatch('programme.create', { title: 'Petit programme' }, meta);
  if (!created.ok) throw new Error('could not create the small programme');
  const smallId = (created.value as { id: string }).id;
  let n = 0;
  const ok = async (name: string, payload: unknown) => {
    const r = await dispatch(name, payload, meta);
    if (!r.ok) throw new Error(`${name} failed: ${r.error.code}`);
  };

  const edit = () => ok('section.update', { programmeId: smallId, section: 'framing', fields: { acronym: `P${++n % 1000}` } });

  return [
    {
      name: 'responsive.read-during-package',
      runs: 5,
      goal: { max: 16 },
      sample: () => slowestDuring(dispatch, largeId, () => ok('programme.get', { programmeId: smallId })),
    },
    {
      name: 'responsive.edit-during-package',
      runs: 5,
      goal: { max: 16 },
      sample: () => slowestDuring(dispatch, largeId, edit),
      // The same edits with nothing else running: what the durable write itself costs on this machine.
      baseline: {
        name: 'slowest of 20 edits, nothing generating',
        sample: async () => {
          let slowest = 0;
          for (let i = 0; i < 20; i++) {
            const t0 = now();
            await edit();
            slowest = Math.max(slowest, now() - t0);
          }
          return slowest;
        },
      },
      teardown: () => app.close(),
    },
  ];
}
