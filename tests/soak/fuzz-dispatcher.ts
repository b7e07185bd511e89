/**
 * Dispatcher fuzzing: every answer must be an envelope (no throw), an error must carry a known code that is
 * not "internal" (that would be a crash inside a handler), a write must never change anything, nothing may be
 * logged as unexpected, no promise may be left rejected, and the database file must stay byte-identical.
 */
import { createDispatcher } from '../../src-main/api/dispatcher';
import { CONTRACT, isCommandName } from '../../src-shared/api/contract';
import { isCommandErrorBody } from '../../src-shared/api/errors';
import { buildDemoProgramme } from '../../src-shared/demo';
import { createTestApp } from '../helpers/app';
import { garbageCall, nearValidCall, seeded, type FuzzCall } from './fuzz-payloads';

export interface FuzzReport {
  cases: number;
  byCode: Record<string, number>;
  failures: string[];
}

const describeCall = (call: FuzzCall) => `${call.name.slice(0, 60)} ${JSON.stringify(call.payload)?.slice(0, 200)}`;

export async function fuzzDispatcher(cases: number, seed: number): Promise<FuzzReport> {
  const t = await createTestApp();
  const logged: unknown[] = [];
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  process.on('unhandledRejection', onRejection);
  const report: FuzzReport = { cases: 0, byCode: {}, failures: [] };
  try {
    let n = 0;
    const snapshot = buildDemoProgramme(() => t.app.idFactory(), '2026-11-26T08:00:00.000Z');
    t.app.programmes.insert(snapshot);
    const dispatch = createDispatcher(t.app, (error) => logged.push(error));
    const before = t.databaseBytes();
    const r = seeded(seed);
    for (; n < cases; n++) {
      const call = r() < 0.5 ? garbageCall(r) : nearValidCall(r, snapshot);
      let result: Awaited<ReturnType<typeof dispatch>>;
      try {
        result = await dispatch(call.name, call.payload, { transport: 'test' });
      } catch (error) {
        report.failures.push(`threw ${String(error)}: ${describeCall(call)}`);
        continue;
      }
      const code = result.ok ? 'ok' : result.error.code;
      report.byCode[code] = (report.byCode[code] ?? 0) + 1;
      if (result.ok) {
        // A write may answer ok only when it changed nothing (unknown fields are dropped by the schemas).
        const revisionId = (result.value as { revisionId?: unknown } | null)?.revisionId;
        // Programme writes say whether they recorded a revision; settings.update answers the settings, so its file is compared.
        const wrote = revisionId === undefined ? !before.equals(t.databaseBytes()) : revisionId !== null;
        if (isCommandName(call.name) && CONTRACT[call.name].kind === 'write' && wrote) {
          report.failures.push(`a write succeeded: ${describeCall(call)}`);
        }
      } else if (!isCommandErrorBody(result.error) || result.error.code === 'internal') {
        report.failures.push(`answer ${JSON.stringify(result.error).slice(0, 200)} for ${describeCall(call)}`);
      }
      if (logged.length) report.failures.push(`logged ${String(logged.splice(0)[0])} for ${describeCall(call)}`);
      if (report.failures.length > 20) break;
    }
    report.cases = n;
    await new Promise((done) => setTimeout(done, 10));
    if (rejections.length) report.failures.push(`${rejections.length} unhandled rejection(s): ${String(rejections[0])}`);
    if (!before.equals(t.databaseBytes())) report.failures.push('the database file changed');
    return report;
  } finally {
    process.off('unhandledRejection', onRejection);
    t.close();
  }
}
