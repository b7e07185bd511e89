import type { ProgrammeSnapshot } from '../../model';
import { logframeCodes } from '../numbering';
import type { ReadinessItem } from '../readiness';
import { inTreeOrder, item } from './item';

/** Every activity has dates, in order, inside the programme period. */
export function activityDates(s: ProgrammeSnapshot): ReadinessItem[] {
  const codes = logframeCodes(s.logframe);
  const { startDate, endDate } = s.framing;
  const out: ReadinessItem[] = [];
  for (const a of inTreeOrder(s.logframe).filter((r) => r.level === 'activity')) {
    const params = { code: codes.get(a.id) ?? '' };
    const focus = `timeline.${a.id}`;
    if (!a.startDate || !a.endDate) {
      out.push(item('timeline', 'activityWithoutDates', focus, { subject: a.id, params }));
    } else if (a.endDate < a.startDate) {
      out.push(item('timeline', 'activityDatesOrder', focus, { subject: a.id, params }));
    } else if ((startDate && a.startDate < startDate) || (endDate && a.endDate > endDate)) {
      out.push(item('timeline', 'activityOutsidePeriod', focus, { subject: a.id, params }));
    }
  }
  return out;
}
