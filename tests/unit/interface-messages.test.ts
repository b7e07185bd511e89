import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18nOptions, messageFormatter } from '../../src-renderer/messages';

const NNBSP = '\u202f';
const t = (lng: 'fr' | 'en') => {
  const instance = i18next.createInstance();
  void instance.use(messageFormatter).init({ ...i18nOptions(lng), initAsync: false });
  return instance;
};
let fr: ReturnType<typeof t>;
let en: ReturnType<typeof t>;
beforeAll(() => {
  fr = t('fr');
  en = t('en');
});

describe('numbers in interface messages', () => {
  it('reads "au taux de 655,957 XOF", not "655.957"', () => {
    const text = fr.t('budget.balance.partner', { amount: '1 €', rate: 655.957, currency: 'XOF' });
    expect(text).toContain('au taux de 655,957 XOF');
    expect(en.t('budget.balance.partner', { amount: '€1', rate: 655.957, currency: 'XOF' })).toContain('at 655.957 XOF');
  });

  it('formats a "{{x, number}}" parameter with the minus sign and grouped thousands', () => {
    expect(fr.t('readiness.rules.budgetDeficit', { amount: -180_000 })).toContain(`\u2212180${NNBSP}000`);
  });
});

describe('names in interface messages', () => {
  it('never shows an empty name between quotation marks', () => {
    const text = fr.t('readiness.rules.budgetLineZero', { label: '' });
    expect(text).not.toMatch(/«\s*»/);
    expect(text).toContain('sans intitulé');
    expect(fr.t('readiness.rules.budgetLineZero', { label: 'Billets' })).toContain(`«${NNBSP}Billets${NNBSP}»`);
  });
});
