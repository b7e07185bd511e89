import { z } from 'zod';
import type { ActesAct } from '../method/actes';
import type { AmendmentDiff } from '../method/amendment';
import type { ApdTotal } from '../method/apd';
import type { ScdlProblem, ScdlRow } from '../method/scdl';
import type { ClauseKey } from '../model';
import type { VersionSummary } from './archive';
import { type CommandSpec, ProgrammeRef, query } from './define';
import { WithJob } from './jobs';

const Locale = z.enum(['fr', 'en']);
/** A calendar year the e-APD declares. */
const Year = z.number().int().min(2000).max(2100);
/** The voted version an amendment starts from: the latest when none is given. */
const AmendmentRef = ProgrammeRef.extend({ versionId: z.uuid().optional() });

export interface AmendmentView {
  /** The voted version of reference. */
  version: VersionSummary;
  /** Avenant n° … */
  number: number;
  diff: AmendmentDiff;
  /** The convention's articles the amendment rewrites, with their numbers. */
  articles: Array<{ n: number; key: ClauseKey; title: string }>;
  /** Amended articles whose officer-written text is still the voted one (to reread). */
  reread: ClauseKey[];
}

/** Commands of the declarations after the vote: amendments, @ctes and SCDL, e-APD (see contract.ts). */
export const declarationsCommands = {
  'amendment.differences': query(AmendmentRef, z.custom<AmendmentView>()),
  /** The avenant and its deliberation (.docx); final (draft: false) is refused with document_incomplete. */
  'amendment.generate': query(
    AmendmentRef.extend({ draft: z.boolean().default(true), locale: Locale.default('fr'), ...WithJob }),
    z.custom<{ files: Array<{ kind: 'avenant' | 'avenant-deliberation'; fileName: string; base64: string; size: number }>; markers: number }>(),
  ),
  /** The @ctes particulars of the deliberation and the convention, and the SCDL row with what breaks the schema. */
  'declarations.transmission': query(ProgrammeRef, z.custom<{ acts: ActesAct[]; scdl: { row: ScdlRow; problems: ScdlProblem[] } }>()),
  /** The SCDL « délibérations » row as a CSV file (UTF-8), refused with invalid_input while it breaks the schema. */
  'declarations.scdl': query(ProgrammeRef, z.custom<{ fileName: string; csv: string }>()),
  /** The e-APD worksheet of a calendar year across every programme of the authority (.xlsx). */
  'declarations.apd': query(
    z.strictObject({ year: Year, locale: Locale.default('fr'), ...WithJob }),
    z.custom<{ fileName: string; base64: string; totals: ApdTotal[] }>(),
  ),
} satisfies Record<string, CommandSpec>;
