import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editableDecimal } from '../../../src-shared/i18n/format';
import { useDraft } from './draft';
import { CellMissing, FieldFrame, cellDescribedBy, fieldDescribedBy, useCellFocus, useFieldHelp, type CellProps, type FieldProps } from './frame';
import { readNumber, type NumberRules } from './number-rules';

/**
 * Numbers, amounts and percentages, typed the officer's way ("1 234,5", "−3"): a labelled field with
 * its unit ("€", "%"), or a table cell. A text that is not a valid number is never saved: the control
 * says so (« Saisissez un nombre valide. ») and keeps what was typed.
 */

interface NumberProps extends NumberRules {
  value: number | null;
  onCommit: (value: number | null) => unknown;
}

function useNumberDraft(props: NumberProps) {
  const { i18n } = useTranslation();
  const [invalid, setInvalid] = useState(false);
  const draft = useDraft(editableDecimal(props.value, i18n.language === 'en' ? 'en' : 'fr'), (text) => {
    const read = readNumber(text, props);
    setInvalid(read === 'invalid');
    if (read !== 'invalid') return props.onCommit(read.value);
  });
  return { ...draft, invalid };
}

export function NumberField(props: FieldProps & NumberProps & { unit?: string; step?: number | 'any' }) {
  const { t } = useTranslation();
  const { draft, change, blur, invalid } = useNumberDraft(props);
  const onFocus = useFieldHelp(props);
  const error = props.error ?? (invalid ? t('common.invalidNumber') : null);
  return (
    <FieldFrame {...props} error={error}>
      <span className="number-input">
        <input
          id={props.id}
          inputMode="decimal"
          value={draft}
          onFocus={onFocus}
          onBlur={blur}
          onChange={(e) => change(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={fieldDescribedBy({ ...props, error })}
        />
        {props.unit ? <span className="unit">{props.unit}</span> : null}
      </span>
    </FieldFrame>
  );
}

export const NumberCell = memo(function NumberCell(props: CellProps & NumberProps) {
  const { t } = useTranslation();
  const { draft, change, blur, invalid } = useNumberDraft(props);
  const onFocus = useCellFocus(props);
  const errorId = `${props.id}-error`;
  return (
    <span className="cell-number">
      <input
        id={props.id}
        aria-label={props.label}
        inputMode="decimal"
        className={`cell-input num ${props.className ?? ''}`}
        value={draft}
        aria-invalid={invalid || props.invalid ? true : undefined}
        aria-describedby={invalid ? errorId : cellDescribedBy(props)}
        onFocus={onFocus}
        onBlur={blur}
        onChange={(e) => change(e.target.value)}
      />
      {invalid ? (
        <span id={errorId} className="cell-error status-blocking">
          <span aria-hidden="true">✖ </span>
          {t('common.invalidNumber')}
        </span>
      ) : (
        <CellMissing id={props.id} missing={props.missing} />
      )}
    </span>
  );
});
