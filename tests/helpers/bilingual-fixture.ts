import { buildDemoProgramme, demoAuthoritySettings } from '../../src-shared/demo';
import { partnerClauseTitle } from '../../src-shared/method/convention-languages';
import { AuthoritySettings, newId, PARTNER_HEADING_KEYS, type PartnerHeadingKey, type ProgrammeSnapshot } from '../../src-shared/model';

/** The demo programme and settings, fixed in time. */
export function demo(): { s: ProgrammeSnapshot; settings: AuthoritySettings } {
  return { s: buildDemoProgramme(newId, '2026-11-30T08:00:00.000Z'), settings: AuthoritySettings.parse(demoAuthoritySettings()) };
}

/** A Spanish sentence for each article, with the punctuation French typography would space (; : ? !). */
export const spanishText = (n: number) => `Texto acordado del artículo ${n}: las partes cooperan; ¿dudas? Se examinan en el comité.`;

/** The demo with a Chilean partner whose officer wrote every Spanish version (the app writes the headings). */
export function spanishPartner(layout: 'columns' | 'parts' = 'columns'): { s: ProgrammeSnapshot; settings: AuthoritySettings } {
  const { s, settings } = demo();
  return {
    settings,
    s: {
      ...s,
      framing: { ...s.framing, partnerLanguage: 'es', partnerCountry: 'CL' },
      parties: s.parties.map((p) =>
        p.role === 'partner'
          ? { ...p, name: 'Municipalidad de Valparaíso', seat: 'Avenida Argentina 864, Valparaíso (Chile)', representedBy: 'Camila Nieto Hernández', partyType: 'comuna', executiveTitle: 'alcaldesa' }
          : p,
      ),
      governance: {
        ...s.governance,
        conventionLayout: layout,
        objectPartner: 'Convenio de cooperación descentralizada para el programa «Cap Jeunes».',
        preamblePartner: 'Las dos colectividades cooperan desde 2019.\nComparten el reto de la inserción de los jóvenes.',
      },
      // Clauses whose French title the demo changed need their own Spanish title; the others take the app's.
      clauses: s.clauses.map((c, i) => ({ ...c, partnerTitle: partnerClauseTitle(c, 'es', settings.authorityType) === null ? `Cláusula ${i + 1}` : '', partnerText: spanishText(i + 1) })),
    },
  };
}

/** Arabic wording of every heading, as an officer writes it for a language the app does not write. */
const ARABIC_HEADINGS: Record<PartnerHeadingKey, string> = {
  title: 'اتفاقية شراكة',
  version: 'النص العربي',
  parties: 'بين الموقعين أدناه',
  and: 'و',
  seat: 'ومقرها',
  representedBy: 'ويمثلها',
  actingUnder: 'بموجب المداولة',
  hereafterLead: 'ويشار إليها فيما يلي بـ «الطرف الفرنسي»',
  hereafterPartner: 'ويشار إليها فيما يلي بـ «الشريك»',
  visas: 'المرجعيات القانونية',
  visaPrefix: 'بناء على',
  visaCgct: 'بناء على القانون العام للجماعات الترابية الفرنسي، ولا سيما المادة L. 1115-1 وما يليها؛',
  visaDeliberation: 'بناء على مداولة {{name}} رقم {{ref}}؛',
  preamble: 'ديباجة',
  agreed: 'اتفق الطرفان على ما يلي:',
  article: 'المادة {{n}}',
  doneAt: 'حرر في {{dots}}، بتاريخ {{dots}}، في {{count}} نسخ أصلية.',
  forParty: 'عن {{name}}',
};

/** The first words of each article's Arabic text: the order a right-to-left reader reads them in. */
export const ARABIC_WORDS = ['يتعاون', 'الطرفان', 'في', 'تنفيذ', 'البرنامج'];
export const arabicText = (n: number) => `${ARABIC_WORDS.join(' ')} وفقا لأحكام المادة ${n}.`;

/** The demo with a Moroccan partner writing in Arabic: every heading and version written by the officer. */
export function arabicPartner(): { s: ProgrammeSnapshot; settings: AuthoritySettings } {
  const { s, settings } = demo();
  const headings = Object.fromEntries(PARTNER_HEADING_KEYS.map((k) => [k, ARABIC_HEADINGS[k]])) as Record<PartnerHeadingKey, string>;
  return {
    settings,
    s: {
      ...s,
      framing: { ...s.framing, partnerLanguage: 'ar', partnerCountry: 'MA' },
      governance: {
        ...s.governance,
        partnerHeadings: headings,
        objectPartner: 'اتفاقية تعاون لامركزي من أجل برنامج إدماج الشباب.',
        preamblePartner: 'تتعاون الجماعتان منذ سنة 2019.',
      },
      clauses: s.clauses.map((c, i) => ({ ...c, partnerTitle: 'أحكام', partnerText: arabicText(i + 1) })),
    },
  };
}
