import { useTranslation } from 'react-i18next';
import { DAC_CODES, dacLabel } from '../../../src-shared/method/dac-codes';
import { LazySelectCell } from '../../components/kit';

/**
 * The OECD DAC purpose code of an activity or a budget line (the e-APD declaration's classification). Empty means
 * « the default »: the code it inherits (its activity's, else the programme's themes'), named in the empty choice.
 * Lazy: a long budget builds the 16 options only on the line the officer reaches; the select is as wide as its value.
 */
export function PurposeCell(props: {
  id: string;
  label: string;
  value: string | null;
  /** The code that applies when none is chosen, and where it comes from. */
  inherited: { code: string; from: 'themes' | 'activity' };
  onCommit: (code: string | null) => unknown;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const options = DAC_CODES.map((c) => ({ value: c.code, label: `${c.code} ${c[locale]}` }));
  const emptyLabel = t(props.inherited.from === 'activity' ? 'budget.purpose.fromActivity' : 'budget.purpose.fromThemes', {
    code: props.inherited.code,
    label: dacLabel(props.inherited.code, locale),
  });
  return <LazySelectCell id={props.id} label={props.label} value={props.value} options={options} emptyLabel={emptyLabel} className="purpose-code" onCommit={props.onCommit} />;
}
