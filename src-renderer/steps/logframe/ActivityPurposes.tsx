import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { programmePurpose } from '../../../src-shared/method/dac-codes';
import type { LogframeRow } from '../../../src-shared/model';
import { PurposeCell } from '../budget/PurposeCell';
import type { FlatRow } from './tree';

/**
 * Each activity's OECD DAC purpose code, under the matrix: a label can run to 80 characters, more than a matrix
 * column holds at 1366 px, so the codes have their own table where each select is as wide as its value.
 */
export const ActivityPurposes = memo(function ActivityPurposes(props: {
  flat: readonly FlatRow[];
  codes: ReadonlyMap<string, string>;
  themes: Parameters<typeof programmePurpose>[0];
  update: (id: string, fields: Partial<LogframeRow>) => unknown;
}) {
  const { t } = useTranslation();
  const activities = props.flat.filter((f) => f.row.level === 'activity').map((f) => f.row);
  if (activities.length === 0) return null;
  const inherited = programmePurpose(props.themes);
  return (
    <section className="lf-purposes">
      <h2 id="lf-purposes-title">{t('budget.purpose.title')}</h2>
      <p className="step-intro">{t('budget.purpose.intro')}</p>
      <div className="table-scroll" role="region" aria-labelledby="lf-purposes-title" tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('budget.purpose.activityColumn')}</th>
              <th scope="col">{t('budget.purpose.column')}</th>
            </tr>
          </thead>
          <tbody>
            {activities.map((row) => (
              <PurposeRow key={row.id} row={row} code={props.codes.get(row.id) ?? ''} inherited={inherited} update={props.update} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});

/** One activity's row. Memoised: an edit elsewhere in the logframe re-renders only the rows it changed. */
const PurposeRow = memo(function PurposeRow(props: { row: LogframeRow; code: string; inherited: string; update: (id: string, fields: Partial<LogframeRow>) => unknown }) {
  const { t } = useTranslation();
  const { row, code } = props;
  return (
    <tr>
      <th scope="row">
        <strong>{code}</strong> {row.text}
      </th>
      <td>
        <PurposeCell
          id={`logframe.${row.id}.purposeCode`}
          label={t('budget.purpose.activity', { code })}
          value={row.purposeCode}
          inherited={{ code: props.inherited, from: 'themes' }}
          onCommit={(purposeCode) => props.update(row.id, { purposeCode })}
        />
      </td>
    </tr>
  );
});
