import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer, Styles, Theme } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { DOCUMENT_KINDS, buildDocuments } from '../../src-main/documents/package';
import { pack } from '../../src-main/documents/kit';
import { crc32, deflateEntry, writeZip } from '../../src-main/documents/zip-writer';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { AuthoritySettings, newId } from '../../src-shared/model';

const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
const settings = AuthoritySettings.parse(demoAuthoritySettings());

/**
 * Every part of a .docx as text, without the bookmark ids a process counts up from one document to the next and the
 * time it was made at.
 */
function partsOf(bytes: Uint8Array): Array<[string, string]> {
  return Object.entries(unzipSync(bytes)).map(([path, data]) => [
    path,
    strFromU8(data).replace(/_Toc\d+/g, '_Toc').replace(/w:id="\d+"/g, 'w:id')
      .replace(/W3CDTF">[^<]+</g, 'W3CDTF"><'),
  ]);
}

describe('the packer that formats the shared parts once', () => {
  it('writes every document of the package as docx’s own Packer does: the same parts, in the same order, the same text', async () => {
    let reused = 0;
    // French then English: the first document formats the styles and theme, the later ones are compiled without (the
    // rapport's table of contents is laid out with styles read once per process, while the first rapport is written).
    for (const locale of ['fr', 'en'] as const) {
      for (const kind of DOCUMENT_KINDS) {
        // docx's Packer cannot write raw tables (raw-xml/): its reference is built with docx's table objects.
        const build = (rawTables = true) =>
          buildDocuments(snapshot, settings, { locale, draft: locale === 'fr', documents: [kind], rawTables })[0]!.document;
        const document = build();
        const formatStyles = vi.spyOn(Styles.prototype, 'prepForXml');
        const formatTheme = vi.spyOn(Theme.prototype, 'prepForXml');
        const ours = partsOf(await pack(document));
        if (formatStyles.mock.calls.length === 0 && formatTheme.mock.calls.length === 0) {
          reused++;
          // Made once the styles were formatted, it has no styles of its own, and docx made neither default styles nor
          // a theme for it (made only when asked: scripts/patch-docx.mjs).
          const made = document as unknown as { theme: unknown; styles: unknown };
          expect(made.theme, `${kind} ${locale}`).toBeUndefined();
          expect(made.styles, `${kind} ${locale}`).toBeUndefined();
        }
        for (const spy of [formatStyles, formatTheme]) spy.mockRestore();
        const theirs = partsOf(new Uint8Array(await Packer.toBuffer(build(false))));
        expect(ours.map(([path]) => path), `${kind} ${locale}`).toEqual(theirs.map(([path]) => path));
        for (const [i, [path, text]] of ours.entries()) expect(text, `${kind} ${locale} ${path}`).toBe(theirs[i]![1]);
      }
    }
    // Every document but the first one reused the styles formatted once.
    expect(reused).toBe(2 * DOCUMENT_KINDS.length - 1);
    // Made once they were formatted, a document without a page layout has no styles of its own: pack() alone writes it.
    const later = buildDocuments(snapshot, settings, { locale: 'fr', draft: true, documents: ['deliberation'] })[0]!.document;
    await expect(Packer.toBuffer(later)).rejects.toThrow(/only pack\(\) can write it/);
    expect(partsOf(await pack(later)).find(([path]) => path === 'word/styles.xml')?.[1]).toContain('w:styleId="Heading1"');
  });

  it('writes a zip that other tools read: unzip -t finds every file intact, names in UTF-8 included', () => {
    const files = [
      { path: 'word/document.xml', text: '<w:document>Vallée-Haute — « Cap Jeunes »</w:document>' },
      { path: 'docProps/résumé.xml', text: 'é'.repeat(5000) },
      { path: 'empty.xml', text: '' },
    ];
    const zip = writeZip(files.map(({ path, text }) => ({ path, entry: deflateEntry(new TextEncoder().encode(text)) })));
    const dir = mkdtempSync(join(tmpdir(), 'atelier-zip-'));
    writeFileSync(join(dir, 'test.docx'), zip);
    const report = execFileSync('unzip', ['-t', join(dir, 'test.docx')], { encoding: 'utf8' });
    expect(report).toContain('No errors detected');
    expect(Object.fromEntries(Object.entries(unzipSync(zip)).map(([p, d]) => [p, strFromU8(d)]))).toEqual(
      Object.fromEntries(files.map((f) => [f.path, f.text])),
    );
  });

  it('computes the CRC-32 zips check (the standard check value of "123456789")', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});
