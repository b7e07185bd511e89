import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party, Signatory } from '../../../src-shared/model';
import { confirmOnce, useFocusLater, useMissing, useStableProgramme } from '../../components/authoring-hooks';
import { useHelp } from '../../components/help';
import type { ProgrammeApi } from '../../state/programme';
import { useProgramme } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';
import { MissingMark, SelectCell, TextCell } from '../../components/kit';

/** Who signs, for which party, acting under which deliberation. */
export function Signatories() {
  const { t } = useTranslation();
  const { snapshot } = useProgramme();
  const p = useStableProgramme();
  const focusLater = useFocusLater();
  const missing = useMissing();
  const listMissing = missing('partnership.signatories');
  const add = async () => {
    const partyId = snapshot.parties.find((x) => !snapshot.signatories.some((s) => s.partyId === x.id))?.id ?? null;
    const id = await p.add('signatories', { name: '', partyId }).catch(() => '');
    if (id) focusLater(`signatory.${id}.name`);
  };
  return (
    <section aria-labelledby="signatories-title">
      <h2 id="signatories-title">{t('partnership.signatories.title')}</h2>
      {snapshot.signatories.length === 0 ? (
        <p className="empty">{t('partnership.signatories.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('partnership.signatories.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-wide">{t('partnership.signatories.name')}</th>
                <th scope="col" className="col-wide">{t('partnership.signatories.function')}</th>
                <th scope="col" className="col-party">{t('partnership.signatories.party')}</th>
                <th scope="col" className="col-date">{t('partnership.signatories.deliberationDate')}</th>
                <th scope="col" className="col-number">{t('partnership.signatories.deliberationNumber')}</th>
                <th scope="col" className="col-actions">{t('partnership.signatories.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {snapshot.signatories.map((s) => (
                <SignatoryRow key={s.id} s={s} parties={snapshot.parties} p={p} missing={missing} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MissingMark className="field-status">{listMissing}</MissingMark>
      <div className="toolbar">
        <button type="button" id="partnership.signatories" onClick={() => void add()}>
          <span aria-hidden="true">+ </span>
          {t('partnership.signatories.add')}
        </button>
      </div>
    </section>
  );
}

const SignatoryRow = memo(function SignatoryRow({
  s,
  parties,
  p,
  missing,
}: {
  s: Signatory;
  parties: Party[];
  p: ProgrammeApi;
  missing: (id: string) => string | null;
}) {
  const { t } = useTranslation();
  const { setHelp } = useHelp();
  const help = (key: 'name' | 'function' | 'deliberationDate') => () =>
    setHelp({ title: t(`partnership.signatories.${key}`), text: t(`partnership.signatories.help.${key}`) });
  const name = s.name.trim() || t('partnership.signatories.unnamed');
  const label = (key: string) => `${t(`partnership.signatories.${key}`)} — ${name}`;
  const update = (fields: Partial<Signatory>) => void p.update('signatories', s.id, fields).catch(shownAsFailedSave);
  return (
    <tr>
      <td>
        <TextCell multiline={false} id={`signatory.${s.id}.name`} label={label('name')} value={s.name} missing={missing(`signatory.${s.id}.name`)} onFocus={help('name')} onCommit={(v) => update({ name: v })} />
      </td>
      <td>
        <TextCell multiline={false} id={`signatory.${s.id}.function`} label={label('function')} value={s.function} missing={missing(`signatory.${s.id}.function`)} onFocus={help('function')} onCommit={(v) => update({ function: v })} />
      </td>
      <td>
        <SelectCell
          id={`signatory.${s.id}.partyId`}
          label={label('party')}
          value={s.partyId}
          emptyLabel={t('partnership.signatories.noParty')}
          options={parties.map((x) => ({ value: x.id, label: x.name.trim() || t(`partnership.parties.roles.${x.role}`) }))}
          onCommit={(v) => update({ partyId: v })}
        />
      </td>
      <td>
        <input
          id={`signatory.${s.id}.deliberationDate`}
          className="cell-input"
          type="date"
          aria-label={label('deliberationDate')}
          onFocus={help('deliberationDate')}
          value={s.deliberationDate ?? ''}
          onChange={(e) => update({ deliberationDate: e.target.value === '' ? null : e.target.value })}
        />
      </td>
      <td>
        <TextCell multiline={false} id={`signatory.${s.id}.deliberationNumber`} label={label('deliberationNumber')} value={s.deliberationNumber} onCommit={(v) => update({ deliberationNumber: v })} />
      </td>
      <td>
        <button
          type="button"
          className="button-danger"
          aria-label={t('partnership.signatories.remove', { name })}
          title={t('partnership.signatories.remove', { name })}
          onClick={() => {
            if (confirmOnce(t('partnership.signatories.removeConfirm', { name }))) void p.remove('signatories', s.id).catch(shownAsFailedSave);
          }}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </td>
    </tr>
  );
});
