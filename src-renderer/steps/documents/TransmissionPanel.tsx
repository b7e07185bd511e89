import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTES_MATIERES_2, defaultMatiere, transmissionSheet } from '../../../src-shared/method/actes';
import { apdCampaign } from '../../../src-shared/method/apd';
import { authorProfile } from '../../../src-shared/method/lead-author';
import { scdlRow, validateScdlRow } from '../../../src-shared/method/scdl';
import type { SessionVote, Transmission } from '../../../src-shared/model/transmission';
import { formatDate } from '../../../src-shared/i18n';
import { ApiError } from '../../api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DateField, NumberField, SelectField, TextField } from '../../components/kit';
import { fromBase64, saveFile } from '../../platform';
import { useProgramme } from '../../state/programme';
import { runCommand, shownAsFailedSave } from '../../state/store';

const VOTE_KEYS = ['members', 'voters', 'for', 'against', 'abstain', 'notTaking'] as const;
type TextKey = 'deliberationActNumber' | 'conventionActNumber' | 'prefectureId' | 'publicationUrl';

/**
 * « Transmission et données ouvertes »: the vote's results entered after the session, the @ctes sheet of the
 * deliberation and the convention with what each still lacks, the SCDL row with what breaks the schema, and the
 * exports (SCDL .csv, e-APD .xlsx of a year across every programme).
 */
