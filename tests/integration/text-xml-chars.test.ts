import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packArchive } from '../../src-main/archive';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { SCHEMA_VERSION } from '../../src-shared/model';
import { hasXmlForbidden, stripXmlForbidden, stripXmlForbiddenDeep } from '../../src-shared/model/xml-chars';
import { createTestApp, type TestApp } from '../helpers/app';

/** Every character XML 1.0 refuses that a paste or a crafted file can carry, between visible letters. */
const POISON = 'Ca\uFFFEp J\uFFFFeu\uD800ne\uDC00s\u0001\u000B\u001F';
const CLEAN = 'Cap Jeunes';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  t.app.settings.update(demoSettings());
});
afterEach(() => t.close());

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

/** Parses every XML part of a .docx with a strict parser (as Word does); returns the first fault. */
function xmlFaults(docx: Uint8Array): string[] {
  const faults: string[] = [];
  for (const [name, data] of Object.entries(unzipSync(docx))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    // A lone surrogate written as UTF-8 becomes U+FFFD: the text would have changed under the officer's eyes.
    if (text.includes('\uFFFD')) faults.push(`${name}: replacement character`);
    const parser = new SaxesParser();
    parser.on('error', (e) => faults.push(`${name}: ${e.message}`));
    parser.write(text).close();
  }
  return faults;
}

async function fiveDocuments(programmeId: string): Promise<Array<{ kind: string; bytes: Uint8Array }>> {
  const { files } = await t.ok('documents.generate', { programmeId, draft: true, locale: 'fr' });
  expect(files.map((f) => f.kind)).toEqual(['rapport', 'deliberation', 'convention', 'annexes', 'capitalisation']);
  return files.map((f) => ({ kind: f.kind, bytes: bytesOf(f.base64) }));
}

async function expectWellFormed(programmeId: string): Promise<void> {
  for (const doc of await fiveDocuments(programmeId)) expect(xmlFaults(doc.bytes), doc.kind).toEqual([]);
}

describe('characters XML forbids, at every door through which text enters', () => {
  it('the helper removes exactly them and keeps tabs, line breaks and real emoji pairs', () => {
    expect(stripXmlForbidden(POISON)).toBe(CLEAN);
    expect(stripXmlForbidden('a\tb\nc\rd 😀 é')).toBe('a\tb\nc\rd 😀 é');
    const deep = stripXmlForbiddenDeep({ a: [POISON, { ['k\uFFFF']: POISON }], n: 1, ['__proto__']: { x: POISON } });
    expect(deep).toEqual({ a: [CLEAN, { k: CLEAN }], n: 1, ['__proto__']: { x: CLEAN } });
    expect(Object.getPrototypeOf(deep)).toBe(Object.prototype);
    const untouched = { a: ['clean'] };
    expect(stripXmlForbiddenDeep(untouched)).toBe(untouched);
    // File content in base64 (longer than any text field) is the schema's to check, not scanned.
    const file = { base64: `${'QUJD'.repeat(30_000)}\uFFFE` };
    expect(stripXmlForbiddenDeep(file)).toBe(file);
  });

  it('a command: the stored text is stripped and the five .docx parse as XML', async () => {
    const created = await t.ok('programme.create', { title: POISON });
    expect(created.title).toBe(CLEAN);
    await t.ok('section.update', { programmeId: created.id, section: 'framing', fields: { acronym: 'C\uFFFEJ', summary: POISON } });
    await t.ok('settings.update', { fields: { authorName: POISON } });
    const s = t.app.programmes.get(created.id);
    expect(s.framing.title).toBe(CLEAN);
    expect(s.framing.acronym).toBe('CJ');
    expect(t.app.settings.get().authorName).toBe(CLEAN);
    await expectWellFormed(created.id);
  });

  it('an archive whose programme carries them imports stripped, and its documents parse', async () => {
    const ctx = t.app.programmes.context();
    const demo = buildDemoProgramme(ctx.newId, ctx.now);
    const poisoned = {
      ...demo,
      framing: { ...demo.framing, title: POISON, acronym: 'C\uFFFFJ' },
      problems: demo.problems.map((p) => ({ ...p, text: `${p.text}${POISON}` })),
      logframe: demo.logframe.map((r) => ({ ...r, text: `${r.text}\uFFFE` })),
    };
    const bytes = packArchive({
      header: {
        appVersion: '0.1.0',
        schemaVersion: SCHEMA_VERSION,
        programmeId: demo.id,
        programmeTitle: POISON,
        exportId: ctx.newId(),
        lineage: [],
        exportedAt: new Date().toISOString(),
        exportedBy: { name: POISON, organisation: '' },
      },
      snapshot: poisoned,
      attachments: new Map(),
      documents: [],
    });
    const base64 = Buffer.from(bytes).toString('base64');
    const inspected = await t.ok('archive.inspect', { base64 });
    expect(inspected.manifest?.programmeTitle).toBe(CLEAN);
    const result = await t.ok('archive.import', { base64, strategy: 'merge', decisions: {} });
    expect(result.status).toBe('imported');
    const s = t.app.programmes.get(demo.id);
    expect(s.framing.title).toBe(CLEAN);
    expect(s.problems.length).toBeGreaterThan(0);
    expect(s.problems.every((p) => !hasXmlForbidden(p.text))).toBe(true);
    await expectWellFormed(demo.id);
  });

  it('an Excel logframe whose cells carry them (as the _xHHHH_ escapes Excel writes) imports stripped, and the documents parse', async () => {
    const created = await t.ok('programme.createDemo', {});
    const exported = await t.ok('xlsx.exportLogframe', { programmeId: created.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytesOf(exported.base64) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    // ExcelJS decodes these escapes on reading, as Excel does: the text holds U+FFFE, U+0001, a lone surrogate.
    sheet.getRow(2).getCell(3).value = 'Objectif_xFFFE_ Cap_x0001_ Jeu_xD800_nes_xFFFF_';
    const edited = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    await t.ok('xlsx.importLogframe', { programmeId: created.id, base64: edited });
    const goal = t.app.programmes.get(created.id).logframe.find((r) => r.level === 'goal')!;
    expect(goal.text).toBe('Objectif Cap Jeunes');
    await expectWellFormed(created.id);
  });

  it('an Excel file whose XML itself holds them is refused as unreadable, and nothing changes', async () => {
    const created = await t.ok('programme.createDemo', {});
    const exported = await t.ok('xlsx.exportLogframe', { programmeId: created.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytesOf(exported.base64) as unknown as ArrayBuffer);
    wb.worksheets[0]!.getRow(2).getCell(3).value = `Objectif ${POISON}`;
    const edited = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const before = t.app.programmes.get(created.id);
    const error = await t.fails('xlsx.importLogframe', { programmeId: created.id, base64: edited });
    expect(error.code).toBe('xlsx_invalid');
    expect(t.app.programmes.get(created.id)).toEqual(before);
  });
});
