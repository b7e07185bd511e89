import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_MAX_DEPTH, xmlDepth } from '../../src-main/documents/template-depth';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * A template nested thousands of levels deep (the soak's hostile templates: 4,000 nested paragraphs, 150 KB of XML,
 * took 57 s to inspect, on the main thread) is refused before docx parses it; a real template's nesting is not.
 */
let t: TestApp;
let demoId: string;
beforeAll(async () => {
  t = await createTestApp();
  const ctx = t.app.programmes.context();
  demoId = t.app.programmes.insert(buildDemoProgramme(ctx.newId, ctx.now)).id;
  t.app.settings.update(demoSettings());
});
afterAll(() => t.close());

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A template with placeholders in a table nested five tables deep (about 25 levels of XML). */
async function nestedTables(): Promise<Uint8Array> {
  let inner: Paragraph | Table = new Paragraph({ children: [new TextRun('{{collectivite}}')] });
  for (let i = 0; i < 5; i++) inner = new Table({ rows: [new TableRow({ children: [new TableCell({ children: [inner] })] })] });
  const doc = new Document({ sections: [{ children: [inner as Table, new Paragraph('{{corps}}')] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function deeplyNested(depth: number): Promise<Uint8Array> {
  const parts = unzipSync(await nestedTables());
  const xml = new TextDecoder().decode(parts['word/document.xml']!);
  const open = Array.from({ length: depth }, (_, i) => `<w:p w14:paraId="${((i * 2654435761) >>> 0).toString(16)}">`).join('');
  const nested = xml.replace('{{corps}}', `{{corps}}</w:t></w:r></w:p>${open}${'</w:p>'.repeat(depth)}<w:p><w:r><w:t>`);
  return zipSync({ ...parts, 'word/document.xml': new TextEncoder().encode(nested) });
}

describe('a template’s nesting', () => {
  it('is measured in one pass: elements, not declarations, comments or empty elements', () => {
    const xml = (s: string) => new TextEncoder().encode(s);
    expect(xmlDepth(xml('<?xml version="1.0"?><!-- c --><a><b/><c><d></d></c></a>'))).toBe(3);
    expect(xmlDepth(xml('<a>'.repeat(300) + '</a>'.repeat(300)))).toBe(300);
  });

  it('beyond the limit is refused by inspect and fill with template_too_large, within a second', async () => {
    const base64 = b64(await deeplyNested(4_000));
    const started = Date.now();
    const inspected = await t.fails('template.inspect', { base64 });
    expect(inspected.code).toBe('template_too_large');
    expect(JSON.stringify(inspected.details)).toContain('4002 deep');
    expect(Date.now() - started).toBeLessThan(1_000);
    // The fill runs in a worker (started here for the first time): refused as quickly as its inspection.
    const filled = await t.fails('template.fill', { programmeId: demoId, kind: 'deliberation', base64 });
    expect(filled.code).toBe('template_too_large');
  });

  it('of a real template (tables five deep) passes and the template is filled', async () => {
    const bytes = await nestedTables();
    const parts = unzipSync(bytes);
    expect(xmlDepth(parts['word/document.xml']!)).toBeGreaterThanOrEqual(20);
    expect(xmlDepth(parts['word/document.xml']!)).toBeLessThan(TEMPLATE_MAX_DEPTH);
    const result = await t.ok('template.inspect', { base64: b64(bytes) });
    expect(result.known.sort()).toEqual(['collectivite', 'corps']);
    const filled = await t.ok('template.fill', { programmeId: demoId, kind: 'deliberation', base64: b64(bytes) });
    expect(filled.base64.length).toBeGreaterThan(0);
  });
});
