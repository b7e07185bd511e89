import { Paragraph, type IContext, type IXmlableObject } from 'docx';
import { rawPlaceholder } from './block';
import type { ParagraphSpec } from './spec';
import { docxParagraph } from './tables';
import { writeParagraph } from './wordml';

/**
 * A paragraph of a document pack() writes, described: in the body pack() compiles it is written as WordprocessingML
 * from its description (wordml.ts, what docx writes for it byte for byte), without docx's run and property objects;
 * anywhere else (a header, another writer, a page layout reading the body) and where it ends a section, it is the
 * docx paragraph made from the same description, made then. A paragraph to docx's eyes: table cells, sections and
 * every check of docx take it as one. A numbered list item is always docx's (docx numbers it).
 */
export class SpecParagraph extends Paragraph {
  #docx: Paragraph | undefined;
  /** Set while docx's body has it end a section: the section's properties are then docx's to write in it. */
  #endsSection = false;

  constructor(readonly spec: ParagraphSpec) {
    super({});
  }

  private get docx(): Paragraph {
    return (this.#docx ??= docxParagraph(this.spec));
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (!this.#endsSection && !this.spec.numbering) {
      const out: string[] = [];
      writeParagraph(this.spec, out);
      const placeholder = rawPlaceholder(context, out.join(''));
      if (placeholder) return placeholder;
    }
    return this.docx.prepForXml(context);
  }

  override addSectionProperties(...args: Parameters<Paragraph['addSectionProperties']>): void {
    this.docx.addSectionProperties(...args);
    this.#endsSection = true;
  }

  override removeSectionProperties(...args: Parameters<Paragraph['removeSectionProperties']>): void {
    this.docx.removeSectionProperties(...args);
    this.#endsSection = false;
  }
}
