import { SessionParticulars, type AuthoritySettings } from '../model';
import { DEMO_YEARS, leadCashByYear } from './budget';
import { DEMO } from './names';
import { withFrenchTypography } from './text';

/**
 * The example authority's permanent particulars (fictional, labelled as an example in its name), so the demo
 * programme reaches its final package: `atelier demo` writes them when the data folder has no settings yet.
 */
export function demoAuthoritySettings(): Partial<AuthoritySettings> {
  return withFrenchTypography<Partial<AuthoritySettings>>({
    authorityType: 'departement',
    name: `${DEMO.departement} (exemple)`,
    presidentName: DEMO.president,
    presidentTitle: 'presidente',
    delegationDeliberation: 'n° 2021-CD-07-02 du 1er juillet 2021',
    appealCourt: DEMO.appealCourt,
    defaultSignatory: `${DEMO.president}, ${DEMO.presidentFunction}`,
    authorName: DEMO.officer,
    authorOrganisation: `${DEMO.departement} (exemple) – Direction de l'insertion et des solidarités internationales`,
    documentLanguages: ['fr'],
    uiLanguage: 'fr',
  });
}

/** The demo programme's passage before the assembly (fictional): the Commission permanente of 15 March 2027. */
export function demoSession(): SessionParticulars {
  const cash = leadCashByYear();
  return withFrenchTypography<SessionParticulars>({
    assembly: 'delegate',
    sessionDate: DEMO.sessionDate,
    reportNumber: DEMO.reportNumber,
    deliberationNumber: DEMO.deliberationNumber,
    rapporteur: DEMO.rapporteur,
    committeeOpinion: 'avis favorable de la commission Solidarités et coopération internationale du 1er mars 2027',
    budgetChapter: '65',
    budgetArticle: '6574',
    budgetProgramme: 'P412 – Solidarité et coopération internationales',
    authorisationProgramme: 'AP 2027-SOLINT-01 « Cap Jeunes »',
    paymentCredits: DEMO_YEARS.map((year) => ({ year, amount: cash[year] / 100 })),
    ...SessionParticulars.pick({ vote: true, transmission: true }).parse({}),
  });
}
