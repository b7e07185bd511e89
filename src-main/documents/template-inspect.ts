import { patchDetector } from 'docx';
import {
  TEMPLATE_PLACEHOLDERS,
  type TemplateInspection,
  type TemplatePlaceholder,
} from '../../src-shared/api/documents';
import { CommandError } from '../../src-shared/api/errors';
import { checkTemplateDepth } from './template-depth';
import { readTemplateParts } from './template-zip';

const KNOWN = new Set<string>(TEMPLATE_PLACEHOLDERS);

/**
 * What each document needs from a template: its body (one of the ways to hold it, in full) and the values of its
 * heading, which the template's own heading replaces. Without them the filled document would silently lack them.
 */
const NEEDS: Record<
  'rapport' | 'deliberation',
  { body: TemplatePlaceholder[][]; heading: TemplatePlaceholder[] }
> = {
  rapport: { body: [['corps']], heading: ['objet', 'date_seance', 'numero_rapport'] },
  deliberation: {
    body: [['corps'], ['visas', 'considerants', 'articles']],
    heading: ['objet', 'date_seance', 'numero_deliberation'],
  },
};

function missingFor(kind: 'rapport' | 'deliberation', found: Set<string>): TemplatePlaceholder[] {
  const { body, heading } = NEEDS[kind];
  // The way the template already started on (fewest lacking) is the one to complete; else the first.
  const started = body.filter((way) => way.some((p) => found.has(p)));
  const closest = (started.length ? started : body.slice(0, 1))
    .map((way) => way.filter((p) => !found.has(p)))
    .reduce((best, way) => (way.length < best.length ? way : best));
  return [...heading.filter((p) => !found.has(p)), ...closest];
}

/** Reads a template's placeholders (known, unknown) and what the rapport and the deliberation would lack. */
export async function inspectTemplate(bytes: Uint8Array): Promise<TemplateInspection> {
  checkTemplateDepth(readTemplateParts(bytes));
  let found: readonly string[];
  try {
    found = await patchDetector({ data: bytes, trimPlaceholders: true });
  } catch (error) {
    throw new CommandError('template_invalid', 'This file is not a Word document (.docx) that can be read.', {
      reason: (error as Error).message,
    });
  }
  const placeholders = [...new Set(found.map((p) => p.trim()))];
  const known = placeholders.filter((p): p is TemplatePlaceholder => KNOWN.has(p));
  const set = new Set<string>(known);
  return {
    placeholders,
    known,
    unknown: placeholders.filter((p) => !KNOWN.has(p)),
    missing: { rapport: missingFor('rapport', set), deliberation: missingFor('deliberation', set) },
  };
}
