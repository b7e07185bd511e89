import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHelp, type HelpContent } from '../help';
import { MissingMark } from './missing';
import './kit.css';

/** What every labelled field takes: its id (readiness links focus it, e.g. "framing.title"), label, help, status. */
export interface FieldProps {
  id: string;
  label: string;
  help?: string;
  example?: string;
  required?: boolean;
  /** Shown under the field when the readiness check counts it as missing. */
  missing?: string | null | undefined;
  error?: string | null | undefined;
  hint?: ReactNode;
  className?: string;
}

/** What every table cell takes: `label` names it for assistive technology (the column and the row). */
export interface CellProps {
  id: string;
  label: string;
  /** Shown in the side panel when the cell takes the focus. */
  help?: HelpContent | undefined;
  /** Instead of (or besides) `help`, for cells whose help is set by their row. */
  onFocus?: (() => void) | undefined;
  className?: string;
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
  /** What the readiness check counts as missing here, shown under the cell. */
  missing?: string | null | undefined;
}

export const statusIdOf = (id: string) => `${id}-status`;

/** The field's status line (error or missing) as `aria-describedby`. */
export function fieldDescribedBy(props: Pick<FieldProps, 'id' | 'missing' | 'error'>): string | undefined {
  return props.missing || props.error ? statusIdOf(props.id) : undefined;
}

/** A cell's `aria-describedby`: the caller's ids, then its missing mark. */
export function cellDescribedBy(props: Pick<CellProps, 'id' | 'describedBy' | 'missing'>): string | undefined {
  return [props.describedBy, props.missing ? statusIdOf(props.id) : ''].filter(Boolean).join(' ') || undefined;
}

/** Focusing a field shows its help (title = its label) in the side panel. */
export function useFieldHelp(props: Pick<FieldProps, 'label' | 'help' | 'example'>) {
  const { setHelp } = useHelp();
  return () => {
    if (props.help) setHelp({ title: props.label, text: props.help, ...(props.example ? { example: props.example } : {}) });
  };
}

/** Focusing a cell shows its help and tells its row. */
export function useCellFocus(props: Pick<CellProps, 'help' | 'onFocus'>) {
  const { setHelp } = useHelp();
  return () => {
    if (props.help) setHelp(props.help);
    props.onFocus?.();
  };
}

/** The cell's missing mark, under it. */
export function CellMissing(props: Pick<CellProps, 'id' | 'missing'>) {
  return (
    <MissingMark as="div" id={statusIdOf(props.id)} className="field-status">
      {props.missing}
    </MissingMark>
  );
}

/** Label above, control, hint, then one status line: the error (✖, announced) or what is missing (◔). */
export function FieldFrame(props: FieldProps & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={`field ${props.className ?? ''} ${props.error ? 'field-error' : ''}`}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span className="field-required"> ({t('common.required')})</span> : null}
      </label>
      {props.children}
      {props.hint ? <div className="field-hint">{props.hint}</div> : null}
      {props.error ? (
        <div id={statusIdOf(props.id)} className="field-status status-blocking" role="alert">
          <span aria-hidden="true">✖ </span>
          {props.error}
        </div>
      ) : (
        <MissingMark as="div" id={statusIdOf(props.id)} className="field-status">
          {props.missing}
        </MissingMark>
      )}
    </div>
  );
}
