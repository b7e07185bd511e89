import { expect, it } from 'vitest';
import { fuzzArchive } from '../soak/fuzz-archive';

/**
 * 10,000 mutated archives derived from real exports (the soak runs 100,000 with a fresh seed): truncation,
 * byte flips, inserted/removed ranges, patched zip directories, renamed and oversized entries, nested zips,
 * JSON mutations repacked with correct hashes. One refused archive in ten also goes through the store.
 */
it('refuses every damaged or hostile archive with a known code, leaving the database untouched', async () => {
  const report = await fuzzArchive(10_000, 20261126, { storeEvery: 10 });
  expect(report.failures).toEqual([]);
  expect(report.cases).toBe(10_000);
  for (const kind of ['truncate', 'flip', 'splice', 'directory', 'rename', 'oversize', 'nest', 'json']) {
    expect(report.byKind[kind] ?? 0, kind).toBeGreaterThan(400);
  }
  // Each line of defence was reached: zip structure, names, limits, hashes, format, schema.
  for (const code of ['archive_invalid', 'archive_unsafe_path', 'archive_too_large', 'archive_hash_mismatch', 'archive_schema', 'archive_newer_format']) {
    expect(report.byCode[code] ?? 0, code).toBeGreaterThan(0);
  }
}, 240_000);
