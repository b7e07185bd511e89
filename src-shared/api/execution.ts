import { z } from 'zod';
import { IsoDate } from '../model/common';
import { Phase } from '../model/execution';
import type { PortfolioSummary } from '../method/portfolio';
import { WithJob } from './jobs';
import { type CommandSpec, type EditResult, EditResultSchema, ProgrammeRef, query, write } from './define';

const Entry = z.record(z.string(), z.unknown());
const Year = z.number().int().min(2000).max(2100);
const Locale = z.enum(['fr', 'en']);

/** After the vote: phases, execution entries, the yearly and final reports, the portfolio (issue 14). */
export const executionCommands = {
  /** Moves the programme to another phase (see PHASE_MOVES); closing takes the final report's texts. */
  'execution.setPhase': write(
    ProgrammeRef.extend({
      phase: Phase,
      final: z
        .strictObject({
          closedOn: IsoDate.optional(),
          finalAssessment: z.string().max(100_000).optional(),
          lessonsLearned: z.string().max(100_000).optional(),
          sustainability: z.string().max(100_000).optional(),
        })
        .optional(),
    }),
    EditResultSchema,
  ),
  /** Adds spending and receipt entries, all or none (each entry is checked; the faults come back as issues). */
  'execution.import': write(
    ProgrammeRef.extend({ expenditures: z.array(Entry).max(20_000).default([]), receipts: z.array(Entry).max(20_000).default([]) }),
    z.custom<EditResult & { added: number }>(),
  ),
  /** The year's report texts (created empty when missing); returns its id as createdId. */
  'execution.openReport': write(ProgrammeRef.extend({ year: Year }), EditResultSchema),
  /** The technical and financial report for a year (.docx); final: the closing report over the whole programme. */
  'documents.report': query(
    ProgrammeRef.extend({ year: Year, final: z.boolean().default(false), draft: z.boolean().default(true), locale: Locale.default('fr'), ...WithJob }),
    z.custom<{ fileName: string; base64: string; markers: number }>(),
  ),
  /** Across the authority's programmes: totals per year and country, each programme's phase and next dates. */
  'portfolio.summary': query(z.strictObject({}), z.custom<PortfolioSummary>()),
} satisfies Record<string, CommandSpec>;
