import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DIAGNOSIS_SECTIONS, type Territory } from '../../../src-shared/model';
import { useMissing, useStableProgramme } from '../../components/authoring-hooks';
import { Attachments } from '../../components/Attachments';
import { RichTextField } from '../../components/kit';
import { useProgramme } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';
import { TextField } from '../../components/kit';

/** Context sections of each territory, side by side, each column named after its authority. */
export function Contexts() {
  const { t } = useTranslation();
  const { snapshot, settings } = useProgramme();
  const missing = useMissing();
  const authority = (side: Territory['side']) =>
    side === 'france'
      ? snapshot.parties.find((x) => x.role === 'lead')?.name.trim() || settings.name.trim() || t('diagnosis.territory.france')
      : snapshot.parties.find((x) => x.role === 'partner')?.name.trim() || snapshot.framing.partnerAuthority.trim() || t('diagnosis.territory.partner');
  const territories = [...snapshot.territories].sort((a, b) => (a.side === b.side ? 0 : a.side === 'france' ? -1 : 1));
  return (
    <div className="contexts-grid">
      {territories.map((territory) => (
        <TerritoryColumn key={territory.id} territory={territory} authority={authority(territory.side)} missing={missing} />
      ))}
    </div>
  );
}

const TerritoryColumn = memo(function TerritoryColumn({
  territory,
  authority,
  missing,
}: {
  territory: Territory;
  authority: string;
  missing: (id: string) => string | null;
}) {
  const { t } = useTranslation();
  const p = useStableProgramme();
  const headingId = `territory-${territory.id}-heading`;
  // Sections are saved as one object: build each save on the last one sent, not on a snapshot that
  // an earlier save in flight has not updated yet.
  const sent = useRef<Territory['sections'] | null>(null);
  const saveSection = (key: (typeof DIAGNOSIS_SECTIONS)[number], value: Territory['sections'][typeof key]) => {
    const sections = { ...(sent.current ?? p.snapshot.territories.find((x) => x.id === territory.id)!.sections), [key]: value };
    sent.current = sections;
    void p
      .update('territories', territory.id, { sections })
      .catch(shownAsFailedSave)
      .finally(() => {
        if (sent.current === sections) sent.current = null;
      });
  };
  return (
    <section className="territory-column section-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {authority}
        <span className="territory-side">{t(`diagnosis.territory.${territory.side}`)}</span>
      </h2>
      <TextField
        id={`territory.${territory.id}.name`}
        label={t('diagnosis.territory.name')}
        help={t('diagnosis.territory.nameHelp')}
        value={territory.name}
        missing={missing(`territory.${territory.id}.name`)}
        onCommit={(name) => p.update('territories', territory.id, { name }).catch(shownAsFailedSave)}
      />
      {DIAGNOSIS_SECTIONS.map((key) => (
        <RichTextField
          key={key}
          id={`territory.${territory.id}.${key}`}
          label={t(`diagnosis.sections.${key}`)}
          help={t(`diagnosis.sectionHelp.${key}`)}
          value={territory.sections[key]}
          missing={missing(`territory.${territory.id}.${key}`)}
          onCommit={(value) => saveSection(key, value)}
        />
      ))}
      <Attachments
        ownerKind="territory"
        ownerId={territory.id}
        sections={DIAGNOSIS_SECTIONS.map((key) => ({ key, label: t(`diagnosis.sections.${key}`) }))}
        title={`${t('archive.attachments.title')} — ${authority}`}
      />
    </section>
  );
});
