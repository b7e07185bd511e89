import type { CommandSpec } from './define';

/** The documents of the deliberation package, in the order a secretariat files them. */
export const DOCUMENT_KINDS = ['rapport', 'deliberation', 'convention', 'annexes', 'capitalisation'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Commands of this domain (see contract.ts). */
export const documentsCommands = {} satisfies Record<string, CommandSpec>;
