/**
 * The one kit of fields and cells: each primitive has a labelled form for one-column forms (…Field)
 * and a compact form for tables (…Cell), sharing one draft hook (save on blur or after a pause) and
 * one decimal parser (src-shared/i18n/format.ts).
 */
export { useDraft } from './draft';
export type { CellProps, FieldProps } from './frame';
export { MissingMark } from './missing';
export { TextCell, TextField } from './text';
export { RichTextField, RichTextView } from './rich-text';
export { NumberCell, NumberField } from './number';
export { readNumber, type NumberRules } from './number-rules';
export { DateCell, DateField } from './date';
export { LazySelectCell, SelectCell, SelectField, type Option } from './select';
export { MultiCheckField } from './multi-select';
export { CheckboxField } from './checkbox';
