import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../src-shared/i18n/format';
import type { PaymentCredit, ProgrammeSnapshot, SessionParticulars } from '../../../src-shared/model';
import { useMissing } from '../../components/authoring-hooks';
import { focusWhenReady } from '../../components/focusWhenReady';
import { AUTHOR_PROFILES } from '../../../src-shared/method/lead-author';
import { useProgramme, useSettings } from '../../state/programme';
import './session.css';
import { DateField, MissingMark, NumberCell, SelectField, TextField } from '../../components/kit';

type TextKey = 'reportNumber' | 'deliberationNumber' | 'rapporteur' | 'committeeOpinion' | 'budgetChapter' | 'budgetArticle' | 'budgetProgramme' | 'authorisationProgramme';

const cents = (amount: number) => Math.round(amount * 100);

/** The Département's cash contributions of the programme's budget, in total and by year (CP are cash only). */
function plannedCash(s: ProgrammeSnapshot): { total: number; byYear: Map<number, number> } {
  const own = new Set(s.funders.filter((f) => f.kind === 'lead_authority').map((f) => f.id));
  const byYear = new Map<number, number>();
  let total = 0;
  for (const c of s.contributions) {
    if (!own.has(c.funderId) || c.nature !== 'cash') continue;
    total += cents(c.amount);
    if (c.year !== null) byYear.set(c.year, (byYear.get(c.year) ?? 0) + cents(c.amount));
  }
  return { total: total / 100, byYear: new Map([...byYear].map(([year, v]) => [year, v / 100])) };
}

/**
 * « Passage en séance »: the particulars of the session where this programme goes before the assembly. Every input
 * carries the DOM id `session.<field>` that readiness links focus. Edits go through the section update command.
 */
export function SessionParticularsPanel() {
  const { t, i18n } = useTranslation();
  const p = useProgramme();
  const missing = useMissing();
  const session = p.snapshot.session;
  const type = useSettings().authorityType;
  // The bodies the lead author's type has, named as it names them (a commune has no delegate body: only the
  // conseil municipal is offered, unless the stored value still says otherwise, which readiness flags).
  const assemblies = (['delegate', 'deliberating_body'] as const).filter((v) => v === 'deliberating_body' || AUTHOR_PROFILES[type].hasDelegate || session.assembly === v);
  const assemblyLabel = (v: 'delegate' | 'deliberating_body') => (type === 'departement' ? t(`session.assembly.${v}`) : t(`leadAuthors.doc.${type}.assembly.${v}`));
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const save = (fields: Partial<SessionParticulars>) => p.updateSection('session', fields).catch(() => undefined);

  const text = (key: TextKey, opts: { required?: boolean; multiline?: boolean } = {}) => (
    <TextField
      id={`session.${key}`}
      label={t(`session.fields.${key}`)}
      help={t(`session.help.${key}`)}
      value={session[key]}
      required={opts.required}
      multiline={opts.multiline}
      rows={2}
      maxLength={2000}
      missing={missing(`session.${key}`)}
      onCommit={(value) => save({ [key]: value })}
    />
  );

  return (
    <section aria-labelledby="session-title" className="session-panel form-column">
      <h2 id="session-title">{t('session.title')}</h2>
      <p className="step-intro">{t('session.intro')}</p>

      <h3>{t('session.sections.session')}</h3>
      <div className="field-row">
        <SelectField
          id="session.assembly"
          label={t('session.fields.assembly')}
          help={t('session.help.assembly')}
          value={session.assembly}
          options={assemblies.map((v) => ({ value: v, label: assemblyLabel(v) }))}
          onCommit={(assembly) => (assembly ? save({ assembly }) : undefined)}
        />
        <DateField
          id="session.sessionDate"
          label={t('session.fields.sessionDate')}
          help={t('session.help.sessionDate')}
          required
          missing={missing('session.sessionDate')}
          value={session.sessionDate}
          onCommit={(sessionDate) => save({ sessionDate })}
        />
      </div>
      <div className="field-row">
        {text('reportNumber', { required: true })}
        {text('deliberationNumber', { required: true })}
      </div>
      {text('rapporteur', { required: true })}
      {text('committeeOpinion')}

      <h3>{t('session.sections.budget')}</h3>
      <div className="field-row">
        {text('budgetChapter', { required: true })}
        {text('budgetArticle', { required: true })}
      </div>
      {text('budgetProgramme', { required: true })}
      {text('authorisationProgramme', { multiline: true })}

      <PaymentCredits credits={session.paymentCredits} planned={plannedCash(p.snapshot)} locale={locale} onCommit={(paymentCredits) => save({ paymentCredits })} />
    </section>
  );
}

