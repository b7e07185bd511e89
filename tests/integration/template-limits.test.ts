import { randomBytes } from 'node:crypto';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMPLATE_LIMITS } from '../../src-main/documents/template-zip';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * A Word template that inflates far beyond its size (a 536 KB file inflating to 120 MB ran the process out of memory)
 * is refused from the zip's directory, before anything is inflated, with template_too_large, and changes nothing.
 */

let t: TestApp;
let demoId: string;

beforeEach(async () => {
  t = await createTestApp();
  const ctx = t.app.programmes.context();
  demoId = t.app.programmes.insert(buildDemoProgramme(ctx.newId, ctx.now)).id;
  t.app.settings.update(demoSettings());
});
afterEach(() => t.close());

async function template(extra: Record<string, Uint8Array> = {}): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('{{collectivite}}')] }),
          new Paragraph('{{corps}}'),
        ],
      },
    ],
  });
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  return zipSync({ ...parts, ...extra }, { level: 9 });
}
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
let bombOnce: Promise<Uint8Array> | undefined;
/** 40 MB of one repeated letter, which compresses to a few tens of kilobytes (built once for the file). */
const bomb40 = () =>
  (bombOnce ??= template({ 'word/media/filler.xml': new Uint8Array(40 * 1024 * 1024).fill(0x41) }));

describe('a highly compressible template', () => {
  it('is refused before inflating when it would inflate beyond the total', async () => {
    const bomb = await bomb40();
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(40 * 1024 * 1024).toBeGreaterThan(TEMPLATE_LIMITS.totalBytes);
    const before = process.memoryUsage().arrayBuffers;
    const inspected = await t.fails('template.inspect', { base64: b64(bomb) });
    expect(inspected.code).toBe('template_too_large');
    const filled = await t.fails('template.fill', {
      programmeId: demoId,
      kind: 'deliberation',
      base64: b64(bomb),
    });
    expect(filled.code).toBe('template_too_large');
    // Nothing of the 40 MB was allocated.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * 1024 * 1024);
  });

  it('is refused when one entry is compressed beyond the ratio, though under the total', async () => {
    const size = 4 * 1024 * 1024;
    expect(size).toBeLessThan(TEMPLATE_LIMITS.totalBytes);
    const bomb = await template({ 'word/media/image9.bmp': new Uint8Array(size).fill(0x20) });
    const error = await t.fails('template.inspect', { base64: b64(bomb) });
    expect(error.code).toBe('template_too_large');
    expect(JSON.stringify(error.details)).toContain('word/media/image9.bmp');
  });

  it('is refused, without parsing it, when its XML is beyond what docx parses in a few seconds', async () => {
    // Varied text, compressed about 8 times like a real document's: within the ratio, beyond the XML limit.
    const words = ['commune', 'département', 'jeunesse', 'programme', 'budget', 'convention', 'séance'];
    let text = '';
    for (let n = 0; text.length < TEMPLATE_LIMITS.xmlBytes * 1.5; n++)
      text += `<w:p><w:r><w:t>${words[n % 7]!}${n % 97} ${words[(n * 5) % 7]!}${n % 89}</w:t></w:r></w:p>`;
    const heavy = await template({ 'word/glossary.xml': new TextEncoder().encode(text) });
    const started = Date.now();
    const error = await t.fails('template.inspect', { base64: b64(heavy) });
    expect(error.code).toBe('template_too_large');
    expect(JSON.stringify(error.details)).toContain('of XML');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('saved in the settings, makes the export fail with the same error, and the settings stay as they were', async () => {
    const bomb = await bomb40();
    t.app.settings.update({ wordTemplate: { name: 'bombe.docx', base64: b64(bomb) } });
    const before = JSON.stringify(t.app.settings.get());
    const error = await t.fails('documents.generate', {
      programmeId: demoId,
      documents: ['deliberation'],
      useTemplate: true,
    });
    expect(error.code).toBe('template_too_large');
    expect(JSON.stringify(t.app.settings.get())).toBe(before);
  });

  it('an ordinary template with a picture passes the same checks and is filled', async () => {
    const picture = new Uint8Array(randomBytes(300 * 1024)); // a real picture barely compresses
    const ok = await template({ 'word/media/logo.png': picture });
    const result = await t.ok('template.inspect', { base64: b64(ok) });
    expect(result.known.sort()).toEqual(['collectivite', 'corps']);
    expect(result.missing.deliberation).toEqual(['objet', 'date_seance', 'numero_deliberation']);
    const filled = await t.ok('template.fill', {
      programmeId: demoId,
      kind: 'deliberation',
      base64: b64(ok),
    });
    expect(filled.base64.length).toBeGreaterThan(0);
  });
});
