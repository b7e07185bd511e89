import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHelp } from './help';
import { decimalText, parseDecimal, useDraft } from './useDraft';
import './DraftCell.css';

/**
 * Compact editors for table cells (logframe, budget, risks): labelled for assistive technology with
 * `label` (the column and the row's code), help shown in the side panel on focus.
 */
interface CellProps {
  id: string;
  label: string;
  help?: { title: string; text: string; example?: string } | undefined;
  className?: string;
  describedBy?: string | undefined;
}

export const TextCell = memo(function TextCell(
  props: CellProps & { value: string; onCommit: (v: string) => unknown; multiline?: boolean; placeholder?: string },
) {
  const { draft, change, blur } = useDraft(props.value, props.onCommit);
  const { setHelp } = useHelp();
  const common = {
    id: props.id,
    'aria-label': props.label,
    'aria-describedby': props.describedBy,
    value: draft,
    placeholder: props.placeholder,
    className: `cell-input ${props.className ?? ''}`,
    onFocus: () => props.help && setHelp(props.help),
    onBlur: blur,
  };
  return props.multiline === false ? (
    <input {...common} type="text" onChange={(e) => change(e.target.value)} />
  ) : (
    <textarea {...common} rows={1} onChange={(e) => change(e.target.value)} />
  );
});

export const NumberCell = memo(function NumberCell(
  props: CellProps & { value: number | null; onCommit: (v: number | null) => unknown; min?: number; max?: number; integer?: boolean; nullable?: boolean },
) {
  const { t } = useTranslation();
  const [invalid, setInvalid] = useState(false);
  const { setHelp } = useHelp();
  const { draft, change, blur } = useDraft(decimalText(props.value), (text) => {
    const n = parseDecimal(text);
    const bad =
      (n === null && props.nullable === false) ||
      (n !== null && (!Number.isFinite(n) || (props.integer && !Number.isInteger(n)) || (props.min !== undefined && n < props.min) || (props.max !== undefined && n > props.max)));
    setInvalid(Boolean(bad));
    if (!bad) return props.onCommit(n);
  });
  return (
    <span className="cell-number">
      <input
        id={props.id}
        aria-label={props.label}
        inputMode="decimal"
        className={`cell-input num ${props.className ?? ''}`}
        value={draft}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${props.id}-error` : props.describedBy}
        onFocus={() => props.help && setHelp(props.help)}
        onBlur={blur}
        onChange={(e) => change(e.target.value)}
      />
      {invalid ? (
        <span id={`${props.id}-error`} className="cell-error status-blocking">
          <span aria-hidden="true">✖ </span>
          {t('common.invalidNumber')}
        </span>
      ) : null}
    </span>
  );
});

export function SelectCell<V extends string>(
  props: CellProps & { value: V | null; options: ReadonlyArray<{ value: V; label: string }>; onCommit: (v: V | null) => unknown; emptyLabel?: string },
) {
  return (
    <select
      id={props.id}
      aria-label={props.label}
      className={`cell-input ${props.className ?? ''}`}
      value={props.value ?? ''}
      onChange={(e) => void props.onCommit(e.target.value === '' ? null : (e.target.value as V))}
    >
      {props.emptyLabel !== undefined || props.value === null ? <option value="">{props.emptyLabel ?? '—'}</option> : null}
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function DateCell(props: CellProps & { value: string | null; onCommit: (v: string | null) => unknown; min?: string; max?: string }) {
  return (
    <input
      id={props.id}
      type="date"
      aria-label={props.label}
      className={`cell-input ${props.className ?? ''}`}
      value={props.value ?? ''}
      min={props.min}
      max={props.max}
      onChange={(e) => void props.onCommit(e.target.value === '' ? null : e.target.value)}
    />
  );
}

/**
 * A select over a long list (e.g. 240 activities on each of 600 budget lines): only the chosen option
 * is rendered until the select is focused or pressed, so a large table does not build every option.
 */
export function LazySelectCell(
  props: CellProps & { value: string | null; options: ReadonlyArray<{ value: string; label: string }>; onCommit: (v: string | null) => unknown; emptyLabel: string },
) {
  const [open, setOpen] = useState(false);
  const current = props.options.find((o) => o.value === props.value);
  const shown = open ? props.options : current ? [current] : [];
  return (
    <select
      id={props.id}
      aria-label={props.label}
      className={`cell-input ${props.className ?? ''}`}
      value={props.value ?? ''}
      title={current?.label}
      // The options must be there before the list opens: building them on mouse-down was too late, and
      // the first click showed only "—". The pointer entering (or the focus arriving) builds them.
      onPointerEnter={() => setOpen(true)}
      onFocus={() => setOpen(true)}
      onMouseDown={() => setOpen(true)}
      onChange={(e) => void props.onCommit(e.target.value === '' ? null : e.target.value)}
    >
      <option value="">{props.emptyLabel}</option>
      {shown.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