/** CP by year as a small table, its total compared with the Département's cash contribution. */
function PaymentCredits({
  credits,
  planned,
  locale,
  onCommit,
}: {
  credits: readonly PaymentCredit[];
  planned: { total: number; byYear: Map<number, number> };
  locale: 'fr' | 'en';
  onCommit: (credits: PaymentCredit[]) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const p = useProgramme();
  const [yearError, setYearError] = useState<{ index: number; message: string } | null>(null);
  const money = (amount: number) => formatMoney(amount, locale, { cents: !Number.isInteger(amount) });
  const total = credits.reduce((sum, c) => sum + cents(c.amount), 0) / 100;
  const gap = Math.round((total - planned.total) * 100) / 100;

  const setYear = (index: number, year: number | null) => {
    if (year === null || !Number.isInteger(year) || year < 2000 || year > 2100) return setYearError({ index, message: t('session.credits.badYear') });
    if (credits.some((c, i) => i !== index && c.year === year)) return setYearError({ index, message: t('session.credits.yearTaken', { year }) });
    setYearError(null);
    return onCommit(credits.map((c, i) => (i === index ? { ...c, year } : c)));
  };
  const add = async () => {
    const budgetYears = [...planned.byYear.keys()].filter((y) => !credits.some((c) => c.year === y)).sort();
    const start = p.snapshot.session.sessionDate ?? p.snapshot.framing.startDate;
    const year = budgetYears[0] ?? (credits.length ? Math.max(...credits.map((c) => c.year)) + 1 : start ? Number(start.slice(0, 4)) : new Date().getFullYear());
    await onCommit([...credits, { year, amount: planned.byYear.get(year) ?? 0 }]);
    focusWhenReady(`session.paymentCredits.${credits.length}.amount`);
  };

  return (
    <>
      <h3 id="session-credits-title">{t('session.sections.credits')}</h3>
      <p className="field-hint">{t('session.help.paymentCredits')}</p>
      {credits.length === 0 ? (
        <p className="empty">{t('session.credits.none')}</p>
      ) : (
        <table className="table session-credits" id="session.paymentCredits" tabIndex={-1} aria-labelledby="session-credits-title">
          <caption className="visually-hidden">{t('session.credits.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('session.credits.year')}</th>
              <th scope="col" className="num">{t('session.credits.amount')}</th>
              <th scope="col" className="num">{t('session.credits.planned')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('session.credits.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {credits.map((credit, index) => (
              <tr key={index}>
                <td>
                  <NumberCell
                    id={`session.paymentCredits.${index}.year`}
                    label={t('session.credits.yearOf', { n: index + 1 })}
                    value={credit.year}
                    integer
                    nullable={false}
                    describedBy={yearError?.index === index ? `session.paymentCredits.${index}.year-taken` : undefined}
                    onCommit={(year) => setYear(index, year)}
                  />
                  {yearError?.index === index ? (
                    <div id={`session.paymentCredits.${index}.year-taken`} className="field-status status-blocking" role="alert">
                      <span aria-hidden="true">✖ </span>
                      {yearError.message}
                    </div>
                  ) : null}
                </td>
                <td className="num">
                  <NumberCell
                    id={`session.paymentCredits.${index}.amount`}
                    label={t('session.credits.amountOf', { year: credit.year })}
                    value={credit.amount}
                    min={0}
                    nullable={false}
                    onCommit={(amount) => onCommit(credits.map((c, i) => (i === index ? { ...c, amount: amount ?? 0 } : c)))}
                  />
                </td>
                <td className="num">{planned.byYear.has(credit.year) ? money(planned.byYear.get(credit.year)!) : '—'}</td>
                <td>
                  <button
                    type="button"
                    className="button-danger"
                    aria-label={t('session.credits.remove', { year: credit.year })}
                    onClick={() => void onCommit(credits.filter((_, i) => i !== index))}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('session.credits.total')}</th>
              <td className="num" id="session-credits-total">
                {money(total)}
              </td>
              <td className="num">{money(planned.total)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      <p role="status" className="session-credits-check">
        {planned.total === 0 ? (
          <MissingMark as="span">{t('session.credits.noCash')}</MissingMark>
        ) : credits.length === 0 ? null : gap === 0 ? (
          <span className="status-ok">
            <span aria-hidden="true">✓ </span>
            {t('session.credits.match', { cash: money(planned.total) })}
          </span>
        ) : (
          <MissingMark as="span">{t('session.credits.differs', { total: money(total), cash: money(planned.total), gap: money(Math.abs(gap)) })}</MissingMark>
        )}
      </p>
      {/* With no row yet, a readiness link to the CP lands on the button that adds one. */}
      <button type="button" id={credits.length === 0 ? 'session.paymentCredits' : 'session.paymentCredits.add'} onClick={() => void add().catch(() => undefined)}>
        + {t('session.credits.add')}
      </button>
    </>
  );
}
