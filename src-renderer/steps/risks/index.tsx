import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { logframeCodes } from '../../../src-shared/method/numbering';
import type { Risk } from '../../../src-shared/model';
import { useAnnounce } from '../../components/announcer';
import { useProgramme } from '../../state/programme';
import { flattenLogframe } from '../logframe/tree';
import './risks.css';
import { focusWhenReady } from '../../components/focusWhenReady';
import { shownAsFailedSave } from '../../state/store';
import { SelectField, TextField } from '../../components/kit';

const LEVELS = ['low', 'medium', 'high'] as const;
const RANK = { low: 1, medium: 2, high: 3 } as const;
/** Likelihood × impact on a 3 × 3 grid: 1–2 low, 3–4 medium, 6–9 high. */
const severity = (r: Risk) => {
  const score = RANK[r.likelihood] * RANK[r.impact];
  return score >= 6 ? 'high' : score >= 3 ? 'medium' : 'low';
};

export default function RisksStep() {
  const { t } = useTranslation();
  const p = useProgramme();
  const announce = useAnnounce();
  const { snapshot } = p;
  const codes = useMemo(() => logframeCodes(snapshot.logframe), [snapshot.logframe]);
  const rowOptions = useMemo(
    () =>
      flattenLogframe(snapshot.logframe)
        .filter((f) => f.row.level !== 'goal')
        .map(({ row }) => ({ value: row.id, label: `${codes.get(row.id) ?? ''} — ${row.text || t(`logframe.levels.${row.level}`)}`.slice(0, 90) })),
    [snapshot.logframe, codes, t],
  );
  const add = async () => {
    const id = await p.add('risks', {});
    focusWhenReady(`risk.${id}.text`);
  };
  const copyToAssumptions = async (risk: Risk) => {
    const row = snapshot.logframe.find((r) => r.id === risk.logframeId);
    if (!row || !risk.text.trim()) return;
    const assumptions = row.assumptions.trim() ? `${row.assumptions.trim()}\n${risk.text.trim()}` : risk.text.trim();
    await p.update('logframe', row.id, { assumptions });
    announce(t('risks.copied', { code: codes.get(row.id) ?? '' }));
  };

  return (
    <div className="risks-screen">
      <h1>{t('risks.title')}</h1>
      <p className="step-intro">{t('risks.intro')}</p>
      {snapshot.risks.length === 0 ? <p className="empty">{t('risks.none')}</p> : null}
      <ol className="risk-list">
        {snapshot.risks.map((risk, index) => {
          const n = index + 1;
          const id = (f: string) => `risk.${risk.id}.${f}`;
          const set = (fields: Partial<Risk>) => p.update('risks', risk.id, fields);
          const level = severity(risk);
          const linked = snapshot.logframe.find((r) => r.id === risk.logframeId);
          const code = linked ? (codes.get(linked.id) ?? '') : '';
          return (
            <li key={risk.id} className="risk-card">
              <div className="risk-head">
                <h2>{t('risks.item', { n })}</h2>
                <span className={`risk-severity severity-${level}`}>
                  <span aria-hidden="true">{level === 'high' ? '▲ ' : level === 'medium' ? '◆ ' : '▼ '}</span>
                  {t(`risks.scores.${level}`)}
                </span>
                <button
                  type="button"
                  className="button-danger"
                  onClick={() => window.confirm(t('risks.removeConfirm', { n })) && void p.remove('risks', risk.id).catch(shownAsFailedSave)}
                >
                  {t('risks.remove', { n })}
                </button>
              </div>
              <div className="form-column">
                <TextField id={id('text')} label={t('risks.fields.text')} value={risk.text} multiline rows={2} onCommit={(text) => set({ text })} help={t('risks.help.text.text')} example={t('risks.help.text.example')} />
                <div className="field-row">
                  <SelectField id={id('likelihood')} label={t('risks.fields.likelihood')} value={risk.likelihood} options={LEVELS.map((v) => ({ value: v, label: t(`risks.levels.${v}`) }))} onCommit={(likelihood) => (likelihood ? set({ likelihood }) : undefined)} />
                  <SelectField id={id('impact')} label={t('risks.fields.impact')} value={risk.impact} options={LEVELS.map((v) => ({ value: v, label: t(`risks.impactLevels.${v}`) }))} onCommit={(impact) => (impact ? set({ impact }) : undefined)} />
                  <TextField id={id('owner')} label={t('risks.fields.owner')} value={risk.owner} onCommit={(owner) => set({ owner })} />
                </div>
                <TextField id={id('mitigation')} label={t('risks.fields.mitigation')} value={risk.mitigation} multiline rows={2} onCommit={(mitigation) => set({ mitigation })} help={t('risks.help.mitigation.text')} example={t('risks.help.mitigation.example')} />
                <SelectField id={id('logframeId')} label={t('risks.fields.logframe')} value={risk.logframeId} allowEmpty emptyLabel={t('risks.noLink')} options={rowOptions} onCommit={(logframeId) => set({ logframeId })} />
                {linked ? (
                  <div className="risk-assumptions">
                    <p>{linked.assumptions.trim() ? t('risks.assumptions', { code, text: linked.assumptions }) : t('risks.assumptionsEmpty', { code })}</p>
                    {risk.text.trim() && !linked.assumptions.includes(risk.text.trim()) ? (
                      <button type="button" onClick={() => void copyToAssumptions(risk).catch(shownAsFailedSave)}>
                        {t('risks.copyToAssumptions', { code })}
                      </button>
                    ) : null}
                  </div>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" id="risks.add" className="button-primary" onClick={() => void add().catch(shownAsFailedSave)}>
        + {t('risks.add')}
      </button>
    </div>
  );
}
