import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src-shared/i18n';

const DOMAINS = ['logframe', 'indicators', 'budget', 'timeline', 'risks', 'readiness'] as const;

function strings(node: unknown, path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

describe('planning catalogues', () => {
  it.each(DOMAINS)('%s: French typography (narrow no-break space before ; : ! ? and inside « »)', (domain) => {
    const bad = strings(CATALOGUES.fr[domain]).filter(
      ([, text]) => / [;:!?]/.test(text) || /«(?!\u202f)/.test(text) || /(?<!\u202f)»/.test(text) || /\u00a0[;:!?]/.test(text),
    );
    expect(bad).toEqual([]);
  });

  it.each(DOMAINS)('%s: English has the same keys and no French left', (domain) => {
    const fr = strings(CATALOGUES.fr[domain]).map(([k]) => k);
    const en = strings(CATALOGUES.en[domain]);
    expect(en.map(([k]) => k)).toEqual(fr);
    expect(en.filter(([, text]) => /\u202f|’une |« /.test(text))).toEqual([]);
  });
});
