import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateLargeProgramme } from '../../bench/generate';
import { buildDocumentPackage } from '../../src-main/documents/package';
import { buildDemoProgramme, demoAuthoritySettings, demoSession, demoSettingsFor } from '../../src-shared/demo';
import { gate } from '../../src-shared/method/readiness';
import { AuthoritySettings, newId, type ProgrammeSnapshot } from '../../src-shared/model';
import { documentText } from '../helpers/docx-text';
import { buildReport } from '../../src-main/documents/report';
import { demoClosed, demoWithExecutedYear } from '../helpers/execution-demo';

/**
 * An independent checker judges the French (issue 10, deliverable 6): Grammalecte reports no grammar or typography
 * fault in the text of the five documents, for the demo's final package and for the large generated programme.
 * Spelling is not judged (names of people and places, codes). Rules left out, each with its reason:
 */
const RULES_LEFT_OUT: Record<string, string> = {
  g2__maj_code__b1_a1_1:
    'Grammalecte wants « Code général des collectivités territoriales »; Légifrance and the law itself write « code général des collectivités territoriales » with a lower-case c: both usages are correct, the documents follow the law’s.',
  'g2__chim_molécules__b1_a1_1':
    'Indicator codes such as « R1.2-I2 » are the logframe’s numbering (result 1.2, indicator 2), not chemical formulae.',
};

interface GrammalecteError {
  sRuleId: string;
  sMessage: string;
  nStart: number;
  nEnd: number;
}

const available = spawnSync('grammalecte-cli', ['-h'], { encoding: 'utf8' }).status === 0;
if (!available)
  console.warn('SKIPPED documents-grammalecte: grammalecte-cli is not installed (apt-get install grammalecte-cli).');

const dir = mkdtempSync(join(tmpdir(), 'atelier-grammalecte-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every grammar and typography fault Grammalecte finds in a text, with the paragraph around it. */
function faults(name: string, text: string): string[] {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, text);
  const run = spawnSync('grammalecte-cli', ['-f', file, '-j', '-owe'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(run.status, run.stderr).toBe(0);
  const data = (JSON.parse(run.stdout) as { data: Array<{ iParagraph: number; lGrammarErrors: GrammalecteError[] }> }).data;
  const lines = text.split('\n');
  return data.flatMap((p) =>
    p.lGrammarErrors
      .filter((e) => !(e.sRuleId in RULES_LEFT_OUT))
      .map((e) => {
        // Grammalecte numbers paragraphs (lines) from 1.
        const line = lines[p.iParagraph - 1] ?? '';
        return `${name} ¶${p.iParagraph} [${e.sRuleId}] ${e.sMessage} — « ${line.slice(Math.max(0, e.nStart - 30), e.nEnd + 30)} »`;
      }),
  );
}

async function packageTexts(s: ProgrammeSnapshot, settings: AuthoritySettings, draft: boolean) {
  const files = await buildDocumentPackage(s, settings, { locale: 'fr', draft });
  return files.map((f) => ({ kind: f.kind, text: documentText(f.bytes) }));
}

describe.skipIf(!available)('Grammalecte on the generated documents', () => {
  const settings = AuthoritySettings.parse(demoAuthoritySettings());

  it('finds no grammar or typography fault in the demo’s final package', async () => {
    const s = buildDemoProgramme(newId, '2026-12-01T10:00:00.000Z');
    expect(gate(s, settings).ready).toBe(true);
    const texts = await packageTexts(s, settings, false);
    expect(texts).toHaveLength(5);
    for (const { text } of texts) expect(text.length).toBeGreaterThan(500);
    expect(texts.flatMap(({ kind, text }) => faults(`demo-${kind}`, text))).toEqual([]);
  }, 120_000);

  // One Grammalecte run per type of lead author (its five documents in one file), to keep the run time short.
  it.each(['commune', 'epci', 'region', 'association'] as const)('finds none in the final package of the %s’s example', async (author) => {
    const own = AuthoritySettings.parse(demoSettingsFor(author));
    const s = buildDemoProgramme(newId, '2026-12-01T10:00:00.000Z', author);
    expect(gate(s, own).ready).toBe(true);
    const texts = await packageTexts(s, own, false);
    expect(texts).toHaveLength(5);
    expect(faults(`demo-${author}`, texts.map((t) => t.text).join('\n'))).toEqual([]);
  }, 120_000);

  it('finds none in the documents of the large generated programme', async () => {
    const s = { ...generateLargeProgramme(1), session: { ...demoSession(), paymentCredits: [] } };
    // The large programme lacks a few things on purpose (rows without indicators): its draft is judged.
    const texts = await packageTexts(s, settings, !gate(s, settings).ready);
    expect(texts.find((t) => t.kind === 'annexes')!.text.length).toBeGreaterThan(100_000);
    expect(texts.flatMap(({ kind, text }) => faults(`large-${kind}`, text))).toEqual([]);
  }, 240_000);
});

describe.skipIf(!available)('Grammalecte on the execution reports', () => {
  const settings = AuthoritySettings.parse(demoAuthoritySettings());

  it('finds no grammar or typography fault in the yearly report and the final report of the demo', async () => {
    const yearly = await buildReport(demoWithExecutedYear(), settings, { year: 2027, final: false, locale: 'fr', draft: false });
    const closing = await buildReport(demoClosed(), settings, { year: 2029, final: true, locale: 'fr', draft: false });
    expect([yearly.blockers, closing.blockers]).toEqual([[], []]);
    const texts = [documentText(yearly.bytes), documentText(closing.bytes)];
    for (const text of texts) expect(text.length).toBeGreaterThan(1500);
    expect([...faults('report-2027', texts[0]!), ...faults('report-final', texts[1]!)]).toEqual([]);
  }, 120_000);
});
