import { zipSync } from 'fflate';
import type { documentsCommands, GeneratedFile } from '../../../src-shared/api/documents';
import { CommandError } from '../../../src-shared/api/errors';
import type { AuthoritySettings } from '../../../src-shared/model';
import { inspectTemplate } from '../../documents/template';
import { mergeImportedLogframe } from '../../xlsx/logframe';
import { buildPackageInWorkers, documentBlockersInWorkers } from '../../workers/documents';
import { fillTemplateInWorkers } from '../../workers/template';
import { xlsxInWorkers } from '../../workers/xlsx';
import type { AppContext } from '../../services/app';
import type { JobRegistry } from '../../workers/jobs';
import type { Handlers } from './types';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

function savedTemplate(settings: AuthoritySettings): Uint8Array {
  if (!settings.wordTemplate)
    throw new CommandError('template_invalid', 'No Word template is saved in the settings.');
  return bytesOf(settings.wordTemplate.base64);
}

function baseName(title: string, acronym: string): string {
  return ((acronym || title).trim().slice(0, 40) || 'programme')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .trim();
}

export function createDocumentsHandlers(app: AppContext, jobs: JobRegistry): Handlers<keyof typeof documentsCommands> {
  const p = app.programmes;
  return {
    'documents.generate': ({ programmeId, documents, draft, locale, useTemplate, zip, jobId }) => jobs.run(jobId, async ({ signal, progress }) => {
      const snapshot = p.get(programmeId);
      const settings = app.settings.get();
      const { files: built, markers } = await buildPackageInWorkers(snapshot, settings, {
        locale,
        draft,
        documents,
        signal,
        onProgress: progress,
      });
      const unknownPlaceholders = new Set<string>();
      if (useTemplate) {
        const template = savedTemplate(settings);
        for (const file of built) {
          if (file.kind !== 'rapport' && file.kind !== 'deliberation') continue;
          const filled = await fillTemplateInWorkers(snapshot, settings, { locale, draft, kind: file.kind, template, signal });
          file.bytes = filled.bytes;
          filled.unknown.forEach((u) => unknownPlaceholders.add(u));
        }
      }
      const files: GeneratedFile[] = built.map((f) => ({
        kind: f.kind,
        fileName: f.fileName,
        base64: b64(f.bytes),
        size: f.bytes.length,
      }));
      const archive = zip
        ? {
            fileName: `${baseName(snapshot.framing.title, snapshot.framing.acronym)} - documents.zip`,
            base64: b64(zipSync(Object.fromEntries(built.map((f) => [f.fileName, f.bytes])), { level: 6 })),
          }
        : null;
      return { files, zip: archive, markers, unknownPlaceholders: [...unknownPlaceholders] };
    }),
    'documents.blockers': async ({ programmeId, locale, documents }) => ({
      items: await documentBlockersInWorkers(p.get(programmeId), app.settings.get(), { locale, documents }),
    }),
    'template.inspect': async ({ base64 }) => inspectTemplate(bytesOf(base64)),
    'template.fill': async ({ programmeId, kind, base64, draft, locale }) => {
      const snapshot = p.get(programmeId);
      const settings = app.settings.get();
      if (!draft) {
        const blockers = await documentBlockersInWorkers(snapshot, settings, { locale, documents: [kind] });
        if (blockers.length)
          throw new CommandError('document_incomplete', `${blockers.length} blocking item(s) to complete.`, {
            items: blockers,
          });
      }
      const template = base64 ? bytesOf(base64) : savedTemplate(settings);
      const filled = await fillTemplateInWorkers(snapshot, settings, { locale, draft, kind, template });
      return {
        fileName: `${kind} - ${baseName(snapshot.framing.title, snapshot.framing.acronym)}.docx`,
        base64: b64(filled.bytes),
        unknown: filled.unknown,
      };
    },
    'xlsx.exportLogframe': ({ programmeId, locale, jobId }) => jobs.run(jobId, async (job) => {
      const s = p.get(programmeId);
      job.progress(0, 1);
      const bytes = await xlsxInWorkers.exportLogframe(s, locale, job);
      job.progress(1, 1);
      return { fileName: `${baseName(s.framing.title, s.framing.acronym)} - ${locale === 'fr' ? 'cadre logique' : 'logframe'}.xlsx`, base64: b64(bytes) };
    }),
    'xlsx.exportBudget': ({ programmeId, locale, jobId }) => jobs.run(jobId, async (job) => {
      const s = p.get(programmeId);
      job.progress(0, 1);
      const bytes = await xlsxInWorkers.exportBudget(s, locale, job);
      job.progress(1, 1);
      return { fileName: `${baseName(s.framing.title, s.framing.acronym)} - budget.xlsx`, base64: b64(bytes) };
    }),
    'xlsx.importLogframe': ({ programmeId, base64, jobId }) => jobs.run(jobId, async (job) => {
      p.get(programmeId); // not_found before reading the file
      const imported = await xlsxInWorkers.importLogframe(bytesOf(base64), job);
      job.signal.throwIfAborted(); // cancelled while the sheet was read: nothing written
      return p.edit(programmeId, 'xlsx.importLogframe', (s, ctx) =>
        mergeImportedLogframe(s, imported, ctx.newId),
      );
    }),
    'xlsx.importLogframeAsNew': async ({ base64, title }) => {
      const imported = await xlsxInWorkers.importLogframe(bytesOf(base64));
      const created = p.create(title);
      p.edit(created.id, 'xlsx.importLogframe', (s, ctx) => mergeImportedLogframe(s, imported, ctx.newId));
      return { id: created.id, title: created.title, rows: imported.rows.length };
    },
  };
}
