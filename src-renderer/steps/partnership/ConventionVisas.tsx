import { useTranslation } from 'react-i18next';
import { GovernanceFields } from './Governance';

/** The texts the convention cites beyond the CGCT and the deliberations: other French texts, the partner country's law. */
export function ConventionVisas() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="visas-title" className="form-column">
      <h2 id="visas-title">{t('partnership.visas.title')}</h2>
      <p className="field-hint">{t('partnership.visas.intro')}</p>
      <GovernanceFields group="visas" keys={['conventionVisasFrance', 'conventionVisasPartner']} />
    </section>
  );
}
