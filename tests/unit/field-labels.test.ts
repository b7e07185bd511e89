import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src-shared/i18n';
import { ProgrammeSnapshot } from '../../src-shared/model';

/** Field names of every section and collection of the programme, read off the zod model itself. */
function fieldNames(): Set<string> {
  const names = new Set<string>();
  const unwrap = (schema: unknown): { def?: { type?: string; innerType?: unknown; in?: unknown; element?: unknown }; shape?: Record<string, unknown> } => {
    let s = schema as { def?: { type?: string; innerType?: unknown; in?: unknown; element?: unknown }; shape?: Record<string, unknown> };
    while (s?.def && ['default', 'optional', 'nullable', 'pipe', 'catch'].includes(s.def.type ?? '')) s = (s.def.innerType ?? s.def.in) as typeof s;
    return s;
  };
  for (const value of Object.values(ProgrammeSnapshot.shape)) {
    let s = unwrap(value);
    if (s.def?.type === 'array') s = unwrap(s.def.element);
    for (const key of Object.keys(s.shape ?? {})) names.add(key);
  }
  names.delete('id');
  return names;
}

describe('field names in the conflict review and the history', () => {
  it('every field of the programme has a label in French and in English, never its code name', () => {
    const names = fieldNames();
    expect(names.size).toBeGreaterThan(100);
    for (const locale of ['fr', 'en'] as const) {
      const labels = CATALOGUES[locale].history.fields as Record<string, string>;
      expect([...names].filter((name) => !labels[name]?.trim()), locale).toEqual([]);
    }
  });
});
