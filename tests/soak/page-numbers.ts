/**
 * Soak part: our page layout (src-main/documents/toc-layout/) against docx's own, on many more rapports than the unit
 * test lays out: the large generated programmes in French and English, and the demo with its history longer by 0 to
 * 300 words, one at a time, and its governance text longer by 0 to 160, so that lines, paragraphs, headings and the
 * financing table cross the bottom of every page in turn. Each must give every heading the page docx's layout gives
 * it, and the same number of pages (what the written fields show; the unit test compares the demo's document.xml byte
 * for byte); the rapports our layout leaves to docx's are counted. Each is also written as the app writes it (its body
 * raw, laid out from its description), which must be the same file as docx's objects give. The large ones take about
 * two seconds each.
 */
import { pack } from '../../src-main/documents/kit';
import { buildDocuments } from '../../src-main/documents/package';
import { packDocument } from '../../src-main/documents/packer';
import { LayoutRefused } from '../../src-main/documents/raw-xml/body';
import { lastUnexpectedError } from '../../src-main/documents/toc-layout/estimate';
import { buildDemoProgramme, demoAuthoritySettings, demoSettings } from '../../src-shared/demo';
import { AuthoritySettings, newId, type ProgrammeSnapshot } from '../../src-shared/model';
import { generateLargeProgramme } from '../../bench/generate';
import { logoOf } from '../helpers/logos';
import { partDifferences } from '../helpers/raw-tables';
import { bothLayouts, numbersOf } from '../helpers/toc-layouts';

const WORDS =
  'les jeunes accèdent à leurs droits grâce à un accompagnement renforcé porté par les deux collectivités'.split(
    ' ',
  );

export async function comparePageNumbers(
  seeds: number[],
): Promise<{ failures: string[]; compared: string[] }> {
  const failures: string[] = [];
  const compared: string[] = [];
  let ours = 0;
  let left = 0;
  let written = 0;
  let refused = 0;
  const check = async (
    name: string,
    snapshot: ProgrammeSnapshot,
    settings: AuthoritySettings,
    locale: 'fr' | 'en',
    draft: boolean,
  ) => {
    const options = { locale, draft, documents: ['rapport' as const] };
    const document = buildDocuments(snapshot, settings, { ...options, rawTables: false })[0]!.document;
    const layouts = await bothLayouts(document, `soak ${draft}`);
    // As the app writes it: its body raw, laid out from its description; the same file (or docx's objects, counted).
    const raw = buildDocuments(snapshot, settings, options)[0]!.document;
    try {
      failures.push(
        ...partDifferences(name, packDocument(raw), await pack(buildDocuments(snapshot, settings, { ...options, rawTables: false })[0]!.document)),
      );
      written++;
    } catch (error) {
      if (!(error instanceof LayoutRefused)) throw error;
      refused++;
    }
    if (layouts.ours) ours++;
    else left++;
    const [a, b] = [JSON.stringify(numbersOf(layouts.ours)), JSON.stringify(numbersOf(layouts.theirs))];
    if (layouts.ours && a !== b)
      failures.push(`${name}: ours ${a.slice(0, 200)}… docx’s ${b.slice(0, 200)}…`);
    if (layouts.theirs.bookmarks.size === 0) failures.push(`${name}: no page number written`);
    return layouts;
  };
  const large = AuthoritySettings.parse(demoSettings());
  for (const seed of seeds) {
    const programme = generateLargeProgramme(seed);
    for (const locale of ['fr', 'en'] as const) {
      const t0 = performance.now();
      const { theirs } = await check(`seed ${seed} ${locale}`, programme, large, locale, seed % 2 === 0);
      compared.push(
        `seed ${seed} ${locale}: ${theirs.pageCount} pages (${Math.round(performance.now() - t0)} ms for both layouts)`,
      );
    }
  }
  const demo = AuthoritySettings.parse(demoAuthoritySettings());
  const pages = new Set<number | undefined>();
  for (let count = 0; count <= 300; count++) {
    const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
    snapshot.framing.history = `${snapshot.framing.history} ${Array.from({ length: count }, (_, i) => WORDS[i % WORDS.length]).join(' ')}`;
    const { theirs } = await check(
      `demo + ${count} words`,
      snapshot,
      demo,
      count % 3 === 0 ? 'en' : 'fr',
      count % 2 === 0,
    );
    pages.add(theirs.pageCount);
  }
  compared.push(`demo + 0 to 300 words: ${[...pages].join(', ')} pages`);
  // The governance text, just before the budget, grown so that the financing table crosses the bottom of the page;
  // one rapport in two with a logo in its header (square, wide or tall), which makes the header's height its own.
  const logos = [logoOf(1, 1), logoOf(300, 50), logoOf(50, 300)].map((logo) =>
    AuthoritySettings.parse({ ...demoAuthoritySettings(), logo }),
  );
  for (let count = 0; count <= 160; count++) {
    const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
    snapshot.governance.focalPoints = `${snapshot.governance.focalPoints} ${Array.from({ length: count }, (_, i) => WORDS[i % WORDS.length]).join(' ')}`;
    const settings = count % 2 === 1 ? logos[count % 3]! : demo;
    await check(`demo + ${count} governance words${settings.logo ? ', a logo' : ''}`, snapshot, settings, 'fr', count % 4 < 2);
  }
  compared.push(`${ours} rapports laid out by ours, ${left} left to docx’s layout`);
  compared.push(`${written} written raw as docx’s objects write them, ${refused} written as docx objects`);
  if (lastUnexpectedError() !== undefined)
    failures.push(`our layout met an error it did not expect: ${String(lastUnexpectedError())}`);
  return { failures, compared };
}
