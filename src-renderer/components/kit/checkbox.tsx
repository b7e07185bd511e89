import { useFieldHelp, type FieldProps } from './frame';

/** A yes/no choice: the box, then its label; saved at each click. */
export function CheckboxField(props: FieldProps & { value: boolean; onCommit: (value: boolean) => unknown }) {
  const onFocus = useFieldHelp(props);
  return (
    <div className={`field field-checkbox ${props.className ?? ''}`}>
      <input id={props.id} type="checkbox" checked={props.value} onFocus={onFocus} onChange={(e) => void props.onCommit(e.target.checked)} />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}
