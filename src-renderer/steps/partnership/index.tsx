import { useTranslation } from 'react-i18next';
import { Clauses } from './Clauses';
import { ConventionVisas } from './ConventionVisas';
import { Governance } from './Governance';
import { Parties } from './Parties';
import { Signatories } from './Signatories';
import './partnership.css';

/** Step 3: partnership and convention. */
export default function PartnershipStep() {
  const { t } = useTranslation();
  return (
    <div className="partnership authoring-form">
      <h1>{t('partnership.title')}</h1>
      <p className="step-intro">{t('partnership.intro')}</p>
      <Parties />
      <Signatories />
      <Governance />
      <ConventionVisas />
      <Clauses />
    </div>
  );
}
