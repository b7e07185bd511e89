/** Moved to the one kit (components/kit); this path is kept until every screen imports the kit. */
export { CheckboxField, DateField, MultiCheckField, NumberField, SelectField, TextField } from './kit';
