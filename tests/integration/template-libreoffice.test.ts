import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderContext } from '../../src-main/documents/kit';
import { fillTemplate } from '../../src-main/documents/template';
import { packageProblems } from '../../src-main/documents/template-package';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { buildDeliberation, docPhrases } from '../../src-shared/method/deliberation';
import { AuthoritySettings, newId } from '../../src-shared/model';
import { OWN, TEMPLATE_KINDS, templateFodt, type TemplateKind } from './template-fodt';

/**
 * Templates as offices make them, in LibreOffice (plain, with a numbered list of their own, with a header holding a
 * picture and a footer with page fields, with the placeholders in table cells), filled with the demo's rapport and
 * délibération, then read back through LibreOffice's PDF: every article numbered, the template's own parts intact.
 */

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const available = has('soffice') && has('pdftotext') && has('pdfinfo') && has('pdfimages');
if (!available)
  console.log(
    'Skipping the LibreOffice template checks: soffice, pdftotext, pdfinfo or pdfimages is not installed (.ci/run installs them).',
  );

type Doc = 'rapport' | 'deliberation';
const DOCS: readonly Doc[] = ['rapport', 'deliberation'];
const snapshot = buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z');
const settings = AuthoritySettings.parse(demoSettings());
const ARTICLES = buildDeliberation(snapshot, settings, 'fr').articles.length;
const r = docPhrases('fr').rapport;
const CONTENTS = [
  r.context,
  r.diagnosis,
  r.objectives,
  r.activities,
  r.governance,
  r.budget,
  r.sdg,
  r.reciprocity,
  r.monitoring,
  r.financialImpact,
  r.proposal,
].map((line) => (Array.isArray(line) ? line.join('') : String(line)));

/** XML as docx writes it back: an empty element self-closed. */
const canonical = (xml: string) => xml.replace(/<([\w:]+)([^>]*)><\/\1>/g, '<$1$2/>');

/** A header's or footer's content, without its root's namespace declarations (docx adds some). */
const inner = (xml: string) => canonical(/<w:(hdr|ftr)\b[^>]*>([\s\S]*)<\/w:\1>/.exec(xml)![2]!);

/** Positions of each needle in the text, searched in order; -1 where one is not found after the previous. */
function inOrder(text: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = text.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return at;
  });
}

