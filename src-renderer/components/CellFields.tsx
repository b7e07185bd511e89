import './kit/kit.css';
import { memo, useState } from 'react';
import { useDraft } from './kit/draft';

/**
 * Compact inputs for table cells: labelled for assistive technology by `label` (the column header
 * and row name), they keep a local draft and save on blur or after a short pause, like the form fields.
 */

/** Cells share the form fields' draft logic. */
export const useCellDraft = useDraft;

interface CellProps {
  id: string;
  label: string;
  invalid?: boolean;
  describedBy?: string | undefined;
  onFocus?: () => void;
}

export const CellText = memo(function CellText(
  props: CellProps & {
    value: string;
    onCommit: (v: string) => void;
    type?: 'text' | 'email' | 'tel';
    multiline?: boolean;
    maxLength?: number;
    /** What the readiness check counts as missing here, shown under the cell. */
    missing?: string | null | undefined;
  },
) {
  const { draft, change, blur } = useCellDraft(props.value, props.onCommit);
  const statusId = props.missing ? `${props.id}-status` : undefined;
  const common = {
    id: props.id,
    'aria-label': props.label,
    'aria-invalid': props.invalid ? true : undefined,
    'aria-describedby': [props.describedBy, statusId].filter(Boolean).join(' ') || undefined,
    value: draft,
    onBlur: blur,
    onFocus: props.onFocus,
    maxLength: props.maxLength,
    className: 'cell-input',
  };
  return (
    <>
      {props.multiline ? (
        <textarea {...common} rows={2} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} onChange={(e) => change(e.target.value)} />
      )}
      {props.missing ? (
        <div id={statusId} className="field-status status-todo">
          <span aria-hidden="true">◔ </span>
          {props.missing}
        </div>
      ) : null}
    </>
  );
});

/** Whole numbers ≥ 0 (counts); empty means "not known". */
export const CellCount = memo(function CellCount(props: CellProps & { value: number | null; onCommit: (v: number | null) => void; max?: number }) {
  const [bad, setBad] = useState(false);
  const { draft, change, blur } = useCellDraft(props.value === null ? '' : String(props.value), (text) => {
    const clean = text.replace(/[\s\u202f\u00a0]/g, '');
    if (clean === '') return props.onCommit(null);
    const n = Number(clean);
    const ok = Number.isInteger(n) && n >= 0 && n <= (props.max ?? 1e9);
    setBad(!ok);
    if (ok) props.onCommit(n);
  });
  return (
    <input
      id={props.id}
      className="cell-input cell-number"
      inputMode="numeric"
      aria-label={props.label}
      aria-invalid={bad || props.invalid ? true : undefined}
      aria-describedby={props.describedBy}
      value={draft}
      onFocus={props.onFocus}
      onBlur={blur}
      onChange={(e) => change(e.target.value)}
    />
  );
});

export const CellSelect = memo(function CellSelect<V extends string>(
  props: CellProps & { value: V | null; options: ReadonlyArray<{ value: V; label: string }>; onCommit: (v: V | null) => void; emptyLabel?: string },
) {
  return (
    <select
      id={props.id}
      className="cell-input"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      value={props.value ?? ''}
      onFocus={props.onFocus}
      onChange={(e) => props.onCommit(e.target.value === '' ? null : (e.target.value as V))}
    >
      {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}) as <V extends string>(
  props: CellProps & { value: V | null; options: ReadonlyArray<{ value: V; label: string }>; onCommit: (v: V | null) => void; emptyLabel?: string },
) => React.JSX.Element;
