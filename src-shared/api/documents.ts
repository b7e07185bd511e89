import { z } from 'zod';
import type { ReadinessItem } from '../method/readiness';
import { type CommandSpec, EditResultSchema, ProgrammeRef, query, write } from './define';
import { WithJob } from './jobs';

/** The documents of the deliberation package, in the order a secretariat files them. */
export const DOCUMENT_KINDS = ['rapport', 'deliberation', 'convention', 'annexes', 'capitalisation'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Placeholders a Département's Word template may hold, written {{name}}. Block placeholders (corps, visas,
 * considerants, articles) must stand alone in their paragraph; the others may sit inside a sentence.
 */
export const TEMPLATE_PLACEHOLDERS = [
  'collectivite',
  'assemblee',
  'date_seance',
  'numero_rapport',
  'numero_deliberation',
  'objet',
  'rapporteur',
  'intitule',
  'partenaire',
  'pays',
  'periode',
  'date_debut',
  'date_fin',
  'cout_total',
  'montant',
  'imputation',
  'president',
  'signataire',
  'objectif_global',
  'voies_recours',
  'visas',
  'considerants',
  'articles',
  'corps',
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];
export const BLOCK_PLACEHOLDERS: readonly TemplatePlaceholder[] = [
  'visas',
  'considerants',
  'articles',
  'corps',
];

/** What a template holds: its placeholders, known and unknown, and what each document would lack in it. */
export interface TemplateInspection {
  placeholders: string[];
  known: TemplatePlaceholder[];
  unknown: string[];
  missing: { rapport: TemplatePlaceholder[]; deliberation: TemplatePlaceholder[] };
}

export interface GeneratedFile {
  kind: DocumentKind;
  fileName: string;
  base64: string;
  size: number;
}

const Kind = z.enum(DOCUMENT_KINDS);
const Locale = z.enum(['fr', 'en']);
/** A file travels as base64 (about 4/3 of its size); 20 MB is far above any template or workbook here. */
const Base64File = z.string().min(1).max(28_000_000);

/** Commands of this domain (see contract.ts). */
export const documentsCommands = {
  /** Builds the chosen documents (all when none is given); final (draft: false) is refused with document_incomplete. */
  'documents.generate': query(
    ProgrammeRef.extend({
      documents: z.array(Kind).max(DOCUMENT_KINDS.length).default([]),
      draft: z.boolean().default(true),
      locale: Locale.default('fr'),
      /** Put the rapport and the deliberation into the Département's own template (settings.wordTemplate). */
      useTemplate: z.boolean().default(false),
      /** Also return every file in one .zip (browser mode downloads it). */
      zip: z.boolean().default(false),
      ...WithJob,
    }),
    z.custom<{
      files: GeneratedFile[];
      zip: { fileName: string; base64: string } | null;
      markers: number;
      unknownPlaceholders: string[];
    }>(),
  ),
  /** What stops the final version: readiness blocking items plus values the documents lack. */
  'documents.blockers': query(
    ProgrammeRef.extend({
      locale: Locale.default('fr'),
      documents: z.array(Kind).max(DOCUMENT_KINDS.length).default([]),
    }),
    z.custom<{ items: ReadinessItem[] }>(),
  ),
  /** Reads a .docx template: the placeholders it holds, known and unknown. */
  'template.inspect': query(
    z.object({ base64: Base64File }),
    z.custom<TemplateInspection>(),
  ),
  /** Fills a template (given, else the saved one) with the rapport or the deliberation. */
  'template.fill': query(
    ProgrammeRef.extend({
      kind: z.enum(['rapport', 'deliberation']),
      base64: Base64File.optional(),
      draft: z.boolean().default(true),
      locale: Locale.default('fr'),
    }),
    z.custom<{ fileName: string; base64: string; unknown: string[] }>(),
  ),
  'xlsx.exportLogframe': query(
    ProgrammeRef.extend({ locale: Locale.default('fr'), ...WithJob }),
    z.custom<{ fileName: string; base64: string }>(),
  ),
  'xlsx.exportBudget': query(
    ProgrammeRef.extend({ locale: Locale.default('fr'), ...WithJob }),
    z.custom<{ fileName: string; base64: string }>(),
  ),
  /** Replaces the programme's logframe by the workbook's (rows keep their ids; absent rows are removed, undoable). */
  'xlsx.importLogframe': write(ProgrammeRef.extend({ base64: Base64File, ...WithJob }), EditResultSchema),
  /** Creates a new programme holding the workbook's logframe. */
  'xlsx.importLogframeAsNew': write(
    z.object({ base64: Base64File, title: z.string().trim().min(1).max(2_000) }),
    z.custom<{ id: string; title: string; rows: number }>(),
  ),
} satisfies Record<string, CommandSpec>;