describe.skipIf(!available)('LibreOffice-made templates, filled and read back as PDF', () => {
  let dir: string;
  const filled = new Map<string, Uint8Array>();
  const texts = new Map<string, string>();
  const pages = new Map<string, number>();
  const templates = new Map<string, Uint8Array>();
  const name = (kind: TemplateKind, doc: Doc) => `${kind}-${doc}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atelier-template-'));
    const soffice = (format: string, files: string[]) =>
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          format,
          '--outdir',
          dir,
          ...files,
        ],
        { stdio: 'pipe', timeout: 120_000 },
      );
    const sources: string[] = [];
    for (const kind of TEMPLATE_KINDS)
      for (const doc of DOCS) {
        const path = join(dir, `${name(kind, doc)}.fodt`);
        writeFileSync(path, templateFodt(kind, doc));
        sources.push(path);
      }
    soffice('docx', sources);
    const outputs: string[] = [];
    for (const kind of TEMPLATE_KINDS)
      for (const doc of DOCS) {
        const template = new Uint8Array(readFileSync(join(dir, `${name(kind, doc)}.docx`)));
        templates.set(name(kind, doc), template);
        const { bytes } = await fillTemplate(renderContext(snapshot, settings, 'fr', false), doc, template);
        filled.set(name(kind, doc), bytes);
        const path = join(dir, `filled-${name(kind, doc)}.docx`);
        writeFileSync(path, bytes);
        outputs.push(path);
      }
    // One template for both documents, as the settings hold: the délibération's whole body in {{corps}}.
    for (const kind of TEMPLATE_KINDS) {
      const template = templates.get(name(kind, 'rapport'))!;
      const { bytes } = await fillTemplate(
        renderContext(snapshot, settings, 'fr', false),
        'deliberation',
        template,
      );
      filled.set(`${kind}-corps`, bytes);
      const path = join(dir, `filled-${kind}-corps.docx`);
      writeFileSync(path, bytes);
      outputs.push(path);
    }
    soffice('pdf', outputs);
    for (const key of filled.keys()) {
      const pdf = join(dir, `filled-${key}.pdf`);
      texts.set(
        key,
        execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
      );
      pages.set(key, Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]));
    }
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(TEMPLATE_KINDS)('%s: the délibération shows Article 1 to the last article, in order', (kind) => {
    const text = texts.get(name(kind, 'deliberation'))!;
    expect(ARTICLES).toBeGreaterThanOrEqual(3);
    const headings = Array.from({ length: ARTICLES }, (_, i) => `Article ${i + 1} `);
    const positions = inOrder(text, ['DÉCIDE', ...headings, 'D’approuver']);
    expect(positions.slice(0, -1), text).not.toContain(-1);
    expect(text).not.toContain(`Article ${ARTICLES + 1} `);
    // The first article's text follows its heading.
    expect(text.indexOf('D’approuver', positions[1]!)).toBeGreaterThan(positions[1]!);
    expect(text).not.toMatch(/\{\{(visas|considerants|articles|objet|collectivite|cout_total)\}\}/);
    expect(text).toContain('Vu le code général des collectivités territoriales');
  });

  it.each(TEMPLATE_KINDS)('%s: the délibération in {{corps}} has its articles, vote and mentions', (kind) => {
    const text = texts.get(`${kind}-corps`)!;
    const headings = Array.from({ length: ARTICLES }, (_, i) => `Article ${i + 1} `);
    expect(
      inOrder(text, ['DÉCIDE', ...headings, 'Ne prennent pas part au vote', 'R421-1']),
      text,
    ).not.toContain(-1);
    expect(text).not.toContain(`Article ${ARTICLES + 1} `);
    expect(packageProblems(filled.get(`${kind}-corps`)!)).toEqual([]);
  });

  it.each(TEMPLATE_KINDS)('%s: the rapport lists its contents, then holds each section in order', (kind) => {
    const text = texts.get(name(kind, 'rapport'))!;
    const contents = text.indexOf('Sommaire');
    expect(contents).toBeGreaterThan(-1);
    const entries = inOrder(text.slice(contents), CONTENTS);
    expect(entries, text.slice(contents, contents + 800)).not.toContain(-1);
    // After the contents, the sections themselves, in the same order.
    const body = text.slice(contents + entries.at(-1)! + CONTENTS.at(-1)!.length);
    expect(inOrder(body, CONTENTS)).not.toContain(-1);
    expect(text).not.toContain('{{corps}}');
  });

  it.each(TEMPLATE_KINDS.flatMap((kind) => DOCS.map((doc) => [kind, doc] as const)))(
    '%s %s: the package is consistent (styles, list ids unique, relationships, content types)',
    (kind, doc) => {
      const bytes = filled.get(name(kind, doc))!;
      expect(packageProblems(bytes)).toEqual([]);
      const parts = unzipSync(bytes);
      const numbering = strFromU8(parts['word/numbering.xml']!);
      const abstractIds = [...numbering.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"/g)].map(
        (m) => m[1],
      );
      const numIds = [...numbering.matchAll(/<w:num\b[^>]*w:numId="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(abstractIds).size).toBe(abstractIds.length);
      expect(new Set(numIds).size).toBe(numIds.length);
      // The template's own lists are still defined as it defined them.
      const own = unzipSync(templates.get(name(kind, doc))!)['word/numbering.xml'];
      if (own)
        for (const list of strFromU8(own).match(/<w:abstractNum\b[\s\S]*?<\/w:abstractNum>/g) ?? [])
          expect(canonical(numbering)).toContain(canonical(list));
      // The template's styles win: its Heading 1 is unchanged; ours come without our font.
      const styles = strFromU8(parts['word/styles.xml']!);
      const heading = /<w:style\b[^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(
        strFromU8(unzipSync(templates.get(name(kind, doc))!)['word/styles.xml']!),
      )![0];
      expect(canonical(styles)).toContain(canonical(heading));
      const article = /<w:style\b[^>]*w:styleId="(ArticleTitle|TOC1)"[\s\S]*?<\/w:style>/.exec(styles)![0];
      expect(article).not.toContain('Arial');
    },
  );

  it('list: the template’s own numbered list keeps its numbers 1 to 3, apart from the articles', () => {
    for (const doc of DOCS) {
      const text = texts.get(name('list', doc))!;
      const items = OWN.listItems.map((item, i) => `${i + 1}. ${item}`);
      expect(inOrder(text, items), text.slice(0, 1500)).not.toContain(-1);
      expect(text).not.toMatch(/Article \d+ Pièce jointe/);
    }
  });

  it('header: the header text and picture, and the footer with its page fields, are on every page', () => {
    for (const doc of DOCS) {
      const key = name('header', doc);
      const text = texts.get(key)!;
      const count = pages.get(key)!;
      expect(text.split(OWN.headerText).length - 1).toBe(count);
      for (let page = 1; page <= count; page++)
        expect(text).toContain(`${OWN.footerText} — page ${page} sur ${count}`);
      const images = execFileSync('pdfimages', ['-list', join(dir, `filled-${key}.pdf`)], {
        encoding: 'utf8',
      });
      // One line per picture drawn, after the two heading lines: the logo on each page.
      expect(images.trim().split('\n').length - 2).toBeGreaterThanOrEqual(count);
      const parts = unzipSync(filled.get(key)!);
      expect(Object.keys(parts).filter((p) => p.startsWith('word/media/'))).toHaveLength(1);
      // The header, the footer (its PAGE and NUMPAGES fields), the logo and the section are the template's own.
      const own = unzipSync(templates.get(key)!);
      const headerAndFooter = Object.keys(own).filter((p) => /^word\/(header|footer)\d*\.xml$/.test(p));
      expect(headerAndFooter.length).toBeGreaterThanOrEqual(2);
      for (const part of headerAndFooter)
        expect(inner(strFromU8(parts[part]!)), part).toBe(inner(strFromU8(own[part]!)));
      expect(strFromU8(parts['word/footer1.xml']!)).toMatch(/ PAGE [\s\S]* NUMPAGES /);
      for (const media of Object.keys(own).filter((p) => p.startsWith('word/media/')))
        expect(Buffer.from(parts[media]!).equals(Buffer.from(own[media]!))).toBe(true);
      const section = (xml: string) =>
        canonical(/<w:sectPr\b[\s\S]*?<\/w:sectPr>(?=\s*<\/w:body>)/.exec(xml)![0]);
      expect(section(strFromU8(parts['word/document.xml']!))).toBe(
        section(strFromU8(own['word/document.xml']!)),
      );
    }
    expect(pages.get(name('header', 'rapport'))).toBeGreaterThan(1);
  });

  it('table: the placeholders in cells are filled, and every cell still ends with a paragraph', () => {
    for (const doc of DOCS) {
      const xml = strFromU8(unzipSync(filled.get(name('table', doc))!)['word/document.xml']!);
      expect(xml).not.toMatch(/<\/w:tbl>\s*<\/w:tc>/);
      // A generated table inside a cell takes the cell's width, not the page's fixed columns.
      const nested = [
        ...xml.matchAll(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*?<w:tbl><w:tblPr>([\s\S]*?)<\/w:tblPr>/g),
      ];
      if (doc === 'rapport') expect(nested.length).toBeGreaterThan(0);
      for (const [, properties] of nested) {
        expect(properties).toContain('<w:tblW w:w="5000" w:type="pct"/>');
        expect(properties).not.toContain('w:type="fixed"');
      }
      expect(texts.get(name('table', doc))).toContain('Rubrique 1 Département de la Vallée-Haute');
    }
  });

  it.each(TEMPLATE_KINDS.flatMap((kind) => DOCS.map((doc) => [kind, doc] as const)))(
    '%s %s: the template’s own text stays',
    (kind, doc) => {
      expect(texts.get(name(kind, doc))).toContain(OWN.banner);
      expect(texts.get(name(kind, doc))).toContain('Coût total du programme :');
    },
  );
});
