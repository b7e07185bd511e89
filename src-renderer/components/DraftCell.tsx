/** Moved to the one kit (components/kit); this path is kept until every screen imports the kit. */
export { DateCell, LazySelectCell, NumberCell, SelectCell, TextCell } from './kit';
