import { useTranslation } from 'react-i18next';
import type { Governance as GovernanceSection } from '../../../src-shared/model';
import { useMissing } from '../../components/authoring-hooks';
import { useProgramme } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';
import { TextField } from '../../components/kit';

type GovernanceKey = keyof GovernanceSection;

/** Fields of the partnership's single-valued section, each saved on its own (labels under `partnership.<group>`). */
export function GovernanceFields({ group, keys, singleLine = [] }: { group: 'governance' | 'visas'; keys: readonly GovernanceKey[]; singleLine?: readonly GovernanceKey[] }) {
  const { t } = useTranslation();
  const p = useProgramme();
  const missing = useMissing();
  const g = p.snapshot.governance;
  return keys.map((key) => (
    <TextField
      key={key}
      id={`governance.${key}`}
      label={t(`partnership.${group}.${key}` as never)}
      help={t(`partnership.${group}.help.${key}` as never)}
      value={g[key]}
      multiline={!singleLine.includes(key)}
      rows={3}
      missing={missing(`governance.${key}`)}
      onCommit={(v) => p.updateSection('governance', { [key]: v } satisfies Partial<GovernanceSection>).catch(shownAsFailedSave)}
    />
  ));
}

/** Steering committee, technical committee, focal points. */
export function Governance() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="governance-title" className="form-column">
      <h2 id="governance-title">{t('partnership.governance.title')}</h2>
      <GovernanceFields
        group="governance"
        keys={['steeringComposition', 'steeringFrequency', 'technicalCommittee', 'focalPoints']}
        singleLine={['steeringFrequency']}
      />
    </section>
  );
}
