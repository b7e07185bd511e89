import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocumentPackage } from '../../src-main/documents/package';
import type { AuthoritySettings, ProgrammeSnapshot } from '../../src-shared/model';
import { ARABIC_WORDS, arabicPartner, demo, spanishPartner, spanishText } from '../helpers/bilingual-fixture';
import { partText, xmlParts } from '../helpers/docx-text';

/** Issue 13, deliverables 3 and 4: the convention in French and in the partner's language, as Word reads it. */

async function conventionXml(f: { s: ProgrammeSnapshot; settings: AuthoritySettings }, draft = true): Promise<{ xml: string; bytes: Uint8Array }> {
  const files = await buildDocumentPackage(f.s, f.settings, { locale: 'fr', draft, documents: ['convention'] });
  const bytes = files[0]!.bytes;
  return { xml: xmlParts(bytes)['word/document.xml']!, bytes };
}

const rowsOf = (xml: string) => xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
const cellsOf = (row: string) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(partText);
/** Spaces as a reader sees them (French typography's narrow no-break spaces are spaces). */
const flat = (t: string) => t.replace(/[\u00a0\u202f\s]+/g, ' ').trim();

describe('a convention with a Spanish partner, in two columns', () => {
  it('prints both versions of each clause in the same table row, French left and Spanish right', async () => {
    const f = spanishPartner();
    const { xml } = await conventionXml(f);
    const rows = rowsOf(xml);
    expect(f.s.clauses.length).toBeGreaterThan(5);
    f.s.clauses.forEach((clause, i) => {
      const row = rows.find((r) => flat(partText(r)).includes(flat(spanishText(i + 1))));
      expect(row, clause.title).toBeDefined();
      const [french, spanish] = cellsOf(row!);
      const firstFrench = flat(clause.text.split('\n')[0]!).slice(0, 40);
      expect(flat(french!), clause.title).toContain(firstFrench);
      expect(flat(spanish!)).toContain(flat(spanishText(i + 1)));
      // The article's heading row: the French title beside the app's Spanish one.
      const heading = rows.find((r) => cellsOf(r)[1]?.startsWith(`Artículo ${i + 1} — `));
      expect(cellsOf(heading!)[0], clause.title).toContain(clause.title);
    });
    const text = flat(partText(xml));
    for (const words of ['Versión en español', 'Convenio de colaboración', 'Entre los abajo firmantes', 'Preámbulo', 'Las partes acuerdan lo siguiente:', 'Artículo 1 — Objeto', 'Hecho en'])
      expect(text).toContain(words);
    // The preamble, paragraph beside paragraph.
    const preamble = rows.find((r) => partText(r).includes('Las dos colectividades cooperan desde 2019.'));
    expect(cellsOf(preamble!)[0]).toContain('2012');
  });

  it('cites the CGCT in Spanish for a local authority only: an association’s partner version does not', async () => {
    const cgct = 'Código General de las Colectividades Territoriales';
    expect(flat(partText((await conventionXml(spanishPartner())).xml))).toContain(cgct);
    const f = spanishPartner();
    const { xml } = await conventionXml({ ...f, settings: { ...f.settings, authorityType: 'association' } });
    const text = flat(partText(xml));
    expect(text).toContain('Fundamentos jurídicos');
    expect(text).not.toContain(cgct);
  });

  it('gives the Spanish text no French typography (no narrow space before ; : ?), the French text keeps it', async () => {
    const { xml } = await conventionXml(spanishPartner());
    const text = partText(xml);
    expect(text).toContain('del artículo 1: las partes cooperan; ¿dudas? Se examinan');
    expect(text).toMatch(/Il a été convenu ce qui suit\u202f:/);
    expect(xml).toContain('<w:lang w:val="es"/>');
  });

  it('prints the partner authority’s type and its executive’s title in the party clause and the signature block', async () => {
    const f = spanishPartner();
    f.s = { ...f.s, signatories: f.s.signatories.map((x) => (x.partyId === f.s.parties.find((p) => p.role === 'partner')!.id ? { ...x, name: 'Camila Nieto Hernández', function: '' } : x)) };
    const { xml } = await conventionXml(f);
    const text = flat(partText(xml));
    expect(text).toContain('Municipalidad de Valparaíso (comuna), dont le siège est situé Avenida Argentina 864');
    expect(text).toContain('Camila Nieto Hernández, alcaldesa, agissant en vertu de la délibération');
    expect(text).toContain('Municipalidad de Valparaíso (comuna), con domicilio en Avenida Argentina 864');
    const signatures = rowsOf(xml).slice(-4).map(cellsOf);
    expect(signatures[0]![1]).toContain('Por: Municipalidad de Valparaíso');
    expect(signatures[1]![1]).toBe('Alcaldesa');
  });

  it('is final only once every partner version is written, and marks each missing one in a draft', async () => {
    const f = spanishPartner();
    await expect(conventionXml(f, false)).resolves.toBeDefined();
    const first = f.s.clauses[0]!;
    const lacking = { ...f, s: { ...f.s, governance: { ...f.s.governance, preamblePartner: '' }, clauses: f.s.clauses.map((c) => (c.id === first.id ? { ...c, partnerText: '' } : c)) } };
    await expect(conventionXml(lacking, false)).rejects.toMatchObject({ code: 'document_incomplete' });
    const text = partText((await conventionXml(lacking)).xml);
    expect(text).toContain('[À compléter : préambule dans la langue du partenaire]');
    expect(text).toContain('[À compléter : texte dans la langue du partenaire]');
  });
});

