import { memo, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityBudget } from '../../../src-shared/method/activity-costs';
import type { LogframeRow, Party } from '../../../src-shared/model';
import { money } from '../budget/money';
import { hrefOf } from '../../router';
import { CHILD_LEVEL, type FlatRow } from './tree';
import { NumberCell, TextCell } from '../../components/kit';

export interface RowActions {
  update(id: string, fields: Partial<LogframeRow>): unknown;
  addChild(row: LogframeRow): unknown;
  move(row: LogframeRow, delta: -1 | 1): unknown;
  moveUnder(row: LogframeRow, parentId: string): unknown;
  remove(flat: FlatRow, code: string): unknown;
  dragStart(row: LogframeRow): void;
  drop(target: LogframeRow): void;
}

interface Props {
  flat: FlatRow;
  code: string;
  programmeId: string;
  indicators: ReadonlyArray<{ id: string; code: string; wording: string }>;
  parents: ReadonlyArray<{ id: string; code: string }>;
  parties: readonly Party[];
  /** Activities: the budget lines attached to it. */
  budget?: ActivityBudget | undefined;
  actions: RowActions;
  /** Virtualiser hooks. */
  dataIndex?: number;
  measure?: ((el: HTMLTableRowElement | null) => void) | undefined;
}

/** One row of the matrix. Memoised: typing in a cell re-renders that cell only. */
export const MatrixRow = memo(function MatrixRow({ flat, code, programmeId, indicators, parents, parties, budget, actions, dataIndex, measure }: Props) {
  const { t, i18n } = useTranslation();
  const { row } = flat;
  const label = (column: string) => t('logframe.cellLabel', { column: t(`logframe.columns.${column}`), code });
  const help = (key: string) => ({
    title: t(`logframe.help.${key}.title`),
    text: t(`logframe.help.${key}.text`),
    example: t(`logframe.help.${key}.example`),
  });
  const childLevel = CHILD_LEVEL[row.level];
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const delta = e.key === 'ArrowUp' ? -1 : 1;
    if ((delta === -1 && flat.index > 0) || (delta === 1 && flat.index < flat.siblings - 1)) void actions.move(row, delta);
  };
  const isActivity = row.level === 'activity';
  return (
    <tr
      ref={measure}
      data-index={dataIndex}
      className={`lf-row lf-${row.level}`}
      data-row-id={row.id}
      onKeyDown={onKeyDown}
      onDragOver={(e: DragEvent) => e.preventDefault()}
      onDrop={(e: DragEvent) => {
        e.preventDefault();
        actions.drop(row);
      }}
    >
      <th scope="row" className="lf-code" style={{ paddingLeft: `${0.4 + flat.depth * 0.6}rem` }}>
        <span
          className="lf-drag"
          draggable
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', row.id);
            actions.dragStart(row);
          }}
          title={t('logframe.dragHandle')}
          aria-hidden="true"
        >
          ⠿
        </span>
        <span className="lf-code-text">{code}</span>
        <span className="lf-level">{t(`logframe.levels.${row.level}`)}</span>
      </th>
      <td>
        <TextCell id={`logframe.${row.id}.text`} label={label('logic')} value={row.text} help={help(row.level)} onCommit={(text) => actions.update(row.id, { text })} />
        {childLevel ? (
          <button
            type="button"
            className="lf-add-child"
            id={`logframe.${row.id}.addChild`}
            onClick={() => void actions.addChild(row)}
            aria-label={t(`logframe.addChildOf.${row.level}`, { code })}
          >
            + {t(`logframe.addChild.${row.level}`)}
          </button>
        ) : null}
      </td>
      <td>
        {isActivity ? (
          <TextCell id={`logframe.${row.id}.means`} label={label('means')} value={row.means} help={help('means')} onCommit={(means) => actions.update(row.id, { means })} />
        ) : (
          <div className="lf-indicators">
            {indicators.length === 0 ? <span className="lf-none">{t('logframe.noIndicator')}</span> : null}
            <ul>
              {indicators.map((i) => (
                <li key={i.id}>
                  <a href={hrefOf.programme(programmeId, 'indicators', `indicator.${i.id}.wording`)}>
                    <strong>{i.code}</strong> {i.wording}
                  </a>
                </li>
              ))}
            </ul>
            <a className="lf-add-indicator" href={hrefOf.programme(programmeId, 'indicators', `indicators.add.${row.id}`)}>
              + {t('logframe.addIndicator')}
              <span className="visually-hidden"> — {code}</span>
            </a>
          </div>
        )}
      </td>
      <td>
        {isActivity ? (
          <div className="lf-cost">
            <NumberCell id={`logframe.${row.id}.cost`} label={label('cost')} value={row.cost} min={0} help={help('cost')} onCommit={(cost) => actions.update(row.id, { cost })} />
            <select
              aria-label={t('logframe.responsible', { code })}
              className="cell-input"
              value={row.responsiblePartyId ?? ''}
              onChange={(e) => void actions.update(row.id, { responsiblePartyId: e.target.value || null })}
            >
              <option value="">{t('logframe.responsibleNone')}</option>
              {parties.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <ActivityLines budget={budget} programmeId={programmeId} locale={i18n.language === 'en' ? 'en' : 'fr'} />
          </div>
        ) : (
          <TextCell id={`logframe.${row.id}.sources`} label={label('sources')} value={row.sources} help={help('sources')} onCommit={(sources) => actions.update(row.id, { sources })} />
        )}
      </td>
      <td>
        <TextCell
          id={`logframe.${row.id}.assumptions`}
          label={label('assumptions')}
          value={row.assumptions}
          help={help('assumptions')}
          onCommit={(assumptions) => actions.update(row.id, { assumptions })}
        />
      </td>
      <td className="lf-actions">
        <div className="row-actions">
          {row.level !== 'goal' ? (
            <>
              <button type="button" aria-label={t('logframe.moveUp', { code })} title={t('logframe.moveUp', { code })} disabled={flat.index === 0} onClick={() => void actions.move(row, -1)}>
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                aria-label={t('logframe.moveDown', { code })}
                title={t('logframe.moveDown', { code })}
                disabled={flat.index >= flat.siblings - 1}
                onClick={() => void actions.move(row, 1)}
              >
                <span aria-hidden="true">↓</span>
              </button>
            </>
          ) : null}
          {parents.length > 1 ? (
            <select aria-label={t('logframe.moveTo', { code })} className="lf-move-to" value="" onChange={(e) => e.target.value && void actions.moveUnder(row, e.target.value)}>
              <option value="">{t('logframe.moveToPlaceholder')}</option>
              {parents
                .filter((p) => p.id !== row.parentId)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.code}
                  </option>
                ))}
            </select>
          ) : null}
          <button type="button" className="button-danger" aria-label={t('logframe.remove', { code })} title={t('logframe.remove', { code })} onClick={() => void actions.remove(flat, code)}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      </td>
    </tr>
  );
});

/** "Budget : 2 lignes, 180 000 €" under an activity's cost, each line linked to the budget screen. */
function ActivityLines({ budget, programmeId, locale }: { budget: ActivityBudget | undefined; programmeId: string; locale: 'fr' | 'en' }) {
  const { t } = useTranslation();
  if (!budget || budget.lines.length === 0) return <p className="lf-budget-lines">{t('logframe.budgetNoLine')}</p>;
  return (
    <details className="lf-budget-lines">
      <summary>{t('logframe.budgetLines', { count: budget.lines.length, total: money(budget.linesTotal, locale) })}</summary>
      <ul className="compact-list">
        {budget.lines.map((l) => (
          <li key={l.id}>
            <a href={hrefOf.programme(programmeId, 'budget', `budgetLine.${l.id}.label`)}>{l.label || t('common.noName')}</a> — {money(l.amount, locale)}
          </li>
        ))}
      </ul>
    </details>
  );
}
