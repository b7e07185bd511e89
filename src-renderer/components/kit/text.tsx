import { memo } from 'react';
import { useDraft } from './draft';
import { CellMissing, FieldFrame, cellDescribedBy, fieldDescribedBy, useCellFocus, useFieldHelp, type CellProps, type FieldProps } from './frame';

/** Plain text: a labelled field for forms, a cell for tables; both save on blur or after a pause. */

interface TextProps {
  value: string;
  onCommit: (value: string) => unknown;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'tel';
  maxLength?: number;
  placeholder?: string;
}

export function TextField(props: FieldProps & TextProps) {
  const { draft, change, blur } = useDraft(props.value, props.onCommit);
  const onFocus = useFieldHelp(props);
  const common = {
    id: props.id,
    value: draft,
    onFocus,
    onBlur: blur,
    'aria-describedby': fieldDescribedBy(props),
    'aria-invalid': props.error ? true : undefined,
    'aria-required': props.required ? true : undefined,
    maxLength: props.maxLength,
    placeholder: props.placeholder,
  };
  return (
    <FieldFrame {...props}>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 4} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} onChange={(e) => change(e.target.value)} />
      )}
    </FieldFrame>
  );
}

/** In a table a text is multiline (a one-row textarea that grows) unless `multiline={false}`. */
export const TextCell = memo(function TextCell(props: CellProps & TextProps) {
  const { draft, change, blur } = useDraft(props.value, props.onCommit);
  const onFocus = useCellFocus(props);
  const common = {
    id: props.id,
    'aria-label': props.label,
    'aria-describedby': cellDescribedBy(props),
    'aria-invalid': props.invalid ? true : undefined,
    value: draft,
    placeholder: props.placeholder,
    maxLength: props.maxLength,
    className: `cell-input ${props.className ?? ''}`,
    onFocus,
    onBlur: blur,
  };
  return (
    <>
      {props.multiline === false ? (
        <input {...common} type={props.type ?? 'text'} onChange={(e) => change(e.target.value)} />
      ) : (
        <textarea {...common} rows={props.rows ?? 1} onChange={(e) => change(e.target.value)} />
      )}
      <CellMissing id={props.id} missing={props.missing} />
    </>
  );
});
