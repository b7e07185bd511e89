import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentPackage } from '../../src-main/documents/package';
import type { DocumentKind } from '../../src-shared/api/documents';
import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { AuthoritySettings, newId } from '../../src-shared/model';

/** Each .docx of the demo package opens in LibreOffice, converts to PDF, and reads as a secretariat expects. */

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const available = has('soffice') && has('pdftotext') && has('pdfinfo');
if (!available)
  console.log(
    'Skipping LibreOffice checks: soffice, pdftotext or pdfinfo is not installed (.ci/run installs them).',
  );

const EXPECT: Record<DocumentKind, { sentences: string[]; pages: [number, number] }> = {
  rapport: {
    sentences: [
      // The demo's president is a woman: the settings' title says so.
      'Rapport de la Présidente du Conseil départemental à la Commission permanente',
      'Contexte et historique du partenariat',
      'Je vous propose de bien vouloir',
    ],
    pages: [4, 12],
  },
  deliberation: {
    sentences: [
      'L1115-1',
      'Après en avoir délibéré,',
      'DÉCIDE',
      'Article 1',
      'Article 4',
      'Ne prennent pas part au vote',
      'R421-1',
    ],
    pages: [2, 4],
  },
  convention: {
    sentences: [
      'Convention de partenariat',
      'montant prévisionnel des engagements',
      'Article 1',
      'Pour le Département de la Vallée-Haute',
      'entre le Département de la Vallée-Haute et la Commune de Ndiawara',
    ],
    pages: [3, 10],
  },
  annexes: {
    sentences: [
      'Annexe 1 — Cadre logique',
      'Annexe 2 — Fiche des indicateurs',
      'Plan de financement',
      'Annexe 4 — Chronogramme',
    ],
    pages: [6, 20],
  },
  capitalisation: {
    sentences: ['Fiche de capitalisation', 'Enseignements', 'Transférabilité'],
    pages: [2, 12],
  },
};

describe.skipIf(!available)('demo documents through LibreOffice', () => {
  let dir: string;
  const files = new Map<DocumentKind, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atelier-lo-'));
    const docs = await buildDocumentPackage(
      buildDemoProgramme(newId, '2026-11-26T08:00:00.000Z'),
      AuthoritySettings.parse(demoAuthoritySettings()),
      { locale: 'fr', draft: false },
    );
    for (const doc of docs) {
      const path = join(dir, `${doc.kind}.docx`);
      writeFileSync(path, doc.bytes);
      files.set(doc.kind, path);
    }
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files.values(),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  }, 150_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(Object.keys(EXPECT) as DocumentKind[])(
    '%s converts to PDF with its key sentences and a sensible page count',
    (kind) => {
      expect(readdirSync(dir)).toContain(`${kind}.pdf`);
      const pdf = join(dir, `${kind}.pdf`);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
      for (const sentence of EXPECT[kind].sentences) expect(text, `${kind}: ${sentence}`).toContain(sentence);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      expect(pages).toBeGreaterThanOrEqual(EXPECT[kind].pages[0]);
      expect(pages).toBeLessThanOrEqual(EXPECT[kind].pages[1]);
      // The footer's "Page X / Y" is rendered with real numbers.
      expect(text).toContain(`Page 1 / ${pages}`);
      // The rapport's table of contents carries its page numbers in LibreOffice too (written in, not left to Word).
      if (kind === 'rapport') {
        const toc = /Proposition ?\.{5,} ?(\d+)/.exec(text);
        expect(toc, 'table of contents with page numbers').not.toBeNull();
        expect(Number(toc![1])).toBeGreaterThan(1);
        expect(Number(toc![1])).toBeLessThanOrEqual(pages);
      }
    },
  );
});
