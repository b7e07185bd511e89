import { useTranslation } from 'react-i18next';
import type { ReadinessItem } from '../../../src-shared/method/readiness';
import { hrefOf } from '../../router';

/** Where an item's link goes: the settings page for the Département's particulars, else its step and field. */
function linkOf(programmeId: string, item: ReadinessItem): string {
  if (item.focus?.startsWith('settings.'))
    return `${hrefOf.settings()}?focus=${encodeURIComponent(item.focus)}`;
  return hrefOf.programme(programmeId, item.step, item.focus);
}

/** The list shown when the final version is refused: each blocking item with a link to the field that fixes it. */
export function Blockers({ programmeId, items }: { programmeId: string; items: ReadinessItem[] }) {
  const { t } = useTranslation();
  const message = (item: ReadinessItem) => {
    const params = { ...(item.params ?? {}) };
    if (item.rule === 'document_value' && typeof params.what === 'string')
      params.what = t(`documents.doc.what.${params.what}`);
    return t(item.messageKey, params);
  };
  return (
    <section className="banner banner-error blockers" aria-labelledby="documents-blockers">
      <span aria-hidden="true">✖</span>
      <div>
        <h2 id="documents-blockers">{t('documents.screen.blockersTitle')}</h2>
        <p role="alert">{t('documents.screen.refused', { count: items.length })}</p>
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <a href={linkOf(programmeId, item)}>{message(item)}</a>{' '}
              <span className="field-hint">
                —{' '}
                {item.focus?.startsWith('settings.')
                  ? t('documents.screen.settingsLink')
                  : t('documents.screen.stepOf', { step: t(`shell.steps.${item.step}`) })}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
