/**
 * Soak part: the large generated programmes' packages (every document, French and English) built with raw tables and
 * with docx's objects give the same parts; the unit test compares the demo's. About ten seconds a programme.
 */
import { generateLargeProgramme } from '../../bench/generate';
import { demoSettings } from '../../src-shared/demo';
import { AuthoritySettings } from '../../src-shared/model';
import { tableWaysDifferences } from '../helpers/raw-tables';

export async function compareRawTables(seeds: number[]): Promise<string[]> {
  const settings = AuthoritySettings.parse(demoSettings());
  const failures: string[] = [];
  for (const seed of seeds) {
    const programme = generateLargeProgramme(seed);
    for (const locale of ['fr', 'en'] as const)
      for (const difference of await tableWaysDifferences(programme, settings, { locale, draft: true }))
        failures.push(`seed ${seed}: ${difference}`);
  }
  return failures;
}
