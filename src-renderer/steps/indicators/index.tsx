import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorCodes, logframeCodes } from '../../../src-shared/method/numbering';
import { focusWhenReady } from '../../components/focusWhenReady';
import { hrefOf, useRoute } from '../../router';
import { useProgramme } from '../../state/programme';
import { flattenLogframe } from '../logframe/tree';
import { IndicatorCard } from './IndicatorCard';
import './indicators.css';
import { shownAsFailedSave } from '../../state/store';

/** Which indicator a focus id (from a readiness link) belongs to, so its card opens first. */
function indicatorOfFocus(focus: string | null, targets: ReadonlyArray<{ id: string; indicatorId: string }>): string | null {
  if (!focus) return null;
  const direct = /^indicator\.([0-9a-f-]{36})\./.exec(focus);
  if (direct) return direct[1]!;
  const target = /^indicatorTarget\.([0-9a-f-]{36})\./.exec(focus);
  return target ? (targets.find((t) => t.id === target[1])?.indicatorId ?? null) : null;
}

export default function IndicatorsStep() {
  const { t } = useTranslation();
  const p = useProgramme();
  const route = useRoute();
  const { snapshot } = p;
  const focus = route.name === 'programme' ? route.focus : null;
  const [open, setOpen] = useState<ReadonlySet<string>>(() => {
    const id = indicatorOfFocus(focus, snapshot.indicatorTargets);
    return new Set(id ? [id] : []);
  });
  useEffect(() => {
    const id = indicatorOfFocus(focus, snapshot.indicatorTargets);
    if (id) setOpen((s) => new Set([...s, id]));
  }, [focus]); // eslint-disable-line react-hooks/exhaustive-deps

  const rowCodes = useMemo(() => logframeCodes(snapshot.logframe), [snapshot.logframe]);
  const codes = useMemo(() => indicatorCodes(snapshot.logframe, snapshot.indicators), [snapshot.logframe, snapshot.indicators]);
  const rows = useMemo(
    () => flattenLogframe(snapshot.logframe).filter((f) => f.row.level !== 'activity' || snapshot.indicators.some((i) => i.logframeId === f.row.id)),
    [snapshot.logframe, snapshot.indicators],
  );

  const toggle = (id: string, isOpen: boolean) =>
    setOpen((s) => {
      const next = new Set(s);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });

  const add = async (logframeId: string) => {
    const result = await p.run('indicator.add', { programmeId: snapshot.id, logframeId });
    if (!result.createdId) return;
    toggle(result.createdId, true);
    focusWhenReady(`indicator.${result.createdId}.wording`);
  };

  return (
    <div className="indicators-screen">
      <h1>{t('indicators.title')}</h1>
      <p className="step-intro">{t('indicators.intro')}</p>
      {rows.length === 0 ? (
        <p>
          {t('indicators.noLogframe')} <a href={hrefOf.programme(snapshot.id, 'logframe')}>{t('indicators.toLogframe')}</a>
        </p>
      ) : null}
      {rows.map(({ row }) => {
        const code = rowCodes.get(row.id) ?? '';
        const list = snapshot.indicators.filter((i) => i.logframeId === row.id);
        return (
          <section key={row.id} className={`ind-row ind-${row.level}`} aria-labelledby={`ind-row-${row.id}`}>
            <h2 id={`ind-row-${row.id}`}>
              <span className="ind-row-code">{code}</span> {row.text || t(`logframe.levels.${row.level}`)}
            </h2>
            {list.length === 0 ? <p className="empty">{t('indicators.none')}</p> : null}
            {list.map((indicator) => (
              <IndicatorCard
                key={indicator.id}
                indicator={indicator}
                code={codes.get(indicator.id) ?? ''}
                open={open.has(indicator.id)}
                onToggle={(isOpen) => toggle(indicator.id, isOpen)}
              />
            ))}
            <button type="button" id={`indicators.add.${row.id}`} onClick={() => void add(row.id).catch(shownAsFailedSave)} aria-label={t('indicators.addFor', { code })}>
              + {t('indicators.add')}
            </button>
          </section>
        );
      })}
    </div>
  );
}
