import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clauseDefault, defaultChangedSinceEdit, isStandardClauseKey } from '../../../src-shared/method/clause-defaults';
import type { Clause } from '../../../src-shared/model';
import { useAnnounce } from '../../components/announcer';
import { confirmOnce, useMissing, useStableProgramme } from '../../components/authoring-hooks';
import type { ProgrammeApi } from '../../state/programme';
import { useProgramme } from '../../state/programme';
import { MissingMark, TextCell, TextField } from '../../components/kit';
import { ClausePartnerVersion } from './ClausePartnerVersion';
import { languageLabel } from './ConventionLanguages';

const MARKER = /\[à compléter/gi;

/** Convention clauses: generated from the programme, edited, reset, reordered, required or optional. */
export function Clauses() {
  const { t, i18n } = useTranslation();
  const { snapshot, settings } = useProgramme();
  const p = useStableProgramme();
  // Today's default of each standard clause: what an unedited clause prints, and what an edited one compares with.
  const defaults = useMemo(() => {
    const out = new Map<string, string>();
    for (const c of snapshot.clauses) if (isStandardClauseKey(c.key)) out.set(c.id, clauseDefault(c.key, snapshot, settings).text);
    return out;
  }, [snapshot, settings]);
  const announce = useAnnounce();
  const missing = useMissing();
  const [newTitle, setNewTitle] = useState('');
  const clauses = snapshot.clauses;
  const partnerLanguage = snapshot.framing.partnerLanguage;
  // In the sentence's case ("Texte de l’article 3 en espagnol"), not the language list's ("Espagnol").
  const languageName = partnerLanguage !== 'fr' ? languageLabel(partnerLanguage, i18n.language) : null;
  const generate = async () => {
    try {
      const result = await p.run('convention.generate', { programmeId: p.snapshot.id });
      announce(t('partnership.clauses.generated', { created: result.report.created, refreshed: result.report.refreshed, kept: result.report.keptEdited }));
    } catch {
      /* shown by the error banner */
    }
  };
  const addClause = async () => {
    if (!newTitle.trim()) return;
    try {
      const result = await p.run('convention.addClause', { programmeId: p.snapshot.id, title: newTitle.trim() });
      setNewTitle('');
      if (result.createdId) requestAnimationFrame(() => document.getElementById(`clause.${result.createdId}.text`)?.focus());
    } catch {
      /* shown by the error banner */
    }
  };
  const clausesMissing = missing('partnership.clauses');
  return (
    <section aria-labelledby="clauses-title">
      <h2 id="clauses-title">{t('partnership.clauses.title')}</h2>
      <p className="step-intro">{t('partnership.clauses.intro')}</p>
      <div className="toolbar">
        <button type="button" id="partnership.clauses" className="button-primary" onClick={() => void generate()} aria-describedby="clauses-generate-help">
          {clauses.length === 0 ? t('partnership.clauses.generate') : t('partnership.clauses.regenerate')}
        </button>
        <span id="clauses-generate-help" className="field-hint">
          {t('partnership.clauses.generateHelp')}
        </span>
      </div>
      <MissingMark className="field-status">{clausesMissing}</MissingMark>
      {clauses.length === 0 ? <p className="empty">{t('partnership.clauses.empty')}</p> : null}
      <ol className="clause-list" aria-labelledby="clauses-title" style={{ listStyle: 'none', padding: 0 }}>
        {clauses.map((c, i) => (
          <ClauseCard
            key={c.id}
            clause={c}
            today={defaults.get(c.id) ?? null}
            number={i + 1}
            count={clauses.length}
            languageName={languageName}
            p={p}
            missing={missing(`clause.${c.id}.text`)}
          />
        ))}
      </ol>
      <div className="clause-add">
        <div className="field">
          <label htmlFor="clause-new-title">{t('partnership.clauses.addTitle')}</label>
          <input
            id="clause-new-title"
            value={newTitle}
            onChange={(e) => setNewTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void addClause();
              }
            }}
          />
        </div>
        <button type="button" onClick={() => void addClause()} disabled={!newTitle.trim()}>
          <span aria-hidden="true">+ </span>
          {t('partnership.clauses.add')}
        </button>
      </div>
    </section>
  );
}

