import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetGroup } from '../../../src-shared/model';
import { formatNumber } from '../../../src-shared/i18n/format';
import { confirmOnce, useFocusLater, useStableProgramme } from '../../components/authoring-hooks';
import { useHelp } from '../../components/help';
import { currentLocale } from '../../i18n';
import { useProgramme, type ProgrammeApi } from '../../state/programme';
import { shownAsFailedSave } from '../../state/store';
import { MissingMark, NumberCell, TextCell } from '../../components/kit';

/** Target groups with estimated numbers: direct / indirect, of whom women / men. */
export function TargetGroups({ missing }: { missing: (id: string) => string | null }) {
  const { t } = useTranslation();
  const { snapshot } = useProgramme();
  const p = useStableProgramme();
  const focusLater = useFocusLater();
  const groups = snapshot.targetGroups;
  const locale = currentLocale();
  const sum = (key: 'direct' | 'indirect' | 'women' | 'men') => groups.reduce((acc, g) => acc + (g[key] ?? 0), 0);
  const add = async () => {
    const id = await p.add('targetGroups', { label: '' }).catch(() => '');
    if (id) focusLater(`targetGroup.${id}.label`);
  };
  const tableMissing = missing('framing.targetGroups');
  return (
    <div className="target-groups">
      <h3 id="target-groups-title">{t('framing.targetGroups.title')}</h3>
      <p className="field-hint">{t('framing.help.targetGroups')}</p>
      {groups.length === 0 ? (
        <p className="empty">{t('framing.targetGroups.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" aria-labelledby="target-groups-title">
            <caption className="visually-hidden">{t('framing.targetGroups.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-label">{t('framing.targetGroups.label')}</th>
                <th scope="col" className="num">{t('framing.targetGroups.direct')}</th>
                <th scope="col" className="num">{t('framing.targetGroups.indirect')}</th>
                <th scope="col" className="num">{t('framing.targetGroups.women')}</th>
                <th scope="col" className="num">{t('framing.targetGroups.men')}</th>
                <th scope="col">{t('framing.targetGroups.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <GroupRow key={g.id} group={g} p={p} labelMissing={missing(`targetGroup.${g.id}.label`)} />
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('framing.targetGroups.totals')}</th>
                <td className="num">{formatNumber(sum('direct'), locale)}</td>
                <td className="num">{formatNumber(sum('indirect'), locale)}</td>
                <td className="num">{formatNumber(sum('women'), locale)}</td>
                <td className="num">{formatNumber(sum('men'), locale)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <MissingMark className="field-status">{tableMissing}</MissingMark>
      <button type="button" id="framing.targetGroups" onClick={() => void add()}>
        <span aria-hidden="true">+ </span>
        {t('framing.targetGroups.add')}
      </button>
    </div>
  );
}

const GroupRow = memo(function GroupRow({ group: g, p, labelMissing }: { group: TargetGroup; p: ProgrammeApi; labelMissing: string | null }) {
  const { t } = useTranslation();
  const { setHelp } = useHelp();
  const name = g.label.trim() || t('framing.targetGroups.untitled');
  const update = (fields: Partial<TargetGroup>) => void p.update('targetGroups', g.id, fields).catch(shownAsFailedSave);
  const mismatch = g.direct !== null && (g.women ?? 0) + (g.men ?? 0) > g.direct;
  const onFocus = () => setHelp({ title: t('framing.targetGroups.title'), text: t('framing.help.targetGroups') });
  const count = (key: 'direct' | 'indirect' | 'women' | 'men') => (
    <td className="num">
      <NumberCell integer min={0}
        id={`targetGroup.${g.id}.${key}`}
        label={`${t(`framing.targetGroups.${key}`)} — ${name}`}
        value={g[key]}
        invalid={mismatch && (key === 'women' || key === 'men')}
        describedBy={mismatch && (key === 'women' || key === 'men') ? `targetGroup.${g.id}.mismatch` : undefined}
        onFocus={onFocus}
        onCommit={(v) => update({ [key]: v })}
      />
    </td>
  );
  return (
    <tr>
      <td>
        <TextCell multiline={false} id={`targetGroup.${g.id}.label`} label={`${t('framing.targetGroups.label')} — ${name}`} value={g.label} missing={labelMissing} onFocus={onFocus} onCommit={(label) => update({ label })} />
        {mismatch ? (
          <div id={`targetGroup.${g.id}.mismatch`} className="field-status status-blocking">
            <span aria-hidden="true">✖ </span>
            {t('framing.targetGroups.sexMismatch')}
          </div>
        ) : null}
      </td>
      {count('direct')}
      {count('indirect')}
      {count('women')}
      {count('men')}
      <td>
        <button
          type="button"
          className="button-danger"
          aria-label={t('framing.targetGroups.remove', { label: name })}
          title={t('framing.targetGroups.remove', { label: name })}
          onClick={() => {
            if (confirmOnce(t('framing.targetGroups.removeConfirm', { label: name }))) void p.remove('targetGroups', g.id).catch(shownAsFailedSave);
          }}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </td>
    </tr>
  );
});
