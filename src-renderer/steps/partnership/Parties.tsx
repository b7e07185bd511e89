import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../src-shared/model';
import { confirmOnce, useMissing, useStableProgramme } from '../../components/authoring-hooks';
import { useHelp } from '../../components/help';
import { hrefOf } from '../../router';
import type { ProgrammeApi } from '../../state/programme';
import { useProgramme } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';
import { MissingMark, TextCell } from '../../components/kit';

const ROLES = ['lead', 'partner', 'other'] as const;

/** Parties are chosen among the stakeholders; the Département and the partner each once. */
export function Parties() {
  const { t } = useTranslation();
  const { snapshot } = useProgramme();
  const p = useStableProgramme();
  const missing = useMissing();
  const available = snapshot.stakeholders.filter((s) => !snapshot.parties.some((x) => x.stakeholderId === s.id));
  const hasRole = (role: Party['role']) => snapshot.parties.some((x) => x.role === role);
  const firstFreeRole = ROLES.find((r) => r === 'other' || !hasRole(r))!;
  const [stakeholderId, setStakeholderId] = useState('');
  const [role, setRole] = useState<Party['role'] | ''>('');
  const chosenRole = role && (role === 'other' || !hasRole(role)) ? role : firstFreeRole;
  const add = async () => {
    if (!stakeholderId) return;
    try {
      await p.run('partnership.addParty', { programmeId: p.snapshot.id, stakeholderId, role: chosenRole });
      setStakeholderId('');
      setRole('');
    } catch {
      /* shown by the error banner */
    }
  };
  const partiesMissing = missing('partnership.parties');
  return (
    <section aria-labelledby="parties-title">
      <h2 id="parties-title">{t('partnership.parties.title')}</h2>
      <p className="step-intro">{t('partnership.parties.intro')}</p>
      {snapshot.parties.length === 0 ? (
        <p className="empty">{t('partnership.parties.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('partnership.parties.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partnership.parties.role')}</th>
                <th scope="col" className="col-wide">{t('partnership.parties.name')}</th>
                <th scope="col" className="col-wide">{t('partnership.parties.seat')}</th>
                <th scope="col" className="col-wide">{t('partnership.parties.representedBy')}</th>
                <th scope="col" className="col-actions">{t('partnership.parties.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {snapshot.parties.map((party) => (
                <PartyRow key={party.id} party={party} p={p} nameMissing={missing(`party.${party.id}.name`)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MissingMark className="field-status">{partiesMissing}</MissingMark>
      {available.length === 0 ? (
        <p className="field-hint">
          {t('partnership.parties.noStakeholders')} <a href={hrefOf.programme(snapshot.id, 'diagnosis', 'stakeholders')}>{t('partnership.parties.goToStakeholders')}</a>
        </p>
      ) : (
        <div className="party-add">
          <div className="field">
            <label htmlFor="partnership.parties">{t('partnership.parties.stakeholder')}</label>
            <select id="partnership.parties" value={stakeholderId} onChange={(e) => setStakeholderId(e.target.value)}>
              <option value="">{t('partnership.parties.chooseStakeholder')}</option>
              {available.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name.trim() || t('diagnosis.stakeholders.unnamed')}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="party-role">{t('partnership.parties.roleOfNew')}</label>
            <select id="party-role" value={chosenRole} onChange={(e) => setRole(e.target.value as Party['role'])}>
              {ROLES.filter((r) => r === 'other' || !hasRole(r)).map((r) => (
                <option key={r} value={r}>
                  {t(`partnership.parties.roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => void add()} disabled={!stakeholderId}>
            {t('partnership.parties.add')}
          </button>
        </div>
      )}
    </section>
  );
}

const PartyRow = memo(function PartyRow({ party, p, nameMissing }: { party: Party; p: ProgrammeApi; nameMissing: string | null }) {
  const { t } = useTranslation();
  const { setHelp } = useHelp();
  const name = party.name.trim() || t('diagnosis.stakeholders.unnamed');
  const update = (fields: Partial<Party>) => void p.update('parties', party.id, fields).catch(shownAsFailedSave);
  return (
    <tr>
      <th scope="row">{t(`partnership.parties.roles.${party.role}`)}</th>
      <td>
        <TextCell multiline={false} id={`party.${party.id}.name`} label={`${t('partnership.parties.name')} — ${name}`} value={party.name} missing={nameMissing} onCommit={(v) => update({ name: v })} />
      </td>
      <td>
        <TextCell multiline={false}
          id={`party.${party.id}.seat`}
          label={`${t('partnership.parties.seat')} — ${name}`}
          value={party.seat}
          onFocus={() => setHelp({ title: t('partnership.parties.seat'), text: t('partnership.parties.help.seat') })}
          onCommit={(v) => update({ seat: v })}
        />
      </td>
      <td>
        <TextCell multiline={false}
          id={`party.${party.id}.representedBy`}
          label={`${t('partnership.parties.representedBy')} — ${name}`}
          value={party.representedBy}
          onFocus={() => setHelp({ title: t('partnership.parties.representedBy'), text: t('partnership.parties.help.representedBy') })}
          onCommit={(v) => update({ representedBy: v })}
        />
      </td>
      <td>
        <button
          type="button"
          className="button-danger"
          aria-label={t('partnership.parties.remove', { name })}
          title={t('partnership.parties.remove', { name })}
          onClick={() => {
            if (confirmOnce(t('partnership.parties.removeConfirm', { name }))) void p.remove('parties', party.id).catch(shownAsFailedSave);
          }}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </td>
    </tr>
  );
});
