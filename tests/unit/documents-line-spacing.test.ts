import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocumentPackage } from '../../src-main/documents/package';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { AuthoritySettings, newId } from '../../src-shared/model';

/**
 * A line spacing written without its rule (`<w:spacing w:line="276"/>`) is a multiple for Word, but LibreOffice reads it
 * as an exact height: 13.8 points for every line, so a title of 18 points on two lines printed one over the other.
 * Every spacing our documents give a line height must say how to read it.
 */
describe('line spacing in the documents’ styles and bodies', () => {
  it('always says its rule, so LibreOffice spaces lines as Word does', async () => {
    const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
    const settings = AuthoritySettings.parse(demoAuthoritySettings());
    const files = await buildDocumentPackage(snapshot, settings, { locale: 'fr', draft: true });
    expect(files.length).toBe(5);
    let spacings = 0;
    for (const file of files)
      for (const [path, data] of Object.entries(unzipSync(file.bytes))) {
        if (!path.endsWith('.xml')) continue;
        for (const [spacing] of strFromU8(data).matchAll(/<w:spacing [^>]*w:line="[^"]*"[^>]*\/>/g)) {
          spacings++;
          expect(spacing, `${file.kind} ${path}`).toMatch(/w:lineRule="(auto|exact|atLeast)"/);
        }
      }
    // The default paragraph's and the table text's, at least, in each document.
    expect(spacings).toBeGreaterThanOrEqual(10);
  });
});