const ClauseCard = memo(function ClauseCard({
  clause: c,
  today,
  number,
  count,
  languageName,
  p,
  missing,
}: {
  clause: Clause;
  /** Today's default text (standard clauses), or null. */
  today: string | null;
  number: number;
  count: number;
  languageName: string | null;
  p: ProgrammeApi;
  missing: string | null;
}) {
  const { t } = useTranslation();
  const programmeId = () => p.snapshot.id;
  const quiet = () => undefined;
  const updateClause = (fields: { title?: string; text?: string; partnerText?: string; required?: boolean }) =>
    p.run('convention.updateClause', { programmeId: programmeId(), id: c.id, ...fields }).then(quiet, quiet);
  const reorder = (index: number) => {
    void p.run('convention.reorderClause', { programmeId: programmeId(), id: c.id, index }).then(
      () => requestAnimationFrame(() => document.getElementById(`clause.${c.id}.${index < number - 1 ? 'up' : 'down'}`)?.focus()),
      quiet,
    );
  };
  const [comparing, setComparing] = useState(false);
  const standard = isStandardClauseKey(c.key);
  // An unedited clause is rendered from the programme whenever a document is built: show that text.
  const shown = !c.edited && today !== null ? today : c.text;
  const markers = (shown.match(MARKER) ?? []).length;
  const changed = today !== null && defaultChangedSinceEdit(c, today);
  const title = c.title.trim() || t('partnership.clauses.article', { number });
  const rows = Math.min(16, Math.max(4, Math.ceil(shown.length / 95) + (shown.match(/\n/g) ?? []).length));
  const headingId = `clause-${c.id}-heading`;
  return (
    <li className="clause" aria-labelledby={headingId}>
      <div className="clause-head">
        <span className="clause-number" id={headingId}>
          {t('partnership.clauses.article', { number })}
        </span>
        <span className="clause-title">
          <TextCell multiline={false} id={`clause.${c.id}.title`} label={t('partnership.clauses.titleField', { number })} value={c.title} onCommit={(v) => void updateClause({ title: v })} />
        </span>
        <span className={`clause-status ${c.edited ? 'status-ok' : ''}`}>
          <span aria-hidden="true">{c.key === 'custom' ? '✚ ' : c.edited ? '✎ ' : '⚙ '}</span>
          {c.key === 'custom' ? t('partnership.clauses.custom') : c.edited ? t('partnership.clauses.statusEdited') : t('partnership.clauses.statusDefault')}
        </span>
      </div>
      <TextField
        id={`clause.${c.id}.text`}
        label={t('partnership.clauses.text', { number })}
        help={t('partnership.clauses.help')}
        multiline
        rows={rows}
        value={shown}
        missing={missing}
        onCommit={(text) => updateClause({ text })}
      />
      {changed ? (
        <div className="clause-compare">
          <MissingMark className="field-status">
            {t('documents.clauseCompare.changed')}{' '}
            <button type="button" id={`clause.${c.id}.compare`} aria-expanded={comparing} onClick={() => setComparing((x) => !x)}>
              {comparing ? t('documents.clauseCompare.hide') : t('documents.clauseCompare.show')}
            </button>
          </MissingMark>
          {comparing ? (
            <div className="clause-compare-texts" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: '0.75rem' }}>
              <section aria-labelledby={`clause-${c.id}-then`}>
                <h3 id={`clause-${c.id}-then`}>{t('documents.clauseCompare.then')}</h3>
                <p className="clause-compare-text" style={{ whiteSpace: 'pre-wrap' }}>{c.defaultAtEdit}</p>
              </section>
              <section aria-labelledby={`clause-${c.id}-now`}>
                <h3 id={`clause-${c.id}-now`}>{t('documents.clauseCompare.now')}</h3>
                <p className="clause-compare-text" style={{ whiteSpace: 'pre-wrap' }}>{today}</p>
              </section>
              <p className="field-hint" style={{ gridColumn: '1 / -1' }}>{t('documents.clauseCompare.help')}</p>
            </div>
          ) : null}
        </div>
      ) : null}
      {markers > 0 ? (
        <MissingMark className="marker-count">{t('partnership.clauses.markers', { count: markers })}</MissingMark>
      ) : null}
      {languageName ? <ClausePartnerVersion clause={c} number={number} language={p.snapshot.framing.partnerLanguage} languageName={languageName} rows={rows} p={p} /> : null}
      <div className="clause-meta">
        <label className="multi-option">
          <input type="checkbox" id={`clause.${c.id}.required`} checked={c.required} onChange={(e) => void updateClause({ required: e.target.checked })} />
          {t('partnership.clauses.required')}
        </label>
        <div className="row-actions">
          <button type="button" id={`clause.${c.id}.up`} disabled={number === 1} onClick={() => reorder(number - 2)} aria-label={t('partnership.clauses.up', { number })} title={t('partnership.clauses.up', { number })}>
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" id={`clause.${c.id}.down`} disabled={number === count} onClick={() => reorder(number)} aria-label={t('partnership.clauses.down', { number })} title={t('partnership.clauses.down', { number })}>
            <span aria-hidden="true">↓</span>
          </button>
          {standard ? (
            <button
              type="button"
              disabled={!c.edited}
              onClick={() => {
                if (confirmOnce(t('partnership.clauses.resetConfirm', { title }))) void p.run('convention.resetClause', { programmeId: programmeId(), id: c.id }).then(quiet, quiet);
              }}
              aria-label={`${t('partnership.clauses.reset')} — ${t('partnership.clauses.article', { number })}`}
            >
              {t('partnership.clauses.reset')}
            </button>
          ) : null}
          <button
            type="button"
            className="button-danger"
            onClick={() => {
              if (confirmOnce(t('partnership.clauses.removeConfirm', { title }))) void p.remove('clauses', c.id).catch(quiet);
            }}
            aria-label={t('partnership.clauses.remove', { number })}
            title={t('partnership.clauses.remove', { number })}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      </div>
    </li>
  );
});
