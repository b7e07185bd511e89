import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { renderContext } from '../../src-main/documents/kit';
import { fillTemplate } from '../../src-main/documents/template';
import { WorkerPool } from '../../src-main/workers/pool';
import { fillTemplateInWorkers } from '../../src-main/workers/template';
import { CommandError } from '../../src-shared/api/errors';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { AuthoritySettings, newId } from '../../src-shared/model';

const pool = new WorkerPool(2);
afterAll(() => pool.close());

const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
const settings = AuthoritySettings.parse(demoSettings());

async function wordTemplate(lines: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Every part of a .docx as text, by name (the zip's own timestamps aside). */
const parts = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe('the Word template is filled in the worker pool, as on the main thread', () => {
  for (const kind of ['rapport', 'deliberation'] as const) {
    it(`the ${kind}: the same parts, the same text, the same unknown placeholders`, async () => {
      const template = await wordTemplate(['{{objet}}', '{{inconnu}}', kind === 'rapport' ? '{{corps}}' : '{{articles}}']);
      const inline = await fillTemplate(renderContext(snapshot, settings, 'fr', true), kind, template);
      const worker = await fillTemplateInWorkers(snapshot, settings, { locale: 'fr', draft: true, kind, template }, pool);
      expect(worker.unknown).toEqual(['inconnu']);
      expect(worker.unknown).toEqual(inline.unknown);
      const a = parts(inline.bytes);
      const b = parts(worker.bytes);
      expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
      for (const name of Object.keys(a)) expect(b[name], name).toBe(a[name]);
      expect(b['word/document.xml']).toContain(snapshot.framing.title.slice(0, 20));
    });
  }

  it('a template without any known placeholder is refused with its code across the thread', async () => {
    const template = await wordTemplate(['Rien à remplir {{inconnu}}']);
    const error = await fillTemplateInWorkers(snapshot, settings, { locale: 'fr', draft: true, kind: 'rapport', template }, pool).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).code).toBe('template_invalid');
  });
});
