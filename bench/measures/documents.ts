/**
 * Documents measures. The whole deliberation package for the large generated programme, as the app builds it
 * (in the worker pool, the five documents in parallel; goal ≤ 0.5 s on a 2-core machine), then each
 * document of the demo programme against two baselines measured in the same process:
 * - pandoc (the Debian package) turning Markdown of the same text into a .docx (goal: ratio ≤ 0.5);
 * - a raw zip of the document's own XML parts, i.e. the least any .docx writer must do (goal: ratio ≤ 3).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { buildDocumentPackage } from '../../src-main/documents/package';
import { buildPackageInWorkers } from '../../src-main/workers/documents';
import { DOCUMENT_KINDS, type DocumentKind } from '../../src-shared/api/documents';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { AuthoritySettings, newId } from '../../src-shared/model';
import { logoOf } from '../../tests/helpers/logos';
import { generateLargeProgramme } from '../generate';
import { paired } from '../paired';
import type { BenchContext, BenchMeasure } from '../types';

const now = () => performance.now();
const hasPandoc = spawnSync('sh', ['-c', 'command -v pandoc']).status === 0;

/** Markdown with the document's text: headings from the Word heading styles, every other paragraph as it is. */
function markdownOf(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  const out: string[] = [];
  for (const p of xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)) {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p[0])?.[1] ?? '';
    const text = [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    if (!text.trim()) continue;
    const level =
      style === 'Title'
        ? 1
        : style === 'Heading1'
          ? 2
          : style === 'Heading2' || style === 'ArticleTitle'
            ? 3
            : style === 'Heading3'
              ? 4
              : 0;
    out.push(level ? `${'#'.repeat(level)} ${text}` : text.replace(/([*_`#\\[\]])/g, '\\$1'));
  }
  return out.join('\n\n');
}

export async function measures(ctx: BenchContext): Promise<BenchMeasure[]> {
  // The demo authority with a logo in its headers, as most authorities have one (the demo's own settings have none).
  const settings = AuthoritySettings.parse({ ...demoSettings(), logo: logoOf(240, 88) });
  const large = generateLargeProgramme(1);
  const demo = buildDemoProgramme(newId, new Date().toISOString());
  const demoDocs = new Map(
    (await buildDocumentPackage(demo, settings, { locale: 'fr', draft: false })).map((d) => [
      d.kind,
      d.bytes,
    ]),
  );

  const list: BenchMeasure[] = [
    {
      name: 'docs.package.large',
      runs: 5,
      goal: { max: 500 },
      sample: async () => {
        const t0 = now();
        await buildPackageInWorkers(large, settings, { locale: 'fr', draft: true });
        return now() - t0;
      },
      // The same package built in the main thread, one document after the other (what the pool saves).
      baseline: {
        name: 'in the main thread, one by one',
        sample: async () => {
          const t0 = now();
          await buildDocumentPackage(large, settings, { locale: 'fr', draft: true });
          return now() - t0;
        },
      },
    },
    {
      name: 'docs.package.demo.final',
      runs: 10,
      goal: { max: 500 },
      sample: async () => {
        const t0 = now();
        await buildDocumentPackage(demo, settings, { locale: 'fr', draft: false });
        return now() - t0;
      },
    },
  ];

  // Where the large package's time goes, one document at a time in this thread (no goal: the package's
  // goal above is the one to meet). The rapport's share is its table of contents' page numbers, laid out
  // as docx/layout lays them out by our own layout (src-main/documents/toc-layout/).
  for (const kind of DOCUMENT_KINDS) {
    list.push({
      name: `docs.large.${kind}`,
      runs: 3,
      sample: async () => {
        const t0 = now();
        await buildDocumentPackage(large, settings, { locale: 'fr', draft: true, documents: [kind] });
        return now() - t0;
      },
    });
  }

  const one = (kind: DocumentKind) => async () => {
    const t0 = now();
    await buildDocumentPackage(demo, settings, { locale: 'fr', draft: true, documents: [kind] });
    return now() - t0;
  };

  // Each sample paired with its baseline, taken right after it (paired.ts): the ratio is not the machine's drift.
  for (const kind of DOCUMENT_KINDS) {
    const bytes = demoDocs.get(kind)!;
    if (hasPandoc) {
      const md = join(ctx.tmpDir, `${kind}.md`);
      writeFileSync(md, markdownOf(bytes));
      const out = join(ctx.tmpDir, `${kind}.pandoc.docx`);
      const vsPandoc = paired(one(kind), () => {
        const t0 = now();
        execFileSync('pandoc', [md, '-o', out]);
        return now() - t0;
      });
      list.push({
        name: `docs.${kind}.vs-pandoc`,
        runs: 5,
        goal: { maxRatio: 0.5 },
        sample: vsPandoc.sample,
        baseline: { name: 'pandoc markdown → docx', sample: vsPandoc.baseline },
      });
    } else console.log(`docs.${kind}.vs-pandoc skipped: pandoc is not installed.`);
    const parts = unzipSync(bytes);
    const vsRawZip = paired(one(kind), () => {
      const t0 = now();
      zipSync(parts, { level: 6 });
      return now() - t0;
    });
    list.push({
      name: `docs.${kind}.vs-rawzip`,
      runs: 30,
      goal: { maxRatio: 3 },
      sample: vsRawZip.sample,
      baseline: { name: 'zip of its own XML parts', sample: vsRawZip.baseline },
    });
  }
  return list;
}
