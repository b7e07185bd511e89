import type { ProgrammeSnapshot } from '../../model';
import type { ReadinessItem } from '../readiness';
import { blank, item } from './item';

export function risksListed(s: ProgrammeSnapshot): ReadinessItem[] {
  if (s.risks.length === 0) return [item('risks', 'risksNone', 'risks.add')];
  const out: ReadinessItem[] = [];
  for (const r of s.risks) {
    if (blank(r.text)) out.push(item('risks', 'riskText', `risk.${r.id}.text`, { subject: r.id }));
    else if (blank(r.mitigation)) out.push(item('risks', 'riskMitigation', `risk.${r.id}.mitigation`, { subject: r.id, severity: 'warning' }));
  }
  return out;
}
