import { useCellFocus, FieldFrame, cellDescribedBy, fieldDescribedBy, useFieldHelp, CellMissing, type CellProps, type FieldProps } from './frame';

/** A date (ISO "2027-01-31"); empty means not known. The browser's date control saves on each change. */

interface DateProps {
  value: string | null;
  onCommit: (value: string | null) => unknown;
  min?: string | undefined;
  max?: string | undefined;
}

const fromInput = (text: string) => (text === '' ? null : text);

export function DateField(props: FieldProps & DateProps) {
  const onFocus = useFieldHelp(props);
  return (
    <FieldFrame {...props}>
      <input
        id={props.id}
        type="date"
        value={props.value ?? ''}
        min={props.min}
        max={props.max}
        onFocus={onFocus}
        onChange={(e) => void props.onCommit(fromInput(e.target.value))}
        aria-describedby={fieldDescribedBy(props)}
      />
    </FieldFrame>
  );
}

export function DateCell(props: CellProps & DateProps) {
  const onFocus = useCellFocus(props);
  return (
    <>
      <input
        id={props.id}
        type="date"
        aria-label={props.label}
        aria-describedby={cellDescribedBy(props)}
        aria-invalid={props.invalid ? true : undefined}
        className={`cell-input ${props.className ?? ''}`}
        value={props.value ?? ''}
        min={props.min}
        max={props.max}
        onFocus={onFocus}
        onChange={(e) => void props.onCommit(fromInput(e.target.value))}
      />
      <CellMissing id={props.id} missing={props.missing} />
    </>
  );
}
