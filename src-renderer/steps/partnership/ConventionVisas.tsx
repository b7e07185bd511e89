import { useTranslation } from 'react-i18next';
import type { Governance } from '../../../src-shared/model';
import { TextField } from '../../components/fields';
import { useProgramme } from '../../state/programme';

const FIELDS = ['conventionVisasFrance', 'conventionVisasPartner'] as const;

/** The texts the convention cites beyond the CGCT and the deliberations: other French texts, the partner country's law. */
export function ConventionVisas() {
  const { t } = useTranslation();
  const p = useProgramme();
  const g = p.snapshot.governance;
  return (
    <section aria-labelledby="visas-title" className="form-column">
      <h2 id="visas-title">{t('partnership.visas.title')}</h2>
      <p className="field-hint">{t('partnership.visas.intro')}</p>
      {FIELDS.map((key) => (
        <TextField
          key={key}
          id={`governance.${key}`}
          label={t(`partnership.visas.${key}`)}
          help={t(`partnership.visas.help.${key}`)}
          value={g[key]}
          multiline
          rows={3}
          onCommit={(v) => p.updateSection('governance', { [key]: v } satisfies Partial<Governance>).catch(() => undefined)}
        />
      ))}
    </section>
  );
}
