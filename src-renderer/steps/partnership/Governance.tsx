import { useTranslation } from 'react-i18next';
import type { Governance as GovernanceSection } from '../../../src-shared/model';
import { useMissing } from '../../components/authoring-hooks';
import { TextField } from '../../components/fields';
import { useProgramme } from '../../state/programme';

const FIELDS = ['steeringComposition', 'steeringFrequency', 'technicalCommittee', 'focalPoints'] as const;

/** Steering committee, technical committee, focal points. */
export function Governance() {
  const { t } = useTranslation();
  const p = useProgramme();
  const missing = useMissing();
  const g = p.snapshot.governance;
  return (
    <section aria-labelledby="governance-title" className="form-column">
      <h2 id="governance-title">{t('partnership.governance.title')}</h2>
      {FIELDS.map((key) => (
        <TextField
          key={key}
          id={`governance.${key}`}
          label={t(`partnership.governance.${key}`)}
          help={t(`partnership.governance.help.${key}`)}
          value={g[key]}
          multiline={key !== 'steeringFrequency'}
          rows={3}
          missing={missing(`governance.${key}`)}
          onCommit={(v) => p.updateSection('governance', { [key]: v } satisfies Partial<GovernanceSection>).catch(() => undefined)}
        />
      ))}
    </section>
  );
}
