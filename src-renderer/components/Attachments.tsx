import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../src-shared/i18n';
import { ApiError } from '../api';
import { shownAsFailedSave, runCommand } from '../state/store';
import { formatSize } from '../archive/size';
import { currentLocale } from '../i18n';
import { fromBase64, isDesktop, openFile, saveFile, toBase64 } from '../platform';
import { useProgramme } from '../state/programme';
import { useAnnounce } from './announcer';
import '../archive/archive.css';

const EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'txt', 'csv', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp'];
/** Types the browser shows safely by itself; anything else is saved rather than opened. */
const VIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'text/plain']);

/**
 * Files attached to the programme, or to a territory's diagnosis: with `sections`, the officer picks the section a
 * file documents (or the diagnosis as a whole) and the list shows it
 * (`<Attachments ownerKind="territory" ownerId={territory.id} sections={[{ key: 'poverty', label }]} />`).
 * Must be rendered inside a ProgrammeProvider; adding and removing are undoable edits.
 */
export function Attachments({
  ownerKind = 'programme',
  ownerId = null,
  sections,
  title,
}: {
  ownerKind?: 'programme' | 'territory';
  ownerId?: string | null;
  /** Sections a file may document; without them, files belong to the owner as a whole. */
  sections?: ReadonlyArray<{ key: string; label: string }>;
  /** Heading text; defaults to "Pièces jointes". */
  title?: string;
}) {
  const { t } = useTranslation();
  const p = useProgramme();
  const announce = useAnnounce();
  const locale = currentLocale();
  const [busy, setBusy] = useState(false);
  const [section, setSection] = useState('');
  const sectionLabel = (key: string) => sections?.find((s) => s.key === key)?.label ?? t('archive.attachments.wholeDiagnosis');
  const order = (key: string) => (sections ? sections.findIndex((s) => s.key === key) : 0);
  const items = p.snapshot.attachments
    .filter((a) => a.ownerKind === ownerKind && (a.ownerId ?? null) === ownerId && (sections || a.section === ''))
    .sort((a, b) => order(a.section) - order(b.section));
  const headingId = `attachments-${ownerId ?? 'programme'}`;

  const add = async () => {
    const file = await openFile([{ name: t('archive.attachments.title'), extensions: EXTENSIONS }]);
    if (!file) return;
    setBusy(true);
    try {
      await p.run('attachment.add', { programmeId: p.snapshot.id, name: file.name, base64: toBase64(file.bytes), ownerKind, ownerId, section });
      announce(t('archive.attachments.added', { name: file.name }));
    } catch {
      /* shown by the programme's error banner */
    } finally {
      setBusy(false);
    }
  };

  const fetchBytes = async (id: string) => {
    const got = await runCommand('attachment.get', { programmeId: p.snapshot.id, id });
    return { ...got, bytes: fromBase64(got.base64) };
  };

  const save = async (id: string) => {
    try {
      const got = await fetchBytes(id);
      const extension = got.name.split('.').pop() ?? '';
      await saveFile(got.name, got.bytes, [{ name: got.name, extensions: extension ? [extension] : [] }]);
    } catch (e) {
      announce(t(`errors.${(e as ApiError).code ?? 'internal'}`), 'error');
    }
  };

  const open = async (id: string) => {
    try {
      const got = await fetchBytes(id);
      if (isDesktop() || !VIEWABLE.has(got.mimeType)) return save(id);
      const url = URL.createObjectURL(new Blob([got.bytes as BlobPart], { type: got.mimeType }));
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      announce(t(`errors.${(e as ApiError).code ?? 'internal'}`), 'error');
    }
  };

  return (
    <section className="attachments" aria-labelledby={headingId}>
      <h3 id={headingId}>{title ?? t('archive.attachments.title')}</h3>
      {items.length === 0 ? (
        <p className="empty">{t('archive.attachments.empty')}</p>
      ) : (
        <ul className="attachment-list">
          {items.map((a) => (
            <li key={a.id}>
              <span className="attachment-name">{a.name}</span>
              <span className="attachment-meta">
                {[
                  sections ? sectionLabel(a.section) : null,
                  formatSize(a.size, t, locale),
                  t('archive.attachments.addedOn', { date: formatDate(a.addedAt.slice(0, 10), locale) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span className="row-actions">
                <button type="button" onClick={() => void open(a.id)} aria-label={t('archive.attachments.actionLabel', { action: t('archive.attachments.open'), name: a.name })}>
                  {t('archive.attachments.open')}
                </button>
                <button type="button" onClick={() => void save(a.id)} aria-label={t('archive.attachments.actionLabel', { action: t('archive.attachments.save'), name: a.name })}>
                  {t('archive.attachments.save')}
                </button>
                <button
                  type="button"
                  className="button-danger"
                  aria-label={t('archive.attachments.actionLabel', { action: t('archive.attachments.remove'), name: a.name })}
                  onClick={() => {
                    if (window.confirm(t('archive.attachments.removeConfirm', { name: a.name }))) void p.run('attachment.remove', { programmeId: p.snapshot.id, id: a.id }).catch(shownAsFailedSave);
                  }}
                >
                  {t('archive.attachments.remove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="inline-form">
        {sections ? (
          <>
            <label htmlFor={`${headingId}-section`}>{t('archive.attachments.sectionLabel')}</label>
            <select id={`${headingId}-section`} value={section} onChange={(e) => setSection(e.target.value)}>
              <option value="">{t('archive.attachments.wholeDiagnosis')}</option>
              {sections.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.label}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <button type="button" onClick={() => void add()} disabled={busy} aria-describedby={`${headingId}-hint`}>
          {t('archive.attachments.add')}
        </button>{' '}
        <span id={`${headingId}-hint`} className="field-hint">
          {t('archive.attachments.hint')}
        </span>
      </p>
    </section>
  );
}
