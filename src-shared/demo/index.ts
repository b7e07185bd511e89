import { emptyProgramme, type ProgrammeSnapshot } from '../model';

/** Placeholder until the demo content lands (helper in progress). */
export function buildDemoProgramme(newId: () => string, now: string): ProgrammeSnapshot {
  return emptyProgramme(newId(), now, newId, { title: 'Démo' });
}
