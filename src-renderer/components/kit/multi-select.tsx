import { useEffect, useRef, useState } from 'react';
import { fieldDescribedBy, statusIdOf, useFieldHelp, type FieldProps } from './frame';
import { MissingMark } from './missing';
import type { Option } from './select';

/** A group of checkboxes for a multi-choice value (themes, disaggregation…), kept in the options' order. */
export function MultiCheckField<V extends string>(
  props: FieldProps & { value: readonly V[]; options: ReadonlyArray<Option<V>>; onCommit: (value: V[]) => unknown },
) {
  const onFocus = useFieldHelp(props);
  // Quick clicks must build on each other, not on the last value the store sent back.
  const [selected, setSelected] = useState<readonly V[]>(props.value);
  const latest = useRef(selected);
  useEffect(() => {
    latest.current = props.value;
    setSelected(props.value);
  }, [props.value]);
  const toggle = (v: V, on: boolean) => {
    const next = props.options.map((o) => o.value).filter((o) => (o === v ? on : latest.current.includes(o)));
    latest.current = next;
    setSelected(next);
    void props.onCommit(next);
  };
  return (
    <fieldset className={`field field-multi ${props.className ?? ''}`} id={props.id} aria-describedby={fieldDescribedBy(props)}>
      <legend>
        {props.label}
        {props.required ? <span className="field-required"> *</span> : null}
      </legend>
      <div className="multi-options">
        {props.options.map((o) => (
          <label key={o.value} className="multi-option">
            <input type="checkbox" checked={selected.includes(o.value)} onFocus={onFocus} onChange={(e) => toggle(o.value, e.target.checked)} />
            {o.label}
          </label>
        ))}
      </div>
      <MissingMark as="div" id={statusIdOf(props.id)} className="field-status">
        {props.missing}
      </MissingMark>
    </fieldset>
  );
}
