/**
 * Soak part for issue 11 point 8: hostile Word templates. Templates that inflate far beyond their size (one
 * repeated byte, a bomb of many entries, one entry beyond the ratio, XML beyond what docx parses in seconds) and
 * templates with malformed XML (truncated, unclosed, undefined entities, forbidden characters, a billion-laughs DOCTYPE,
 * deep nesting, binary in the XML) go through template.inspect, template.fill, and documents.generate once saved in
 * the settings. Each must be answered with template_too_large or template_invalid (a fill of a readable template may
 * succeed), quickly, without the process's memory growing by what the template inflates to, the database and the
 * settings unchanged by any refusal.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { seededRandom } from '../../bench/generate';
import { createTestApp } from '../helpers/app';

export interface HostileReport {
  failures: string[];
  cases: number;
  byCode: Record<string, number>;
  slowestMs: number;
  /** Largest growth of the process's resident memory over a case, in MB (the templates inflate to up to 200 MB). */
  peakGrowthMb: number;
}

/**
 * An answer slower than this is a freeze (a 4,000-deep template took 57 s). Fills and exports run in the pool's
 * workers, which lower their priority: on a machine loaded by other work they take seconds (8.7 s seen at load 10).
 */
const SLOW_MS = 15_000;
/** Memory a refused or filled template may leave or take: far below what the bombs inflate to. */
const GROWTH_MB = 150;

const encoder = new TextEncoder();

/** A full collection between cases, so the memory a case keeps is measured, not the garbage of the one before. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function baseParts(): Promise<Record<string, Uint8Array>> {
  const doc = new Document({
    sections: [{ children: [new Paragraph({ children: [new TextRun('{{collectivite}}')] }), new Paragraph('{{corps}}')] }],
  });
  return unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
}

type Hostile = { label: string; bytes: Uint8Array; inflatesTo: number };

/** The hostile templates of one round, varied by the seed, made one at a time (the largest inflate to 200 MB). */
function* hostileTemplatesOf(parts: Record<string, Uint8Array>, random: () => number): Generator<Hostile> {
  const documentXml = new TextDecoder().decode(parts['word/document.xml']!);
  const withDocument = (xml: string, level: 0 | 6 | 9 = 6) => zipSync({ ...parts, 'word/document.xml': encoder.encode(xml) }, { level });
  const mb = (n: number) => n * 1024 * 1024;
  const size = mb(40 + Math.floor(random() * 160)); // 40 to 200 MB of one byte
  const cut = Math.floor(documentXml.length * (0.2 + random() * 0.7));
  const depth = 2 * (20_000 + Math.floor(random() * 30_000));
  const entries: Zippable = { ...parts };
  for (let i = 0; i < 1_500; i++) entries[`word/media/p${i}.xml`] = encoder.encode('<a/>');
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">' +
    Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('') +
    ']>' +
    documentXml.replace('{{corps}}', '&j;');
  const body = (inner: string) => documentXml.replace('{{corps}}', `{{corps}}</w:t></w:r></w:p>${inner}<w:p><w:r><w:t>`);
  const cases: Array<() => Hostile> = [
    () => ({ label: `${size / mb(1)} MB of one byte in a media part`, bytes: zipSync({ ...parts, 'word/media/f.bin': new Uint8Array(size).fill(0x41) }, { level: 9 }), inflatesTo: size }),
    () => ({ label: `${size / mb(1)} MB of one byte as document.xml`, bytes: withDocument(documentXml.replace('{{corps}}', 'x'.repeat(size)), 9), inflatesTo: size }),
    () => ({ label: '1,500 entries', bytes: zipSync(entries), inflatesTo: 0 }),
    () => ({ label: 'one entry beyond the ratio', bytes: zipSync({ ...parts, 'word/media/image.bmp': new Uint8Array(mb(4)).fill(0x20) }, { level: 9 }), inflatesTo: mb(4) }),
    () => ({ label: 'document.xml cut short', bytes: withDocument(documentXml.slice(0, cut)), inflatesTo: 0 }),
    () => ({ label: 'an unclosed paragraph', bytes: withDocument(body('<w:p><w:r><w:t>ouvert')), inflatesTo: 0 }),
    () => ({ label: 'an undefined entity', bytes: withDocument(body('<w:p><w:r><w:t>&inconnu;</w:t></w:r></w:p>')), inflatesTo: 0 }),
    () => ({ label: 'characters XML forbids', bytes: withDocument(body('<w:p><w:r><w:t>\u0001\u0008\uffff</w:t></w:r></w:p>')), inflatesTo: 0 }),
    () => ({ label: 'billion laughs', bytes: withDocument(laughs), inflatesTo: 0 }),
    () => ({ label: `${depth} nested elements`, bytes: withDocument(body(`${'<w:p>'.repeat(depth)}${'</w:p>'.repeat(depth)}`)), inflatesTo: 0 }),
    () => {
      // Varied attributes, so the part compresses as real XML does and only its depth is hostile.
      const open = Array.from({ length: depth / 2 }, () => `<w:p w14:paraId="${Math.floor(random() * 0xffffffff).toString(16)}">`).join('');
      return { label: `${depth / 2} nested varied elements`, bytes: withDocument(body(`${open}${'</w:p>'.repeat(depth / 2)}`)), inflatesTo: 0 };
    },
    () => ({ label: 'binary as document.xml', bytes: zipSync({ ...parts, 'word/document.xml': Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256)) }), inflatesTo: 0 }),
    () => ({ label: 'no document.xml', bytes: zipSync(Object.fromEntries(Object.entries(parts).filter(([name]) => name !== 'word/document.xml'))), inflatesTo: 0 }),
    () => ({ label: 'a zip cut short', bytes: withDocument(documentXml).slice(0, 900 + Math.floor(random() * 2_000)), inflatesTo: 0 }),
  ];
  for (const make of cases) yield make();
}

