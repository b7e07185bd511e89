import { zipSync } from 'fflate';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, type DocumentKind, type GeneratedFile } from '../../../src-shared/api/documents';
import type { ReadinessItem } from '../../../src-shared/method/readiness';
import { ApiError } from '../../api';
import { runCommand } from '../../state/store';
import { useAnnounce } from '../../components/announcer';
import { ErrorBanner } from '../../components/ErrorBanner';
import { JobProgress } from '../../components/JobProgress';
import { fromBase64, isDesktop, saveFile, saveFilesToFolder } from '../../platform';
import { useProgramme } from '../../state/programme';
import { Blockers } from './Blockers';
import { ExcelPanel } from './ExcelPanel';
import { Preview } from './Preview';
import { SessionParticularsPanel } from './SessionParticulars';
import { TemplateCheck } from './TemplateCheck';
import './documents.css';
import { MissingMark } from '../../components/kit';

const DOCX = [{ name: 'Word', extensions: ['docx'] }];

/** Step 9: pick documents, draft or final, language; generate with progress; preview; save (folder or zip). */
export default function DocumentsStep() {
  const { t } = useTranslation();
  const p = useProgramme();
  const announce = useAnnounce();
  const languages = p.settings.documentLanguages;
  const [kinds, setKinds] = useState<DocumentKind[]>([...DOCUMENT_KINDS]);
  const [draft, setDraft] = useState(true);
  const [locale, setLocale] = useState<'fr' | 'en'>(languages[0] ?? 'fr');
  const [useTemplate, setUseTemplate] = useState(false);
  /** The running package's jobId: JobProgress follows it and can cancel it. */
  const [job, setJob] = useState<string | null>(null);
  const [files, setFiles] = useState<GeneratedFile[]>([]);
  const [markers, setMarkers] = useState(0);
  const [blockers, setBlockers] = useState<ReadinessItem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [previewing, setPreviewing] = useState<GeneratedFile | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const toggle = (kind: DocumentKind, on: boolean) =>
    setKinds(DOCUMENT_KINDS.filter((k) => (k === kind ? on : kinds.includes(k))));

  const generate = async () => {
    setError(null);
    setBlockers(null);
    setFiles([]);
    setSaved(null);
    setPreviewing(null);
    try {
      if (!draft) {
        const { items } = await runCommand('documents.blockers', {
          programmeId: p.snapshot.id,
          locale,
          documents: kinds,
        });
        if (items.length) {
          setBlockers(items);
          announce(t('documents.screen.refused', { count: items.length }), 'error');
          return;
        }
      }
      // One call under a jobId: JobProgress shows each document as it is ready and can cancel the package.
      const jobId = crypto.randomUUID();
      setJob(jobId);
      // Queries go straight to the API: a refusal is shown here, it is not a failed save.
      const result = await runCommand('documents.generate', { programmeId: p.snapshot.id, documents: kinds, draft, locale, useTemplate, jobId });
      setFiles(result.files);
      setMarkers(result.markers);
      announce(t('documents.screen.generated', { count: result.files.length }));
    } catch (e) {
      const apiError = e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) });
      if (apiError.code === 'document_incomplete')
        setBlockers((apiError.details as { items: ReadinessItem[] }).items);
      else setError(apiError);
    } finally {
      setJob(null);
    }
  };

  const saveAll = async () => {
    const entries = files.map((f) => ({ name: f.fileName, bytes: fromBase64(f.base64) }));
    if (isDesktop()) {
      const folder = await saveFilesToFolder(entries);
      setSaved(folder ? t('documents.screen.savedFolder', { folder }) : t('documents.screen.saveCancelled'));
    } else {
      const zip = zipSync(Object.fromEntries(entries.map((e) => [e.name, e.bytes])), { level: 6 });
      const name = `${(p.snapshot.framing.acronym || p.snapshot.framing.title || 'documents').slice(0, 40)} - documents.zip`;
      await saveFile(name, zip, [{ name: 'Zip', extensions: ['zip'] }]);
      setSaved(t('documents.screen.savedZip'));
    }
  };

  return (
    <div className="documents-step">
      <h1>{t('documents.screen.title')}</h1>
      <p className="step-intro">{t('documents.screen.intro')}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />

      <form
        className="documents-form"
        onSubmit={(e) => {
          e.preventDefault();
          void generate();
        }}
      >
        <fieldset>
          <legend>{t('documents.screen.pick')}</legend>
          {DOCUMENT_KINDS.map((kind) => (
            <label key={kind} className="multi-option">
              <input
                type="checkbox"
                name="documents"
                value={kind}
                checked={kinds.includes(kind)}
                onChange={(e) => toggle(kind, e.target.checked)}
              />
              {t(`documents.screen.kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('documents.screen.mode')}</legend>
          <label className="multi-option">
            <input type="radio" name="mode" checked={draft} onChange={() => setDraft(true)} />
            {t('documents.screen.modeDraft')}
          </label>
          <label className="multi-option">
            <input type="radio" name="mode" checked={!draft} onChange={() => setDraft(false)} />
            {t('documents.screen.modeFinal')}
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="documents.language">{t('documents.screen.language')}</label>
          <select
            id="documents.language"
            value={locale}
            onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : 'fr')}
          >
            {(['fr', 'en'] as const)
              .filter((l) => languages.includes(l) || l === locale)
              .map((l) => (
                <option key={l} value={l}>
                  {t(`settings.languages.${l}`)}
                </option>
              ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('documents.screen.templateTitle')}</legend>
          {p.settings.wordTemplate ? (
            <label className="multi-option">
              <input
                type="checkbox"
                checked={useTemplate}
                onChange={(e) => setUseTemplate(e.target.checked)}
              />
              {t('documents.screen.useTemplate')} ({p.settings.wordTemplate.name})
            </label>
          ) : (
            <p className="field-hint">{t('documents.screen.templateNone')}</p>
          )}
        </fieldset>
        {useTemplate && p.settings.wordTemplate ? (
          <TemplateCheck
            programmeId={p.snapshot.id}
            template={p.settings.wordTemplate}
            locale={locale}
            draft={draft}
          />
        ) : null}
        <button type="submit" className="button-primary" disabled={kinds.length === 0 || job !== null}>
          {t('documents.screen.generate')}
        </button>
      </form>

      {job ? <JobProgress jobId={job} /> : null}

      {blockers ? <Blockers programmeId={p.snapshot.id} items={blockers} /> : null}

      {files.length ? (
        <section aria-labelledby="documents-files" className="documents-files">
          <h2 id="documents-files">{t('documents.screen.files')}</h2>
          <p role="status">
            <span className="status-ok">
              <span aria-hidden="true">✓ </span>
              {t('documents.screen.generated', { count: files.length })}
            </span>
            {draft && markers ? (
              <>
                {' '}
                <MissingMark as="span">{t('documents.screen.markers', { count: markers })}</MissingMark>
              </>
            ) : null}
          </p>
          <ul className="file-list">
            {files.map((f) => (
              <li key={f.fileName}>
                <span className="file-name">{f.fileName}</span>
                <span className="field-hint">
                  {t('documents.screen.size', { size: Math.max(1, Math.round(f.size / 1024)) })}
                </span>
                <button
                  type="button"
                  onClick={() => setPreviewing(f)}
                  aria-label={`${t('documents.screen.preview')} : ${f.fileName}`}
                >
                  {t('documents.screen.preview')}
                </button>
                <button
                  type="button"
                  onClick={() => void saveFile(f.fileName, fromBase64(f.base64), DOCX)}
                  aria-label={`${t('documents.screen.download')} : ${f.fileName}`}
                >
                  {t('documents.screen.download')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button-primary" onClick={() => void saveAll()}>
            {isDesktop() ? t('documents.screen.saveAll') : t('documents.screen.saveZip')}
          </button>
          {saved ? <p role="status">{saved}</p> : null}
        </section>
      ) : null}

      {previewing ? <Preview file={previewing} onClose={() => setPreviewing(null)} /> : null}

      <SessionParticularsPanel />
      <ExcelPanel locale={locale} />
    </div>
  );
}
