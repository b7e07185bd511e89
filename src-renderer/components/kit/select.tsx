import { useState } from 'react';
import { CellMissing, FieldFrame, cellDescribedBy, fieldDescribedBy, useCellFocus, useFieldHelp, type CellProps, type FieldProps } from './frame';

/**
 * One choice in a list. The empty choice (« — » or `emptyLabel`) is offered when asked for, and
 * whenever nothing is chosen yet, so the control never shows an option that is not the value.
 */

export interface Option<V extends string> {
  value: V;
  label: string;
}

interface SelectProps<V extends string> {
  value: V | null;
  options: ReadonlyArray<Option<V>>;
  onCommit: (value: V | null) => unknown;
  emptyLabel?: string;
}

const fromSelect = <V extends string>(text: string) => (text === '' ? null : (text as V));

function Options<V extends string>(props: { options: ReadonlyArray<Option<V>>; empty: string | null }) {
  return (
    <>
      {props.empty !== null ? <option value="">{props.empty}</option> : null}
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

const emptyChoice = (props: { value: unknown; emptyLabel?: string | undefined }, offered: boolean) =>
  offered || props.value === null ? (props.emptyLabel ?? '—') : null;

export function SelectField<V extends string>(props: FieldProps & SelectProps<V> & { allowEmpty?: boolean }) {
  const onFocus = useFieldHelp(props);
  return (
    <FieldFrame {...props}>
      <select
        id={props.id}
        value={props.value ?? ''}
        onFocus={onFocus}
        onChange={(e) => void props.onCommit(fromSelect<V>(e.target.value))}
        aria-describedby={fieldDescribedBy(props)}
      >
        <Options options={props.options} empty={emptyChoice(props, Boolean(props.allowEmpty))} />
      </select>
    </FieldFrame>
  );
}

export function SelectCell<V extends string>(props: CellProps & SelectProps<V>) {
  const onFocus = useCellFocus(props);
  return (
    <>
      <select
        id={props.id}
        aria-label={props.label}
        aria-describedby={cellDescribedBy(props)}
        aria-invalid={props.invalid ? true : undefined}
        className={`cell-input ${props.className ?? ''}`}
        value={props.value ?? ''}
        onFocus={onFocus}
        onChange={(e) => void props.onCommit(fromSelect<V>(e.target.value))}
      >
        <Options options={props.options} empty={emptyChoice(props, props.emptyLabel !== undefined)} />
      </select>
      <CellMissing id={props.id} missing={props.missing} />
    </>
  );
}

/**
 * A select over a long list (e.g. 240 activities on each of 600 budget lines): only the chosen option
 * is rendered until the pointer or the focus reaches the select, so a large table does not build every option.
 */
export function LazySelectCell(props: CellProps & SelectProps<string> & { emptyLabel: string }) {
  const [open, setOpen] = useState(false);
  const onFocus = useCellFocus(props);
  const current = props.options.find((o) => o.value === props.value);
  const shown = open ? props.options : current ? [current] : [];
  return (
    <select
      id={props.id}
      aria-label={props.label}
      aria-describedby={cellDescribedBy(props)}
      className={`cell-input ${props.className ?? ''}`}
      value={props.value ?? ''}
      title={current?.label}
      // The options must be there before the list opens: building them on mouse-down was too late, and
      // the first click showed only "—". The pointer entering (or the focus arriving) builds them.
      onPointerEnter={() => setOpen(true)}
      onFocus={() => {
        setOpen(true);
        onFocus();
      }}
      onMouseDown={() => setOpen(true)}
      onChange={(e) => void props.onCommit(fromSelect<string>(e.target.value))}
    >
      <Options options={shown} empty={props.emptyLabel} />
    </select>
  );
}
