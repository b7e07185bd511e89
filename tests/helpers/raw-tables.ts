import { strFromU8, unzipSync } from 'fflate';
import { pack } from '../../src-main/documents/kit';
import { packDocument } from '../../src-main/documents/packer';
import { buildDocuments, type DocumentKind } from '../../src-main/documents/package';
import type { Locale } from '../../src-shared/i18n/catalogues';
import type { AuthoritySettings, ProgrammeSnapshot } from '../../src-shared/model';

/**
 * A package's parts as text, without what docx counts per process (bookmark names and ids, a picture's id) or stamps with the clock
 * (the core properties' dates): what must be the same whichever way the tables were written.
 */
export function comparableParts(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    const text = /\.(xml|rels)$/.test(path) ? strFromU8(data) : Buffer.from(data).toString('base64');
    out.set(
      path,
      text
        .replace(/_Toc\d+/g, '_Toc')
        .replace(/w:id="\d+"/g, 'w:id')
        .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id')
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1'),
    );
  }
  return out;
}

/** Where two packages differ: each part that is missing from one or not the same, with where it starts to differ. */
export function partDifferences(name: string, a: Uint8Array, b: Uint8Array): string[] {
  const x = comparableParts(a);
  const y = comparableParts(b);
  const out: string[] = [];
  for (const path of new Set([...x.keys(), ...y.keys()])) {
    const p = x.get(path);
    const q = y.get(path);
    if (p === q) continue;
    if (p === undefined || q === undefined) {
      out.push(`${name}: ${path} is in one package only`);
      continue;
    }
    let i = 0;
    while (i < p.length && p[i] === q[i]) i++;
    out.push(`${name}: ${path} differs at ${i}: «${p.slice(Math.max(0, i - 80), i + 80)}» vs «${q.slice(Math.max(0, i - 80), i + 80)}»`);
  }
  return out;
}

/**
 * Each document of the package built with raw tables (the rapport: its whole body) and with docx's objects: the
 * differences (none expected). The raw ones are packed without pack()'s way back to docx's objects, so a rapport our
 * layout would refuse fails here instead of being compared with itself.
 */
export async function tableWaysDifferences(
  snapshot: ProgrammeSnapshot,
  settings: AuthoritySettings,
  options: { locale: Locale; draft: boolean; documents?: DocumentKind[] },
): Promise<string[]> {
  const raw = buildDocuments(snapshot, settings, { ...options, rawTables: true });
  const docx = buildDocuments(snapshot, settings, { ...options, rawTables: false });
  const out: string[] = [];
  for (const [i, built] of raw.entries()) {
    const name = `${built.kind} (${options.locale}${options.draft ? ', draft' : ''})`;
    out.push(...partDifferences(name, packDocument(built.document), await pack(docx[i]!.document)));
    if (JSON.stringify(built.markers) !== JSON.stringify(docx[i]!.markers))
      out.push(`${name}: the missing values are not recorded in the same order`);
  }
  return out;
}
