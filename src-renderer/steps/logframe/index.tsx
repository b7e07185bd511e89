import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorCodes, logframeCodes } from '../../../src-shared/method/numbering';
import type { LogframeRow } from '../../../src-shared/model';
import { useAnnounce } from '../../components/announcer';
import { focusWhenReady } from '../../components/focusWhenReady';
import { useRoute } from '../../router';
import { useProgramme } from '../../state/programme';
import { MatrixRow, type RowActions } from './MatrixRow';
import { activityBudgets } from '../../../src-shared/method/activity-costs';
import { Preconditions } from './Preconditions';
import { ActivityPurposes } from './ActivityPurposes';
import { CHILD_LEVEL, flattenLogframe, possibleParents } from './tree';
import './logframe.css';
import { shownAsFailedSave } from '../../state/store';

/** Above this many rows the matrix renders only what is on screen (8 OS, 40 results, 240 activities stay fluid). */
const VIRTUALISE_FROM = 60;
const EMPTY: never[] = [];

const focusSoon = focusWhenReady;

export default function LogframeStep() {
  const { t } = useTranslation();
  const p = useProgramme();
  const announce = useAnnounce();
  const route = useRoute();
  const { snapshot } = p;
  const programmeId = snapshot.id;
  const flat = useMemo(() => flattenLogframe(snapshot.logframe), [snapshot.logframe]);
  const codes = useMemo(() => logframeCodes(snapshot.logframe), [snapshot.logframe]);

  const budgetByActivity = useMemo(
    () =>
      new Map(
        activityBudgets({ logframe: snapshot.logframe, budgetLines: snapshot.budgetLines }).map((a) => [
          a.activityId,
          a,
        ]),
      ),
    [snapshot.logframe, snapshot.budgetLines],
  );
  const indicatorsByRow = useMemo(() => {
    const iCodes = indicatorCodes(snapshot.logframe, snapshot.indicators);
    const map = new Map<string, Array<{ id: string; code: string; wording: string }>>();
    for (const i of snapshot.indicators) {
      const list = map.get(i.logframeId) ?? [];
      list.push({ id: i.id, code: iCodes.get(i.id) ?? '', wording: i.wording });
      map.set(i.logframeId, list);
    }
    return map;
  }, [snapshot.logframe, snapshot.indicators]);

  const parentsByLevel = useMemo(() => {
    const of = (level: LogframeRow['level']) =>
      possibleParents(snapshot.logframe, level).map((r) => ({ id: r.id, code: codes.get(r.id) ?? '' }));
    return { goal: EMPTY, specific: of('specific'), result: of('result'), activity: of('activity') };
  }, [snapshot.logframe, codes]);

  // Actions read the latest state through a ref so the object stays stable and rows stay memoised.
  const latest = useRef({ p, flat, codes });
  latest.current = { p, flat, codes };
  const dragged = useRef<LogframeRow | null>(null);

  const actions = useMemo<RowActions>(() => {
    const moveRow = async (row: LogframeRow, parentId: string | null, index: number) => {
      await latest.current.p.run('logframe.moveRow', { programmeId, id: row.id, parentId, index });
      announce(
        t('logframe.moved', { code: logframeCodes(latest.current.p.snapshot.logframe).get(row.id) ?? '' }),
      );
    };
    return {
      update: (id, fields) => latest.current.p.update('logframe', id, fields),
      addChild: async (row) => {
        const level = CHILD_LEVEL[row.level];
        if (!level) return;
        const result = await latest.current.p.run('logframe.addRow', {
          programmeId,
          level,
          parentId: row.id,
        });
        if (result.createdId) focusSoon(`logframe.${result.createdId}.text`);
      },
      move: async (row, delta) => {
        const item = latest.current.flat.find((f) => f.row.id === row.id);
        if (!item) return;
        await moveRow(row, row.parentId, item.index + delta);
        focusSoon(`logframe.${row.id}.text`);
      },
      moveUnder: async (row, parentId) => {
        const siblings = latest.current.p.snapshot.logframe.filter((r) => r.parentId === parentId).length;
        await moveRow(row, parentId, siblings);
        focusSoon(`logframe.${row.id}.text`);
      },
      remove: async (item, code) => {
        const message =
          item.descendants > 0
            ? t('logframe.removeConfirm', { code, count: item.descendants })
            : t('logframe.removeConfirmSingle', { code });
        if (!window.confirm(message)) return;
        await latest.current.p.remove('logframe', item.row.id);
      },
      dragStart: (row) => {
        dragged.current = row;
      },
      drop: (target) => {
        const row = dragged.current;
        dragged.current = null;
        if (!row || row.id === target.id) return;
        if (target.level === row.level) {
          const item = latest.current.flat.find((f) => f.row.id === target.id);
          void moveRow(row, target.parentId, item?.index ?? 0).catch(shownAsFailedSave);
        } else if (CHILD_LEVEL[target.level] === row.level) {
          const siblings = latest.current.p.snapshot.logframe.filter(
            (r) => r.parentId === target.id && r.id !== row.id,
          ).length;
          void moveRow(row, target.id, siblings).catch(shownAsFailedSave);
        }
      },
    };
  }, [programmeId, announce, t]);

  const addGoal = async () => {
    const result = await p.run('logframe.addRow', { programmeId, level: 'goal', parentId: null });
    if (result.createdId) focusSoon(`logframe.${result.createdId}.text`);
  };

  const tableRef = useRef<HTMLTableElement>(null);
  const [offset, setOffset] = useState(0);
  useEffect(
    () => setOffset(tableRef.current ? tableRef.current.getBoundingClientRect().top + window.scrollY : 0),
    [],
  );
  const virtual = flat.length >= VIRTUALISE_FROM;
  const virtualizer = useWindowVirtualizer({
    count: flat.length,
    estimateSize: () => 64,
    overscan: 8,
    scrollMargin: offset,
    enabled: virtual,
  });

  // A readiness link may point at a row that is not rendered yet: bring it into view first.
  const focus = route.name === 'programme' ? route.focus : null;
  useEffect(() => {
    const m = focus ? /^logframe\.([0-9a-f-]{36})\./.exec(focus) : null;
    if (!virtual || !m) return;
    const index = flat.findIndex((f) => f.row.id === m[1]);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [focus, virtual]); // eslint-disable-line react-hooks/exhaustive-deps

  const renderRow = (index: number, measure?: (el: HTMLTableRowElement | null) => void) => {
    const item = flat[index]!;
    return (
      <MatrixRow
        key={item.row.id}
        flat={item}
        code={codes.get(item.row.id) ?? ''}
        programmeId={programmeId}
        indicators={indicatorsByRow.get(item.row.id) ?? EMPTY}
        parents={parentsByLevel[item.row.level]}
        parties={snapshot.parties}
        budget={budgetByActivity.get(item.row.id)}
        actions={actions}
        dataIndex={index}
        measure={measure}
      />
    );
  };

  const items = virtual ? virtualizer.getVirtualItems() : [];
  const padTop = virtual && items.length > 0 ? items[0]!.start - virtualizer.options.scrollMargin : 0;
  const padBottom =
    virtual && items.length > 0
      ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - virtualizer.options.scrollMargin)
      : 0;
  const hasGoal = snapshot.logframe.some((r) => r.level === 'goal');

  return (
    <div className="logframe-screen">
      <h1>{t('logframe.title')}</h1>
      <p className="step-intro">{t('logframe.intro')}</p>
      {!hasGoal ? (
        <div className="lf-empty">
          <p>{t('logframe.empty')}</p>
          <button
            type="button"
            id="logframe.addGoal"
            className="button-primary"
            onClick={() => void addGoal().catch(shownAsFailedSave)}
          >
            + {t('logframe.addGoal')}
          </button>
        </div>
      ) : null}
      {flat.length > 0 ? (
        <>
          <p className="lf-keyboard-hint">{t('logframe.keyboardHint')}</p>
          {/* Wider than a laptop's room beside the help panel: it scrolls in its own box, code and actions pinned. */}
          <div className="table-scroll lf-scroll" role="region" aria-label={t('logframe.title')} tabIndex={0}>
            <table className="table lf-matrix" ref={tableRef} aria-label={t('logframe.title')}>
              <colgroup>
                <col className="lf-col-code" />
                <col className="lf-col-logic" />
                <col className="lf-col-ind" />
                <col className="lf-col-src" />
                <col className="lf-col-hyp" />
                <col className="lf-col-actions" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('logframe.columns.code')}</th>
                  <th scope="col">{t('logframe.columns.logic')}</th>
                  <th scope="col">
                    {t('logframe.columns.indicators')}
                    <span className="lf-col-sub">{t('logframe.columns.means')}</span>
                  </th>
                  <th scope="col">
                    {t('logframe.columns.sources')}
                    <span className="lf-col-sub">{t('logframe.columns.cost')}</span>
                  </th>
                  <th scope="col">{t('logframe.columns.assumptions')}</th>
                  <th scope="col">{t('logframe.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {virtual ? (
                  <>
                    {padTop > 0 ? (
                      <tr aria-hidden="true" className="lf-spacer">
                        <td colSpan={6} style={{ height: padTop }} />
                      </tr>
                    ) : null}
                    {items.map((v) => renderRow(v.index, virtualizer.measureElement))}
                    {padBottom > 0 ? (
                      <tr aria-hidden="true" className="lf-spacer">
                        <td colSpan={6} style={{ height: padBottom }} />
                      </tr>
                    ) : null}
                  </>
                ) : (
                  flat.map((_f, index) => renderRow(index))
                )}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <ActivityPurposes flat={flat} codes={codes} themes={snapshot.framing.themes} update={actions.update} />
      <Preconditions />
    </div>
  );
}
