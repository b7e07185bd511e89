import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../src-shared/api/archive';
import type { AmendmentView } from '../../src-shared/api/declarations';
import { formatDate, formatMoney } from '../../src-shared/i18n';
import { ApiError } from '../api';
import { useAnnounce } from '../components/announcer';
import { ErrorBanner } from '../components/ErrorBanner';
import { CheckboxField, DateField, SelectField, TextField } from '../components/kit';
import { currentLocale } from '../i18n';
import { fromBase64, saveFile } from '../platform';
import { runCommand } from '../state/store';

/**
 * « Préparer un avenant »: from a voted version, the differences the convention states (amounts, period, activities,
 * parties), the articles they rewrite, and the avenant with its draft deliberation. Once voted, the officer freezes
 * the amendment in the versions list above (« amendment » box).
 */
export function Amendment({ programmeId, versions, onChange }: { programmeId: string; versions: VersionSummary[]; onChange: () => Promise<void> }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const locale = currentLocale();
  const [chosen, setVersionId] = useState<string | null>(null);
  // The versions arrive after the first render: the latest is the reference until the officer picks another.
  const versionId = chosen && versions.some((v) => v.id === chosen) ? chosen : (versions[0]?.id ?? null);
  const [view, setView] = useState<AmendmentView | null>(null);
  const [draft, setDraft] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [number, setNumber] = useState('');
  const [voteDate, setVoteDate] = useState<string | null>(null);
  const k = 'declarations.screen.amendment';
  const money = (n: number) => formatMoney(n, locale);
  const date = (d: string | null) => (d ? formatDate(d, locale, 'long') : '…');

  useEffect(() => {
    if (!versionId) return;
    let live = true;
    runCommand('amendment.differences', { programmeId, versionId }).then(
      (v) => live && (setView(v), setError(null)),
      (e: unknown) => live && setError(e as ApiError),
    );
    return () => {
      live = false;
    };
  }, [programmeId, versionId, versions]);

  if (!versions.length)
    return (
      <section aria-labelledby="amendment-title">
        <h2 id="amendment-title">{t(`${k}.title`)}</h2>
        <p>{t(`${k}.noVersion`)}</p>
      </section>
    );

  const produce = async () => {
    if (!versionId) return;
    setBusy(true);
    try {
      const { files } = await runCommand('amendment.generate', { programmeId, versionId, draft, locale });
      for (const f of files) await saveFile(f.fileName, fromBase64(f.base64), [{ name: 'Word', extensions: ['docx'] }]);
      announce(t(`${k}.produced`));
      setError(null);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const freeze = async () => {
    if (!number.trim() || !voteDate) return;
    try {
      const v = await runCommand('version.freeze', { programmeId, deliberationNumber: number.trim(), deliberationDate: voteDate, amendment: true });
      announce(t(`${k}.frozen`, { n: v.number }));
      setNumber('');
      setVoteDate(null);
      setVersionId(v.id);
      await onChange();
    } catch (e) {
      setError(e as ApiError);
    }
  };

  const d = view?.diff;
  const lines: string[] = d
    ? [
        ...(d.total ? [t(`${k}.total`, { before: money(d.total.before), after: money(d.total.after) })] : []),
        ...d.funders.map((f) => t(`${k}.funder`, { name: f.name, before: money(f.before.total), after: money(f.after.total) })),
        ...(d.period
          ? [t(`${k}.period`, { before: `${date(d.period.before.start)} – ${date(d.period.before.end)}`, after: `${date(d.period.after.start)} – ${date(d.period.after.end)}` })]
          : []),
        ...d.activities.added.map((a) => t(`${k}.added`, { code: a.code, text: a.text })),
        ...d.activities.removed.map((a) => t(`${k}.removed`, { code: a.code, text: a.text })),
        ...d.activities.renamed.map((a) => t(`${k}.renamed`, { code: a.code, text: a.text, before: a.before })),
        ...d.parties.changed.map((x) => t(`${k}.party`, { before: x.before.name, after: x.after.name })),
        ...d.parties.added.map((x) => t(`${k}.partyAdded`, { name: x.name })),
        ...d.parties.removed.map((x) => t(`${k}.partyRemoved`, { name: x.name })),
      ]
    : [];

  return (
    <section aria-labelledby="amendment-title" className="amendment-panel">
      <h2 id="amendment-title">{t(`${k}.title`)}</h2>
      <p>{t(`${k}.intro`)}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <SelectField
        id="amendment.version"
        label={t(`${k}.base`)}
        value={versionId}
        options={versions.map((v) => ({ value: v.id, label: t(`${k}.baseOption`, { n: v.number, number: v.deliberationNumber, date: date(v.deliberationDate) }) }))}
        onCommit={(value) => setVersionId(value)}
      />
      {view && d ? (
        d.empty ? (
          <p>{t(`${k}.noChange`)}</p>
        ) : (
          <>
            <h3>{t(`${k}.differences`)}</h3>
            <ul>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {view.articles.length ? <p>{t(`${k}.articles`, { list: view.articles.map((a) => `${a.n} « ${a.title} »`).join(', ') })}</p> : null}
            {view.reread.map((key) => (
              <p key={key} className="field-status status-todo" role="status">
                {t(`${k}.reread`, { n: view.articles.find((a) => a.key === key)?.n ?? '?' })}
              </p>
            ))}
            <CheckboxField id="amendment.draft" label={t(`${k}.draft`)} value={draft} onCommit={setDraft} />
            <button type="button" className="button-primary" disabled={busy} onClick={() => void produce()}>
              {busy ? t(`${k}.producing`) : t(`${k}.produce`)}
            </button>
            <h3>{t(`${k}.freezeTitle`)}</h3>
            <p>{t(`${k}.freezeIntro`)}</p>
            <TextField id="amendment.number" label={t(`${k}.freezeNumber`)} value={number} maxLength={200} onCommit={setNumber} />
            <DateField id="amendment.date" label={t(`${k}.freezeDate`)} value={voteDate} onCommit={setVoteDate} />
            <button type="button" disabled={!number.trim() || !voteDate} onClick={() => void freeze()}>
              {t(`${k}.freeze`)}
            </button>
          </>
        )
      ) : null}
    </section>
  );
}
