/**
 * The order of codes with numbers in them (« OS2 » before « OS10 », SDG target « 1.4 » before « 10.2 »): one collator
 * made once, as `localeCompare` with options builds one on every call (most of a long sort's time).
 */
const collator = new Intl.Collator('en', { numeric: true });

export const compareCodes = (a: string, b: string): number => collator.compare(a, b);
