import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHelp } from './help';
import { useDraft } from './useDraft';

/**
 * Form fields that save themselves: they keep what the user types locally and commit on blur or
 * after a short pause, so every keystroke stays instant and each pause becomes one undoable revision.
 */

interface BaseProps {
  /** DOM id; readiness links focus it (e.g. "framing.title"). */
  id: string;
  label: string;
  help?: string;
  example?: string;
  required?: boolean;
  /** Shown under the field when the readiness check counts it as missing. */
  missing?: string | null;
  error?: string | null;
  hint?: ReactNode;
  className?: string;
}

function useFieldHelp(props: BaseProps) {
  const { setHelp } = useHelp();
  return () => {
    if (props.help) setHelp({ title: props.label, text: props.help, ...(props.example ? { example: props.example } : {}) });
  };
}

function FieldFrame(props: BaseProps & { children: ReactNode }) {
  const { t } = useTranslation();
  const describedBy = [props.help ? `${props.id}-help` : '', props.missing || props.error ? `${props.id}-status` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field ${props.className ?? ''} ${props.error ? 'field-error' : ''}`} data-described-by={describedBy}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span className="field-required"> ({t('common.required')})</span> : null}
      </label>
      {props.children}
      {props.hint ? <div className="field-hint">{props.hint}</div> : null}
      {props.error ? (
        <div id={`${props.id}-status`} className="field-status status-blocking" role="alert">
          <span aria-hidden="true">✖ </span>
          {props.error}
        </div>
      ) : props.missing ? (
        <div id={`${props.id}-status`} className="field-status status-todo">
          <span aria-hidden="true">◔ </span>
          {props.missing}
        </div>
      ) : null}
    </div>
  );
}

function describedBy(props: BaseProps): string | undefined {
  const ids = [props.missing || props.error ? `${props.id}-status` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(
  props: BaseProps & {
    value: string;
    onCommit: (value: string) => void | Promise<void>;
    multiline?: boolean;
    rows?: number;
    type?: 'text' | 'email' | 'tel';
    maxLength?: number;
    placeholder?: string;
  },
) {
  const { draft, change, blur } = useDraft(props.value, props.onCommit);
  const onFocus = useFieldHelp(props);
  const common = {
    id: props.id,
    value: draft,
    onFocus,
    onBlur: blur,
    'aria-describedby': describedBy(props),
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

export function NumberField(
  props: BaseProps & {
    value: number | null;
    onCommit: (value: number | null) => void | Promise<void>;
    min?: number;
    max?: number;
    step?: number | 'any';
    integer?: boolean;
    unit?: string;
  },
) {
  const toText = (v: number | null) => (v === null ? '' : String(v).replace('.', ','));
  const [invalid, setInvalid] = useState(false);
  const { t } = useTranslation();
  const { draft, change, blur } = useDraft(toText(props.value), (text) => {
    const trimmed = text.trim().replace(/\s|\u202f|\u00a0/g, '').replace(',', '.');
    if (trimmed === '') return props.onCommit(null);
    const n = Number(trimmed);
    const bad =
      !Number.isFinite(n) ||
      (props.integer && !Number.isInteger(n)) ||
      (props.min !== undefined && n < props.min) ||
      (props.max !== undefined && n > props.max);
    setInvalid(Boolean(bad));
    if (!bad) return props.onCommit(n);
  });
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
          aria-describedby={describedBy({ ...props, error })}
        />
        {props.unit ? <span className="unit">{props.unit}</span> : null}
      </span>
    </FieldFrame>
  );
}

export function DateField(props: BaseProps & { value: string | null; onCommit: (value: string | null) => void | Promise<void>; min?: string; max?: string }) {
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
        onChange={(e) => void props.onCommit(e.target.value === '' ? null : e.target.value)}
        aria-describedby={describedBy(props)}
      />
    </FieldFrame>
  );
}

export function SelectField<V extends string>(
  props: BaseProps & {
    value: V | null;
    options: ReadonlyArray<{ value: V; label: string }>;
    onCommit: (value: V | null) => void | Promise<void>;
    allowEmpty?: boolean;
    emptyLabel?: string;
  },
) {
  const onFocus = useFieldHelp(props);
  return (
    <FieldFrame {...props}>
      <select
        id={props.id}
        value={props.value ?? ''}
        onFocus={onFocus}
        onChange={(e) => void props.onCommit(e.target.value === '' ? null : (e.target.value as V))}
        aria-describedby={describedBy(props)}
      >
        {props.allowEmpty || props.value === null ? <option value="">{props.emptyLabel ?? '—'}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField(props: BaseProps & { value: boolean; onCommit: (value: boolean) => void | Promise<void> }) {
  const onFocus = useFieldHelp(props);
  return (
    <div className={`field field-checkbox ${props.className ?? ''}`}>
      <input id={props.id} type="checkbox" checked={props.value} onFocus={onFocus} onChange={(e) => void props.onCommit(e.target.checked)} />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}

/** A group of checkboxes for a multi-choice value (themes, disaggregation…). */
export function MultiCheckField<V extends string>(
  props: BaseProps & { value: readonly V[]; options: ReadonlyArray<{ value: V; label: string }>; onCommit: (value: V[]) => void | Promise<void> },
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
    <fieldset className={`field field-multi ${props.className ?? ''}`} id={props.id} aria-describedby={describedBy(props)}>
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
      {props.missing ? (
        <div id={`${props.id}-status`} className="field-status status-todo">
          <span aria-hidden="true">◔ </span>
          {props.missing}
        </div>
      ) : null}
    </fieldset>
  );
}