describe('a convention with a Spanish partner, in two parts', () => {
  it('prints the whole French text, then the Spanish text under its own heading', async () => {
    const f = spanishPartner('parts');
    const { xml } = await conventionXml(f);
    const text = partText(xml);
    const lastFrench = flat(f.s.clauses.at(-1)!.text.split('\n')[0]!).slice(0, 40);
    const at = (needle: string) => flat(text).indexOf(needle);
    expect(at(lastFrench)).toBeGreaterThan(0);
    expect(at('Versión en español')).toBeGreaterThan(at(lastFrench));
    f.s.clauses.forEach((_, i) => expect(at(flat(spanishText(i + 1)))).toBeGreaterThan(at('Versión en español')));
    // No clause shares a row with its version: the only table left is the signature block.
    expect(rowsOf(xml).some((r) => partText(r).includes(spanishText(1)))).toBe(false);
  });
});

describe('a French-only convention', () => {
  it('prints no partner column, heading or marker, whatever partner texts are stored', async () => {
    const f = spanishPartner();
    const { xml } = await conventionXml({ ...f, s: { ...f.s, framing: { ...f.s.framing, partnerLanguage: 'fr' } } }, false);
    const text = partText(xml);
    expect(text).not.toContain('Versión en español');
    expect(text).not.toContain(spanishText(1));
    expect(demo().s.framing.partnerLanguage).toBe('fr');
  });
});

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const libreOffice = has('soffice') && has('pdftotext');
if (!libreOffice) console.log('Skipping the right-to-left render: soffice or pdftotext is not installed (.ci/run installs them).');

describe('a convention with an Arabic-speaking partner', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atelier-rtl-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('marks the Arabic paragraphs bidi and their runs rtl, with the complex-script font and size', async () => {
    const { xml } = await conventionXml(arabicPartner(), false);
    const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
    const arabic = paragraphs.filter((p) => p.includes(ARABIC_WORDS[0]!));
    expect(arabic.length).toBeGreaterThan(5);
    for (const p of arabic) {
      expect(p).toContain('<w:bidi/>');
      const run = p.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*يتعاون[\s\S]*?<\/w:r>/)![0];
      expect(run).toContain('<w:rtl/>');
      expect(run).toMatch(/<w:rFonts [^>]*w:cs="Arial"/);
      expect(run).toMatch(/<w:szCs w:val="\d+"\/>/);
      expect(run).toContain('w:bidi="ar"');
    }
    // The French paragraphs stay left to right.
    const french = paragraphs.find((p) => p.includes('Il a été convenu'))!;
    expect(french).not.toContain('<w:bidi/>');
  });

  it.skipIf(!libreOffice)('prints right to left in LibreOffice: the first word of each Arabic sentence is the rightmost', async () => {
    const { bytes } = await conventionXml(arabicPartner(), false);
    const docx = join(dir, 'convention-ar.docx');
    writeFileSync(docx, bytes);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      env: { ...process.env, HOME: dir },
      timeout: 120_000,
      stdio: 'ignore',
    });
    const bbox = execFileSync('pdftotext', ['-bbox', join(dir, 'convention-ar.pdf'), '-'], { encoding: 'utf8' });
    // pdftotext gives each word's glyphs in visual order: an Arabic word reads reversed.
    const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
      x: Number(m[1]),
      y: Math.round(Number(m[2])),
      text: [...m[3]!].reverse().join(''),
    }));
    const lines = new Map<string, Array<{ x: number; text: string }>>();
    for (const w of words) lines.set(`${w.y}`, [...(lines.get(`${w.y}`) ?? []), w]);
    const sentences = [...lines.values()].filter((line) => line.some((w) => w.text === ARABIC_WORDS[0]));
    expect(sentences.length).toBeGreaterThan(5);
    for (const line of sentences) {
      const xs = ARABIC_WORDS.map((word) => line.find((w) => w.text === word)?.x ?? NaN);
      expect(xs.every(Number.isFinite), JSON.stringify(line)).toBe(true);
      // Each word to the left of the one before it, all in the right-hand column.
      for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeLessThan(xs[i - 1]!);
      expect(Math.min(...xs)).toBeGreaterThan(595 / 2 - 20);
    }
  }, 180_000);
});
