import { expect, it } from 'vitest';
import { fuzzDispatcher } from '../soak/fuzz-dispatcher';

/** 20,000 seeded hostile calls (garbage and near-valid); the soak runs 200,000 with a fresh seed. */
it('answers every random or malformed payload with a known error, never crashing or writing', async () => {
  const report = await fuzzDispatcher(20_000, 20261126);
  expect(report.failures).toEqual([]);
  expect(report.cases).toBe(20_000);
  // The near-valid payloads really reach the handlers (not only the input validation).
  expect(report.byCode.not_found ?? 0).toBeGreaterThan(50);
  expect((report.byCode.integrity_error ?? 0) + (report.byCode.nothing_to_redo ?? 0)).toBeGreaterThan(20);
}, 120_000);
