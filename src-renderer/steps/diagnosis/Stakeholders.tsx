import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_TYPES, type Stakeholder, type Territory } from '../../../src-shared/model';
import { useAnnounce } from '../../components/announcer';
import { confirmOnce, useFocusLater, useMissing, useStableProgramme } from '../../components/authoring-hooks';
import { useHelp } from '../../components/help';
import { InfluenceMap } from '../../components/InfluenceMap';
import type { ProgrammeApi } from '../../state/programme';
import { useProgramme } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';
import { MissingMark, SelectCell, TextCell } from '../../components/kit';

const SCORES = ['1', '2', '3', '4', '5'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Stakeholders table with the influence / interest map beside it; both edit the same scores. */
export function Stakeholders() {
  const { t } = useTranslation();
  const { snapshot } = useProgramme();
  const p = useStableProgramme();
  const announce = useAnnounce();
  const focusLater = useFocusLater();
  const missing = useMissing();
  const list = snapshot.stakeholders;
  const unnamed = t('diagnosis.stakeholders.unnamed');
  const onMove = useCallback(
    (id: string, interest: number, influence: number) => {
      const s = p.snapshot.stakeholders.find((x) => x.id === id);
      void p.update('stakeholders', id, { interest, influence }).then(
        () => announce(t('diagnosis.map.moved', { name: s?.name.trim() || unnamed, interest, influence })),
        () => undefined,
      );
    },
    [p, announce, t, unnamed],
  );
  const add = async () => {
    const id = await p.add('stakeholders', { name: '' }).catch(() => '');
    if (id) focusLater(`stakeholder.${id}.name`);
  };
  const tableMissing = missing('diagnosis.stakeholders');
  return (
    <section className="stakeholders" aria-labelledby="stakeholders-title">
      <h2 id="stakeholders-title">{t('diagnosis.stakeholders.title')}</h2>
      <p className="step-intro">{t('diagnosis.stakeholders.intro')}</p>
      <div className="stakeholders-top">
        <InfluenceMap stakeholders={list} onMove={onMove} unnamed={unnamed} />
        <div className="stakeholders-legend">
          {list.length > 0 ? (
            <ol>
              {list.map((s) => (
                <li key={s.id}>{s.name.trim() || unnamed}</li>
              ))}
            </ol>
          ) : null}
        </div>
      </div>
      {list.length === 0 ? (
        <p className="empty">{t('diagnosis.stakeholders.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('diagnosis.stakeholders.caption')} tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">{t('diagnosis.stakeholders.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-number">{t('diagnosis.stakeholders.number')}</th>
                <th scope="col" className="cell-name">{t('diagnosis.stakeholders.name')}</th>
                <th scope="col" className="cell-type">{t('diagnosis.stakeholders.type')}</th>
                <th scope="col" className="cell-territory">{t('diagnosis.stakeholders.territory')}</th>
                <th scope="col" className="cell-role">{t('diagnosis.stakeholders.role')}</th>
                <th scope="col" className="cell-score">{t('diagnosis.stakeholders.interest')}</th>
                <th scope="col" className="cell-score">{t('diagnosis.stakeholders.influence')}</th>
                <th scope="col" className="cell-contact">{t('diagnosis.stakeholders.contactPerson')}</th>
                <th scope="col" className="cell-email">{t('diagnosis.stakeholders.email')}</th>
                <th scope="col" className="cell-phone">{t('diagnosis.stakeholders.phone')}</th>
                <th scope="col">{t('diagnosis.stakeholders.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((s, i) => (
                <StakeholderRow key={s.id} s={s} number={i + 1} territories={snapshot.territories} p={p} nameMissing={missing(`stakeholder.${s.id}.name`)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MissingMark className="field-status">{tableMissing}</MissingMark>
      <div className="toolbar">
        <button type="button" id="diagnosis.stakeholders" onClick={() => void add()}>
          <span aria-hidden="true">+ </span>
          {t('diagnosis.stakeholders.add')}
        </button>
      </div>
    </section>
  );
}

const StakeholderRow = memo(function StakeholderRow({
  s,
  number,
  territories,
  p,
  nameMissing,
}: {
  s: Stakeholder;
  number: number;
  territories: Territory[];
  p: ProgrammeApi;
  nameMissing: string | null;
}) {
  const { t } = useTranslation();
  const { setHelp } = useHelp();
  const name = s.name.trim() || t('diagnosis.stakeholders.unnamed');
  const label = (col: string) => `${t(`diagnosis.stakeholders.${col}`)} — ${name}`;
  const update = (fields: Partial<Stakeholder>) => void p.update('stakeholders', s.id, fields).catch(shownAsFailedSave);
  const help = (key: 'name' | 'role' | 'interest' | 'influence' | 'contactPerson') => () =>
    setHelp({ title: t(`diagnosis.stakeholders.${key}`), text: t(`diagnosis.stakeholders.help.${key}`) });
  const badEmail = s.email.trim() !== '' && !EMAIL.test(s.email.trim());
  const territoryName = (x: Territory) => x.name.trim() || t(`diagnosis.territory.${x.side}`);
  return (
    <tr>
      <td className="col-number">{number}</td>
      <td>
        <TextCell multiline={false} id={`stakeholder.${s.id}.name`} label={label('name')} value={s.name} missing={nameMissing} onFocus={help('name')} onCommit={(v) => update({ name: v })} />
      </td>
      <td>
        <SelectCell
          id={`stakeholder.${s.id}.type`}
          label={label('type')}
          value={s.type}
          options={STAKEHOLDER_TYPES.map((v) => ({ value: v, label: t(`diagnosis.stakeholders.types.${v}`) }))}
          onCommit={(v) => v && update({ type: v })}
        />
      </td>
      <td>
        <SelectCell
          id={`stakeholder.${s.id}.territoryId`}
          label={label('territory')}
          value={s.territoryId}
          emptyLabel={t('diagnosis.stakeholders.noTerritory')}
          options={territories.map((x) => ({ value: x.id, label: territoryName(x) }))}
          onCommit={(v) => update({ territoryId: v })}
        />
      </td>
      <td>
        <TextCell rows={2} id={`stakeholder.${s.id}.role`} label={label('role')} value={s.role} multiline onFocus={help('role')} onCommit={(v) => update({ role: v })} />
      </td>
      <td>
        <SelectCell
          id={`stakeholder.${s.id}.interest`}
          label={label('interest')}
          value={String(s.interest) as (typeof SCORES)[number]}
          options={SCORES.map((v) => ({ value: v, label: v }))}
          onFocus={help('interest')}
          onCommit={(v) => v && update({ interest: Number(v) })}
        />
      </td>
      <td>
        <SelectCell
          id={`stakeholder.${s.id}.influence`}
          label={label('influence')}
          value={String(s.influence) as (typeof SCORES)[number]}
          options={SCORES.map((v) => ({ value: v, label: v }))}
          onFocus={help('influence')}
          onCommit={(v) => v && update({ influence: Number(v) })}
        />
      </td>
      <td>
        <TextCell multiline={false} id={`stakeholder.${s.id}.contactPerson`} label={label('contactPerson')} value={s.contactPerson} onFocus={help('contactPerson')} onCommit={(v) => update({ contactPerson: v })} />
      </td>
      <td>
        <TextCell multiline={false}
          id={`stakeholder.${s.id}.email`}
          type="email"
          label={label('email')}
          value={s.email}
          invalid={badEmail}
          describedBy={badEmail ? `stakeholder.${s.id}.email-status` : undefined}
          onCommit={(v) => update({ email: v.trim() })}
        />
        {badEmail ? (
          <div id={`stakeholder.${s.id}.email-status`} className="field-status status-blocking">
            <span aria-hidden="true">✖ </span>
            {t('diagnosis.stakeholders.invalidEmail')}
          </div>
        ) : null}
      </td>
      <td>
        <TextCell multiline={false} id={`stakeholder.${s.id}.phone`} type="tel" label={label('phone')} value={s.phone} onCommit={(v) => update({ phone: v })} />
      </td>
      <td>
        <button
          type="button"
          className="button-danger"
          aria-label={t('diagnosis.stakeholders.remove', { name })}
          title={t('diagnosis.stakeholders.remove', { name })}
          onClick={() => {
            if (confirmOnce(t('diagnosis.stakeholders.removeConfirm', { name }))) void p.remove('stakeholders', s.id).catch(shownAsFailedSave);
          }}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </td>
    </tr>
  );
});