export function TransmissionPanel({ locale }: { locale: 'fr' | 'en' }) {
  const { t } = useTranslation();
  const p = useProgramme();
  const [error, setError] = useState<ApiError | null>(null);
  const session = p.snapshot.session;
  const transmission = session.transmission;
  const acts = transmissionSheet(p.snapshot, p.settings);
  const row = scdlRow(p.snapshot, p.settings);
  const problems = validateScdlRow(row);
  const years = [...new Set(p.snapshot.budgetLines.map((l) => l.year).filter((y): y is number => y !== null))].sort();
  const [year, setYear] = useState<string>(String(years[0] ?? new Date().getFullYear() - 1));
  const campaign = apdCampaign(Number(year));
  const k = 'declarations.screen.transmission';
  // Only a local authority's acts go to the prefecture (@ctes) and to the SCDL open data: not an association's.
  const transmits = authorProfile(p.settings.authorityType).publicLaw;

  // Merged with the vote as the store holds it when the write goes out: six numbers typed in a row each keep the others.
  const saveVote = (fields: Partial<SessionVote>) => p.updateSection('session', (s) => ({ vote: { ...s.session.vote, ...fields } })).catch(shownAsFailedSave);
  const saveTransmission = (fields: Partial<Transmission>) =>
    p.updateSection('session', (s) => ({ transmission: { ...s.session.transmission, ...fields } })).catch(shownAsFailedSave);
  const failed = (e: unknown) => setError(e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }));

  const exportScdl = async () => {
    try {
      const { fileName, csv } = await runCommand('declarations.scdl', { programmeId: p.snapshot.id });
      await saveFile(fileName, new TextEncoder().encode(csv), [{ name: 'CSV', extensions: ['csv'] }]);
    } catch (e) {
      failed(e);
    }
  };
  const exportApd = async () => {
    try {
      const { fileName, base64 } = await runCommand('declarations.apd', { year: Number(year), locale });
      await saveFile(fileName, fromBase64(base64), [{ name: 'Excel', extensions: ['xlsx'] }]);
    } catch (e) {
      failed(e);
    }
  };
  const text = (key: TextKey) => (
    <TextField
      id={`session.transmission.${key}`}
      label={t(`${k}.fields.${key}`)}
      value={transmission[key]}
      maxLength={key === 'publicationUrl' ? 2000 : 200}
      {...(key.endsWith('ActNumber') ? { hint: t(`${k}.numberHelp`) } : {})}
      onCommit={(value) => saveTransmission({ [key]: value })}
    />
  );

  return (
    <section aria-labelledby="transmission-title" className="session-panel form-column">
      <h2 id="transmission-title">{t(`${k}.title`)}</h2>
      <p className="step-intro">{t(`${k}.intro`)}</p>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />

      <h3>{t(`${k}.voteTitle`)}</h3>
      <p>{t(transmits ? `${k}.voteIntro` : `${k}.voteIntroAssociation`)}</p>
      {VOTE_KEYS.map((key) => (
        <NumberField
          key={key}
          id={`session.vote.${key}`}
          label={t(`${k}.votes.${key}`)}
          value={session.vote[key]}
          min={0}
          max={10_000}
          step={1}
          onCommit={(value) => saveVote({ [key]: value === null ? null : Math.round(value) })}
        />
      ))}

      {transmits ? (
        <>
        <h3>{t(`${k}.act`)}</h3>
        <SelectField
          id="session.transmission.matiere"
          label={t(`${k}.fields.matiere`)}
          value={transmission.matiere || defaultMatiere(p.settings.authorityType)}
          options={Object.entries(ACTES_MATIERES_2).map(([code, label]) => ({ value: code, label: `${code} ${label}` }))}
          onCommit={(value) => saveTransmission({ matiere: value ?? '' })}
        />
        {text('deliberationActNumber')}
        {text('conventionActNumber')}
        {text('prefectureId')}
        <DateField
          id="session.transmission.prefectureDate"
          label={t(`${k}.fields.prefectureDate`)}
          value={transmission.prefectureDate}
          onCommit={(value) => saveTransmission({ prefectureDate: value })}
        />
        {text('publicationUrl')}
        <TextField
          id="settings.siret"
          label={t(`${k}.fields.siret`)}
          value={p.settings.siret}
          maxLength={14}
          // Through the programme's store, so the SCDL row and its checks read the new SIRET at once.
          onCommit={(value) => p.run('settings.update', { fields: { siret: value.replace(/\s/g, '') } }, { refusal: 'caller' }).then(() => setError(null), failed)}
        />

        <table className="transmission-sheet">
          <thead>
            <tr>
              <th scope="col">{t(`${k}.act`)}</th>
              <th scope="col">{t(`${k}.nature`)}</th>
              <th scope="col">{t(`${k}.matiere`)}</th>
              <th scope="col">{t(`${k}.number`)}</th>
              <th scope="col">{t(`${k}.objet`)}</th>
            </tr>
          </thead>
          <tbody>
            {acts.map((act) => (
              <tr key={act.kind}>
                <th scope="row">{t(`${k}.${act.kind}`)}</th>
                <td>
                  {act.nature} — {act.natureLabel}
                </td>
                <td>
                  {act.matiere.code} {act.matiere.label}
                </td>
                <td>
                  <code>{act.number}</code>
                  {act.derivedNumber ? <small> ({t(`${k}.derived`)})</small> : null}
                </td>
                <td>
                  {act.objet}
                  {act.problems.length ? (
                    <ul className="field-status status-blocking">
                      {act.problems.map((x) => (
                        <li key={x}>{t(`${k}.problems.${x}`)}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className="field-status">{t(`${k}.ready`)}</p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        <h3>{t(`${k}.scdl`)}</h3>
        {problems.length ? (
          <ul className="field-status status-todo">
            {problems.map((x) => (
              <li key={`${x.field}-${x.problem}`}>{t(`${k}.scdlProblems.${x.problem}`, { field: x.field })}</li>
            ))}
          </ul>
        ) : (
          <p>{t(`${k}.scdlValid`)}</p>
        )}
        <button type="button" onClick={() => void exportScdl()} disabled={problems.length > 0}>
          {t(`${k}.exportScdl`)}
        </button>
        </>
      ) : (
        <>
          <h3>{t(`${k}.notApplicableTitle`)}</h3>
          <p id="transmission.notApplicable">{t(`${k}.notApplicable`)}</p>
        </>
      )}

      <h3>{t('declarations.screen.apd.title')}</h3>
      <p>{t('declarations.screen.apd.intro')}</p>
      <p>{t('declarations.screen.apd.sourceRule')}</p>
      <SelectField
        id="declarations.apdYear"
        label={t(`${k}.apdYear`)}
        value={year}
        options={(years.length ? years : [Number(year)]).map((y) => ({ value: String(y), label: String(y) }))}
        onCommit={(value) => setYear(value ?? year)}
      />
      <p>{t('declarations.screen.apd.campaign', { opens: formatDate(campaign.opens, locale, 'long'), closes: formatDate(campaign.closes, locale, 'long') })}</p>
      <button type="button" onClick={() => void exportApd()}>
        {t('declarations.screen.apd.export')}
      </button>
    </section>
  );
}
