import { useTranslation } from 'react-i18next';

/** Says plainly that a screen is not built yet (issue 2: never an empty page). */
export function NotBuilt() {
  const { t } = useTranslation();
  return (
    <section className="not-built" aria-labelledby="not-built-title">
      <h2 id="not-built-title">{t('common.notBuilt')}</h2>
      <p>{t('common.notBuiltHint')}</p>
    </section>
  );
}
