import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { crc32, deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocumentPackage } from '../../src-main/documents/package';
import type { GeneratedFile } from '../../src-shared/api/documents';
import { buildDemoProgramme, demoSettings } from '../../src-shared/demo';
import { AuthoritySettings, type ProgrammeSnapshot } from '../../src-shared/model';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let demoId: string;

beforeEach(async () => {
  t = await createTestApp();
  const ctx = t.app.programmes.context();
  demoId = t.app.programmes.insert(buildDemoProgramme(ctx.newId, ctx.now)).id;
  t.app.settings.update(demoSettings());
});
afterEach(() => t.close());

const xmlOf = (file: GeneratedFile | Uint8Array, part = 'word/document.xml') => {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(Buffer.from(file.base64, 'base64'));
  return strFromU8(unzipSync(bytes)[part]!);
};
/** The visible text of a document part, with runs joined (a sentence may span several runs). */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('documents.generate on the demo programme', () => {
  it('names the rapport after the executive’s title (the demo’s is a Présidente)', async () => {
    const { files } = await t.ok('documents.generate', { programmeId: demoId, draft: true, locale: 'fr' });
    expect(files[0]!.fileName).toBe('1 - Rapport de la Présidente - CAP JEUNES.docx');
    t.app.settings.update({ presidentTitle: 'president' });
    const again = await t.ok('documents.generate', { programmeId: demoId, draft: true, locale: 'fr' });
    expect(again.files[0]!.fileName).toBe('1 - Rapport du Président - CAP JEUNES.docx');
  });

  it('produces the five documents, final, with the legal mentions and no undefined/NaN/null', async () => {
    const { files, markers } = await t.ok('documents.generate', {
      programmeId: demoId,
      draft: false,
      locale: 'fr',
    });
    expect(files.map((f) => f.kind)).toEqual([
      'rapport',
      'deliberation',
      'convention',
      'annexes',
      'capitalisation',
    ]);
    expect(markers).toBe(0);
    for (const file of files) {
      expect(file.fileName).toMatch(/\.docx$/);
      const xml = xmlOf(file);
      const text = textOf(xml);
      expect(text, file.kind).not.toMatch(/undefined|NaN|\bnull\b|\[object/);
      expect(text, file.kind).not.toContain('À compléter');
      expect(xml, file.kind).not.toContain('w:highlight');
      // Real Word styles: the document uses named styles the secretariat can change.
      const styles = xmlOf(file, 'word/styles.xml');
      expect(styles).toContain('w:styleId="Heading1"');
      expect(styles).toMatch(/w:styleId="Heading1".*?<w:outlineLvl w:val="0"\/>/s);
      expect(styles).toContain('w:styleId="AtelierTable"');
      expect(xml).toMatch(/<w:pStyle w:val="(Title|Heading1|ArticleTitle)"\/>/);
      // Header with the authority's name, footer "Page X / Y".
      const parts = Object.keys(unzipSync(new Uint8Array(Buffer.from(file.base64, 'base64'))));
      const header = parts.find((p) => /word\/header\d*\.xml/.test(p))!;
      const footer = parts.find((p) => /word\/footer\d*\.xml/.test(p))!;
      expect(textOf(xmlOf(file, header))).toContain('Département de la Vallée-Haute');
      expect(xmlOf(file, footer)).toContain('NUMPAGES');
      expect(xmlOf(file, footer)).toContain('PAGE');
    }

    const deliberation = textOf(xmlOf(files[1]!));
    expect(deliberation).toContain('L1115-1');
    expect(deliberation).toContain('L3211-2');
    expect(deliberation).toContain('Après en avoir délibéré,');
    expect(deliberation).toContain('DÉCIDE');
    expect(xmlOf(files[1]!).match(/<w:pStyle w:val="ArticleTitle"\/><w:numPr>/g)?.length).toBe(4);
    expect(xmlOf(files[1]!, 'word/numbering.xml')).toContain('Article %1');
    for (const vote of ['Pour', 'Contre', 'Abstentions', 'Ne prennent pas part au vote'])
      expect(deliberation).toContain(vote);
    expect(deliberation).toContain('R421-1 et R421-5 du code de justice administrative');
    expect(deliberation).toContain('deux mois');
    expect(deliberation).toContain('Tribunal administratif');
    expect(deliberation).toContain('Accusé de réception de la préfecture');
    expect(deliberation).toContain('chapitre 65, article 6574');

    const convention = textOf(xmlOf(files[2]!));
    expect(convention).toContain('ont pour objet');
    expect(convention).toContain('montant prévisionnel des engagements financiers');
    expect(convention).toContain('L1115-1');
    // Agreement with each party: le Département … représenté, la Commune … représentée.
    expect(convention).toMatch(/Le Département de la Vallée-Haute, dont le siège [^,]+(, [^,]+)*, représenté par /);
    expect(convention).toMatch(/La Commune de Ndiawara, dont le siège [^]*?, représentée par /);
    expect(convention).toContain('ci-après dénommé «\u202fle Département\u202f»');
    expect(convention).toContain('ci-après dénommée «\u202fle Partenaire\u202f»');
    expect(convention).not.toMatch(/\(e\)/);
    // The partner country's law, cited after the French texts and before the assemblies' deliberations.
    const cgct = convention.indexOf('L1115-1');
    const partnerLaw = convention.search(/Vu la loi n°\s2013-10 du 28\sdécembre 2013 portant Code général des collectivités locales du Sénégal/);
    const frenchLaw = convention.search(/Vu la loi n°\s2021-1031/);
    expect(frenchLaw).toBeGreaterThan(cgct);
    expect(partnerLaw).toBeGreaterThan(frenchLaw);
    expect(convention.indexOf('Vu la délibération', partnerLaw)).toBeGreaterThan(partnerLaw);

    const rapport = xmlOf(files[0]!);
    expect(rapport).toMatch(/instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/);
    expect(xmlOf(files[0]!, 'word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
    expect(textOf(rapport)).toContain('Je vous propose de bien vouloir');

    const annexes = xmlOf(files[3]!);
    expect(annexes).toContain('w:orient="landscape"');
    expect(textOf(annexes)).toContain('Cadre logique');
    expect(textOf(annexes)).toContain('Plan de financement');
    expect(textOf(annexes)).toContain('Chronogramme');
  });

  it('uses French typography: narrow no-break spaces and amounts with cents', async () => {
    const { files } = await t.ok('documents.generate', {
      programmeId: demoId,
      documents: ['deliberation'],
      draft: false,
      locale: 'fr',
    });
    const text = textOf(xmlOf(files[0]!));
    expect(text).toContain('Objet\u202f: ');
    expect(text).toMatch(/\d{3},\d{2}\u00a0€/);
    expect(text).not.toMatch(/ [;:!?](\s|$)/);
    expect(text).toContain('1er janvier 2027');
  });

  it('lays the convention out in two columns when the partner writes in another language', async () => {
    const s = t.app.programmes.get(demoId);
    const clause = s.clauses[0]!;
    t.app.programmes.edit(demoId, 'test', (x) => ({
      ...x,
      framing: { ...x.framing, partnerLanguage: 'wo' },
      clauses: x.clauses.map((c) =>
        c.id === clause.id ? { ...c, partnerText: 'Mbind mi ngi def jàppale.' } : c,
      ),
    }));
    const { files } = await t.ok('documents.generate', {
      programmeId: demoId,
      documents: ['convention'],
      draft: true,
      locale: 'fr',
    });
    const xml = xmlOf(files[0]!);
    expect(textOf(xml)).toContain('Mbind mi ngi def jàppale.');
    expect(textOf(xml)).toContain('Texte dans la langue du partenaire (wolof)');
    // Other clauses have no partner text yet: the draft marks each of them.
    expect(textOf(xml)).toContain('[À compléter : texte dans la langue du partenaire]');
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
  });

  it('returns one zip holding every file for browser mode', async () => {
    const { files, zip } = await t.ok('documents.generate', { programmeId: demoId, draft: true, zip: true });
    const entries = unzipSync(new Uint8Array(Buffer.from(zip!.base64, 'base64')));
    expect(Object.keys(entries).sort()).toEqual(files.map((f) => f.fileName).sort());
  });
});

describe('final export of an incomplete programme', () => {
  it('is refused with the list of what is missing, and the database is unchanged', async () => {
    const created = await t.ok('programme.create', { title: 'Programme à peine commencé' });
    t.app.settings.update({ appealCourt: '' });
    const before = t.databaseBytes();
    const error = await t.fails('documents.generate', { programmeId: created.id, draft: false });
    expect(error.code).toBe('document_incomplete');
    const items = (error.details as { items: Array<{ focus?: string; severity: string }> }).items;
    const focuses = items.map((i) => i.focus);
    expect(focuses).toContain('settings.appealCourt');
    expect(focuses).toContain('session.budgetChapter');
    expect(focuses).toContain('framing.partnerAuthority');
    expect(items.every((i) => i.severity === 'blocking')).toBe(true);
    expect(t.databaseBytes().equals(before)).toBe(true);
    const blockers = await t.ok('documents.blockers', { programmeId: created.id });
    expect(blockers.items.map((i) => i.focus)).toEqual(focuses);
  });

  it('gives a draft instead, where each missing value is a highlighted marker', async () => {
    const created = await t.ok('programme.create', { title: 'Programme à peine commencé' });
    const { files, markers } = await t.ok('documents.generate', {
      programmeId: created.id,
      documents: ['deliberation'],
      draft: true,
    });
    expect(markers).toBeGreaterThan(0);
    const xml = xmlOf(files[0]!);
    expect(textOf(xml)).toContain('[À compléter : chapitre budgétaire]');
    const header = Object.keys(unzipSync(new Uint8Array(Buffer.from(files[0]!.base64, 'base64')))).find((p) =>
      /word\/header\d*\.xml/.test(p),
    )!;
    expect(textOf(xmlOf(files[0]!, header))).toContain('PROJET — document de travail');
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
    expect(textOf(xml)).not.toMatch(/undefined|NaN|\bnull\b|\[object/);
  });

  it('is what buildDocumentPackage refuses too (the archive calls it with draft: true)', async () => {
    const empty = t.app.programmes.get(
      (await t.ok('programme.create', { title: 'X' })).id,
    ) as ProgrammeSnapshot;
    await expect(
      buildDocumentPackage(empty, AuthoritySettings.parse({}), { locale: 'fr', draft: false }),
    ).rejects.toMatchObject({ code: 'document_incomplete' });
    const drafts = await buildDocumentPackage(empty, AuthoritySettings.parse({}), {
      locale: 'fr',
      draft: true,
    });
    expect(drafts).toHaveLength(5);
  });
});

async function templateDocx(lines: string[]): Promise<string> {
  const doc = new Document({
    sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
  });
  return (await Packer.toBuffer(doc)).toString('base64');
}

describe("the Département's own template", () => {
  it('reports known and unknown placeholders', async () => {
    const base64 = await templateDocx([
      '{{collectivite}} — séance du {{date_seance}}',
      '{{visas}}',
      'Signé : {{signataire_adjoint}}',
    ]);
    const result = await t.ok('template.inspect', { base64 });
    expect(result.known.sort()).toEqual(['collectivite', 'date_seance', 'visas']);
    expect(result.unknown).toEqual(['signataire_adjoint']);
  });

  it('fills the deliberation into it, leaving unknown placeholders as they are', async () => {
    const base64 = await templateDocx([
      'EN-TÊTE MAISON — {{collectivite}}',
      'Délibération n° {{numero_deliberation}} — {{objet}}',
      '{{visas}}',
      '{{considerants}}',
      'DÉCIDE',
      '{{articles}}',
      'Montant : {{montant}} — imputation {{imputation}}',
      '{{voies_recours}}',
      '{{inconnu}}',
    ]);
    const result = await t.ok('template.fill', {
      programmeId: demoId,
      kind: 'deliberation',
      base64,
      draft: false,
    });
    expect(result.unknown).toEqual(['inconnu']);
    const text = textOf(xmlOf(new Uint8Array(Buffer.from(result.base64, 'base64'))));
    expect(text).toContain('EN-TÊTE MAISON — Département de la Vallée-Haute');
    expect(text).toContain('Délibération n° CP-2027-03-14');
    expect(text).toContain('L1115-1');
    expect(text).toContain('Considérant');
    expect(text).toContain('D’approuver le programme');
    expect(text).toContain('R421-1');
    expect(text).toContain('65 / 6574');
    expect(text).toContain('{{inconnu}}');
    expect(text).not.toContain('{{visas}}');
  });

  it('is used by documents.generate once saved in the settings, and refuses a file that is not a .docx', async () => {
    const base64 = await templateDocx(['MODÈLE {{collectivite}}', '{{corps}}']);
    t.app.settings.update({ wordTemplate: { name: 'modele.docx', base64 } });
    const { files } = await t.ok('documents.generate', {
      programmeId: demoId,
      documents: ['rapport', 'deliberation'],
      draft: true,
      useTemplate: true,
    });
    for (const file of files) expect(textOf(xmlOf(file))).toContain('MODÈLE Département de la Vallée-Haute');
    expect(textOf(xmlOf(files[1]!))).toContain('DÉCIDE');
    const error = await t.fails('template.inspect', {
      base64: Buffer.from('pas un docx').toString('base64'),
    });
    expect(error.code).toBe('template_invalid');
  });
});

/** A valid PNG of the given size (one colour), built here so the test needs no fixture file. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.concat(
    Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x40)])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('the header', () => {
  it("carries the authority's logo, with its proportions", async () => {
    t.app.settings.update({ logo: { mimeType: 'image/png', base64: png(300, 100).toString('base64') } });
    const { files } = await t.ok('documents.generate', {
      programmeId: demoId,
      documents: ['deliberation'],
      draft: true,
    });
    const parts = unzipSync(new Uint8Array(Buffer.from(files[0]!.base64, 'base64')));
    expect(Object.keys(parts).some((p) => /^word\/media\/.+\.png$/.test(p))).toBe(true);
    const header = Object.keys(parts).find((p) => /word\/header\d*\.xml/.test(p))!;
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(strFromU8(parts[header]!))!;
    expect(Number(extent[1]) / Number(extent[2])).toBeCloseTo(3, 1);
  });
});
