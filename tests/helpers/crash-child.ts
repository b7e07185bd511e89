/**
 * The victim of the crash-safety tests: opens the store in a data folder (argv[2]) and runs a storm of
 * edit commands through the dispatcher until it is killed. After each acknowledged edit it writes
 * `ack <revisionId> <stateHash>` to stdout synchronously, so whatever the parent has read was
 * acknowledged before the kill. Runs only when ATELIER_CRASH_CHILD=1 (the test imports `stateHash`).
 */
import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import type { ProgrammeSnapshot } from '../../src-shared/model';

/** Canonical hash of a programme's content (updatedAt left out: it only says when). */
export function stateHash(snapshot: ProgrammeSnapshot): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
      );
    }
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical({ ...snapshot, updatedAt: '' })))
    .digest('hex')
    .slice(0, 16);
}

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function storm(dataDir: string, seed: number): Promise<void> {
  const { openApp } = await import('../../src-main/services/app');
  const { createDispatcher } = await import('../../src-main/api/dispatcher');
  const app = await openApp({ dataDir, skipDailyBackup: true });
  const dispatch = createDispatcher(app, () => undefined);
  const meta = { transport: 'test' as const };
  const say = (line: string) => writeSync(1, `${line}\n`);
  const call = async (name: string, input: unknown) => {
    const r = await dispatch(name, input, meta);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };

  let programmeId = app.programmes.list()[0]?.id;
  if (!programmeId) {
    programmeId = (await call('programme.createDemo', {})).id as string;
    say(`created ${programmeId} ${stateHash(app.programmes.get(programmeId))}`);
  }
  say(`ready ${programmeId} ${stateHash(app.programmes.get(programmeId))}`);

  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  for (let n = 0; ; n++) {
    const s = app.programmes.get(programmeId);
    const specifics = s.logframe.filter((r) => r.level === 'specific');
    const results = s.logframe.filter((r) => r.level === 'result');
    const activities = s.logframe.filter((r) => r.level === 'activity');
    const base = { programmeId };
    const roll = random();
    let input: [string, unknown];
    if (roll < 0.25 && activities.length > 0) {
      input = ['entity.update', { ...base, collection: 'logframe', id: pick(activities).id, fields: { text: `Activité ${seed}-${n} ${'é'.repeat(n % 40)}` } }];
    } else if (roll < 0.4) {
      input = ['section.update', { ...base, section: 'framing', fields: { summary: `Résumé ${seed}-${n}. `.repeat(1 + (n % 50)) } }];
    } else if (roll < 0.55 && specifics.length > 0) {
      // A new result with its subtree grows the tree; removing one cascades to activities and indicators.
      input = ['entity.add', { ...base, collection: 'logframe', fields: { level: 'result', parentId: pick(specifics).id, text: `Résultat ${seed}-${n}` } }];
    } else if (roll < 0.7 && results.length > 0) {
      input = ['entity.add', { ...base, collection: 'logframe', fields: { level: 'activity', parentId: pick(results).id, text: `Activité ${seed}-${n}`, cost: n % 5000 } }];
    } else if (roll < 0.8 && results.length > 6) {
      input = ['entity.remove', { ...base, collection: 'logframe', id: pick(results).id }];
    } else if (roll < 0.9 && activities.length > 1) {
      input = ['entity.move', { ...base, collection: 'logframe', id: pick(activities).id, index: 0 }];
    } else {
      input = ['entity.add', { ...base, collection: 'budgetLines', fields: { label: `Ligne ${seed}-${n}`, category: 'missions', quantity: 1 + (n % 9), unitCost: 100 } }];
    }
    const result = await call(input[0], input[1]);
    if (result.revisionId) say(`ack ${String(result.revisionId)} ${stateHash(app.programmes.get(programmeId))}`);
  }
}

if (process.env.ATELIER_CRASH_CHILD === '1') {
  storm(process.argv[2]!, Number(process.argv[3] ?? 1)).catch((error: unknown) => {
    writeSync(2, `${String((error as Error)?.stack ?? error)}\n`);
    process.exit(2);
  });
}
