import { useTranslation } from 'react-i18next';
import { useProgramme } from '../../state/programme';
import { NumberField, TextField } from '../../components/kit';

/** Optional partner currency at a fixed rate (units per euro). */
export function Currency() {
  const { t } = useTranslation();
  const p = useProgramme();
  const s = p.snapshot.budgetSettings;
  return (
    <section aria-labelledby="budget-currency-title" className="budget-currency">
      <h2 id="budget-currency-title">{t('budget.currency.title')}</h2>
      <p className="step-intro">{t('budget.currency.intro')}</p>
      <div className="field-row form-column">
        <TextField
          id="budget.partnerCurrency"
          label={t('budget.currency.code')}
          value={s.partnerCurrency ?? ''}
          maxLength={3}
          placeholder={t('budget.currency.codeExample')}
          onCommit={(v) => p.updateSection('budgetSettings', { partnerCurrency: v.trim() === '' ? null : v.trim().toUpperCase() })}
        />
        <NumberField id="budget.exchangeRate" label={t('budget.currency.rate')} value={s.exchangeRate} min={0.000001} onCommit={(exchangeRate) => p.updateSection('budgetSettings', { exchangeRate })} />
      </div>
    </section>
  );
}