const REFUSALS = new Set(['template_too_large', 'template_invalid']);

/** The soak part: `rounds` rounds of every hostile template, through the three commands that read one. */
export async function hostileTemplates(rounds: number, seed: number): Promise<HostileReport> {
  const t = await createTestApp();
  const report: HostileReport = { failures: [], cases: 0, byCode: {}, slowestMs: 0, peakGrowthMb: 0 };
  try {
    const ctx = t.app.programmes.context();
    const programmeId = t.app.programmes.insert(buildDemoProgramme(ctx.newId, ctx.now)).id;
    t.app.settings.update(demoSettings());
    const parts = await baseParts();
    const random = seededRandom(seed);
    for (let round = 0; round < rounds; round++) {
      for (const hostile of hostileTemplatesOf(parts, random)) {
        const base64 = b64(hostile.bytes);
        const kind = random() < 0.5 ? 'rapport' : 'deliberation';
        await check('template.inspect', { base64 }, hostile);
        await check('template.fill', { programmeId, kind, base64, draft: true }, hostile);
        // Saved in the settings (the settings store it as given): the export must answer the same way, writing nothing.
        t.app.settings.update({ wordTemplate: { name: 'hostile.docx', base64 } });
        const before = t.databaseBytes();
        await check('documents.generate', { programmeId, documents: [kind], draft: true, useTemplate: true }, hostile);
        if (!t.databaseBytes().equals(before)) report.failures.push(`${hostile.label}: documents.generate changed the database`);
        t.app.settings.update({ wordTemplate: null });
      }
    }
  } finally {
    t.close();
  }
  return report;

  /** Refused with a template error (a bomb always is); a readable template may be used; nothing slow or swollen. */
  async function check(name: string, input: unknown, hostile: Hostile): Promise<void> {
    collectGarbage();
    const rss = process.memoryUsage().rss;
    const t0 = performance.now();
    const result = await t.dispatch(name, input, { transport: 'test' });
    const ms = performance.now() - t0;
    collectGarbage();
    const growth = (process.memoryUsage().rss - rss) / (1024 * 1024);
    report.cases++;
    report.slowestMs = Math.max(report.slowestMs, Math.round(ms));
    report.peakGrowthMb = Math.max(report.peakGrowthMb, Math.round(growth));
    const code = result.ok ? 'ok' : result.error.code;
    report.byCode[code] = (report.byCode[code] ?? 0) + 1;
    const bomb = hostile.inflatesTo > 0 || hostile.label.includes('entries');
    if (bomb && code !== 'template_too_large') report.failures.push(`${hostile.label}: ${name} answered ${code}, not template_too_large`);
    else if (!result.ok && !REFUSALS.has(code)) report.failures.push(`${hostile.label}: ${name} answered ${code} (${result.error.message})`);
    if (ms > SLOW_MS) report.failures.push(`${hostile.label}: ${name} took ${Math.round(ms)} ms`);
    if (growth > GROWTH_MB) report.failures.push(`${hostile.label}: ${name} grew the memory by ${Math.round(growth)} MB`);
  }
}
