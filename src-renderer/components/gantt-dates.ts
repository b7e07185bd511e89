/** Month arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone moves a bar. */

export const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const daysIn = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Adds whole months; the day is kept, or clamped to the month's last day (31 jan + 1 = 28/29 feb).
 * A month's last day stays a last day (30 jun + 1 = 31 jul), so a bar keeps covering whole months.
 */
export function addMonths(iso: string, months: number): string {
  const srcYear = Number(iso.slice(0, 4));
  const srcMonth0 = Number(iso.slice(5, 7)) - 1;
  const srcDay = Number(iso.slice(8, 10));
  const total = monthIndex(iso) + months;
  const year = Math.floor(total / 12);
  const month0 = total - year * 12;
  const day = srcDay === daysIn(srcYear, srcMonth0) ? daysIn(year, month0) : Math.min(srcDay, daysIn(year, month0));
  return `${year}-${pad(month0 + 1)}-${pad(day)}`;
}

/** Fractional month position of a date (start of month = integer), for drawing. */
export function monthPosition(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month0 = Number(iso.slice(5, 7)) - 1;
  return year * 12 + month0 + (Number(iso.slice(8, 10)) - 1) / daysIn(year, month0);
}

/** Position of the end of a day (so an activity ending on the 31st fills its month). */
export const monthPositionEnd = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  const month0 = Number(iso.slice(5, 7)) - 1;
  return monthPosition(iso) + 1 / daysIn(year, month0);
};
