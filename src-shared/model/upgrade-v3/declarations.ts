import type { SnapshotUpgrade } from '../upgrades';

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Schema 3, declarations after the vote (issue 14): the session particulars gain the vote's results and the
 * transmission particulars, all empty. Logframe rows and budget lines also gain an OECD DAC purpose code, whose
 * empty value (null) their schemas' default gives, so older rows are left as they were written. Frozen: literal values.
 */
export const declarationsStep: SnapshotUpgrade = (older) => {
  const session = isObject(older.session) ? older.session : null;
  return {
    ...older,
    ...(session
      ? {
          session: {
            ...session,
            vote: isObject(session.vote)
              ? session.vote
              : { members: null, voters: null, for: null, against: null, abstain: null, notTaking: null },
            transmission: isObject(session.transmission)
              ? session.transmission
              : { matiere: '', deliberationActNumber: '', conventionActNumber: '', prefectureId: '', prefectureDate: null, publicationUrl: '' },
          },
        }
      : {}),
  };
};
