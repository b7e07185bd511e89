import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_CATEGORIES, type Territory, type Workshop } from '../../../src-shared/model';
import { confirmOnce, useFocusLater, useMissing, useStableProgramme } from '../../components/authoring-hooks';
import type { ProgrammeApi } from '../../state/programme';
import { useProgramme } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';
import { DateField, MissingMark, NumberCell, SelectField, TextField } from '../../components/kit';

/** The participatory process log: one card per workshop. */
export function Workshops() {
  const { t } = useTranslation();
  const { snapshot } = useProgramme();
  const p = useStableProgramme();
  const focusLater = useFocusLater();
  const missing = useMissing();
  const add = async () => {
    const id = await p.add('workshops', { title: '' }).catch(() => '');
    if (id) focusLater(`workshop.${id}.title`);
  };
  const listMissing = missing('diagnosis.workshops');
  return (
    <section aria-labelledby="workshops-title" className="form-column">
      <h2 id="workshops-title">{t('diagnosis.workshops.title')}</h2>
      <p className="step-intro">{t('diagnosis.workshops.intro')}</p>
      {snapshot.workshops.length === 0 ? <p className="empty">{t('diagnosis.workshops.empty')}</p> : null}
      {snapshot.workshops.map((w) => (
        <WorkshopCard key={w.id} w={w} territories={snapshot.territories} p={p} missing={missing} />
      ))}
      <MissingMark className="field-status">{listMissing}</MissingMark>
      <button type="button" id="diagnosis.workshops" onClick={() => void add()}>
        <span aria-hidden="true">+ </span>
        {t('diagnosis.workshops.add')}
      </button>
    </section>
  );
}

const WorkshopCard = memo(function WorkshopCard({
  w,
  territories,
  p,
  missing,
}: {
  w: Workshop;
  territories: Territory[];
  p: ProgrammeApi;
  missing: (id: string) => string | null;
}) {
  const { t } = useTranslation();
  const title = w.title.trim() || t('diagnosis.workshops.untitled');
  const update = (fields: Partial<Workshop>) => p.update('workshops', w.id, fields).catch(shownAsFailedSave);
  const count = (category: (typeof PARTICIPANT_CATEGORIES)[number]) => w.participants.find((x) => x.category === category)?.count ?? null;
  // Built on the last list sent while a save is in flight, so quick edits of two counts both stay.
  const sent = useRef<Workshop['participants'] | null>(null);
  const setCount = (category: (typeof PARTICIPANT_CATEGORIES)[number], value: number | null) => {
    const others = (sent.current ?? w.participants).filter((x) => x.category !== category);
    const participants = PARTICIPANT_CATEGORIES.flatMap((c) => {
      if (c === category) return value === null ? [] : [{ category: c, count: value }];
      return others.filter((x) => x.category === c);
    });
    sent.current = participants;
    void update({ participants }).finally(() => {
      if (sent.current === participants) sent.current = null;
    });
  };
  const total = w.participants.reduce((sum, x) => sum + x.count, 0);
  const headingId = `workshop-${w.id}-heading`;
  return (
    <article className="section-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('diagnosis.workshops.heading', { title })}</h3>
      <TextField id={`workshop.${w.id}.title`} label={t('diagnosis.workshops.titleField')} help={t('diagnosis.workshops.titleHelp')} value={w.title} missing={missing(`workshop.${w.id}.title`)} onCommit={(v) => update({ title: v })} />
      <div className="field-row">
        <DateField id={`workshop.${w.id}.date`} label={t('diagnosis.workshops.date')} value={w.date} missing={missing(`workshop.${w.id}.date`)} onCommit={(v) => update({ date: v })} />
        <TextField id={`workshop.${w.id}.place`} label={t('diagnosis.workshops.place')} help={t('diagnosis.workshops.placeHelp')} value={w.place} onCommit={(v) => update({ place: v })} />
        <SelectField
          id={`workshop.${w.id}.territoryId`}
          label={t('diagnosis.workshops.territory')}
          value={w.territoryId}
          allowEmpty
          emptyLabel={t('diagnosis.stakeholders.noTerritory')}
          options={territories.map((x) => ({ value: x.id, label: x.name.trim() || t(`diagnosis.territory.${x.side}`) }))}
          onCommit={(v) => update({ territoryId: v })}
        />
      </div>
      <fieldset className="workshop-participants" id={`workshop.${w.id}.participants`}>
        <legend>{t('diagnosis.workshops.participants')}</legend>
        {PARTICIPANT_CATEGORIES.map((c) => (
          <label key={c} htmlFor={`workshop.${w.id}.participants.${c}`}>
            <span>{t(`diagnosis.workshops.categories.${c}`)}</span>
            <NumberCell integer min={0} id={`workshop.${w.id}.participants.${c}`} label={`${t(`diagnosis.workshops.categories.${c}`)} — ${title}`} value={count(c)} max={1_000_000} onCommit={(v) => setCount(c, v)} />
          </label>
        ))}
        <p className="field-hint">{t('diagnosis.workshops.participantsTotal', { count: total })}</p>
      </fieldset>
      <TextField
        id={`workshop.${w.id}.conclusions`}
        label={t('diagnosis.workshops.conclusions')}
        help={t('diagnosis.workshops.conclusionsHelp')}
        multiline
        rows={4}
        value={w.conclusions}
        missing={missing(`workshop.${w.id}.conclusions`)}
        onCommit={(v) => update({ conclusions: v })}
      />
      <button
        type="button"
        className="button-danger"
        onClick={() => {
          if (confirmOnce(t('diagnosis.workshops.removeConfirm', { title }))) void p.remove('workshops', w.id).catch(shownAsFailedSave);
        }}
      >
        {t('diagnosis.workshops.remove', { title })}
      </button>
    </article>
  );
});
