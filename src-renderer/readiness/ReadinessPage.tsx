import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STEPS } from '../../src-shared/method';
import { MissingMark } from '../components/kit';
import { hrefOf } from '../router';
import { useProgrammeSelector, useReadiness } from '../state/programme';
import { readinessLink } from './link';
import './readiness.css';

/**
 * "Prêt pour la délibération": everything missing across all steps, grouped by step, each item a link to its field.
 * Ready means what the final export means: nothing blocks (the gate); warnings stay listed.
 */
export default function ReadinessPage() {
  const { t } = useTranslation();
  // The store derives the gate's list once per revision; the page only reads it (and re-renders when it changes).
  const items = useReadiness();
  const blocking = useMemo(() => items.filter((i) => i.severity === 'blocking').length, [items]);
  const ready = blocking === 0;
  const id = useProgrammeSelector((s) => s.snapshot.id);
  return (
    <div className="readiness-page">
      <h1>{t('readiness.page.title')}</h1>
      <p className="step-intro">{t('readiness.page.intro')}</p>
      {ready ? (
        <p className="readiness-ready status-ok" role="status">
          <span aria-hidden="true">✓ </span>
          {t(items.length ? 'readiness.page.readyWithWarnings' : 'readiness.page.ready', { count: items.length })}
        </p>
      ) : (
        <p className="readiness-summary" role="status">
          <span aria-hidden="true">◔ </span>
          {t('readiness.page.summary', { count: items.length, blocking })}
        </p>
      )}
      {STEPS.map((step) => {
        const mine = items.filter((i) => i.step === step);
        return (
          <section key={step} className="readiness-step" aria-labelledby={`readiness-${step}`}>
            <h2 id={`readiness-${step}`}>
              <a href={hrefOf.programme(id, step)}>{t(`shell.steps.${step}`)}</a>{' '}
              {mine.length > 0 ? (
                <MissingMark as="span" className="readiness-count">{t('readiness.page.stepCount', { count: mine.length })}</MissingMark>
              ) : (
                <span className="readiness-count status-ok">
                  <span aria-hidden="true">✓ </span>
                  {t('readiness.page.stepDone')}
                </span>
              )}
            </h2>
            {mine.length > 0 ? (
              <ul>
                {mine.map((item) => (
                  <li key={item.id} className={item.severity === 'blocking' ? 'is-blocking' : 'is-warning'}>
                    <span className={`readiness-severity ${item.severity === 'blocking' ? 'status-blocking' : 'status-todo'}`}>
                      <span aria-hidden="true">{item.severity === 'blocking' ? '✖ ' : '◔ '}</span>
                      {t(item.severity === 'blocking' ? 'readiness.page.blocking' : 'readiness.page.warning')}
                    </span>
                    <a href={readinessLink(id, item)}>{t(item.messageKey, item.params ?? {})}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
