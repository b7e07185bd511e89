import { common } from './common';
import { shell } from './shell';
import { errors } from './errors';
import { framing } from './framing';
import { diagnosis } from './diagnosis';
import { partnership } from './partnership';
import { logframe } from './logframe';
import { indicators } from './indicators';
import { budget } from './budget';
import { timeline } from './timeline';
import { risks } from './risks';
import { readiness } from './readiness';
import { documents } from './documents';
import { settings } from './settings';
import { capitalisation } from './capitalisation';
import { archive } from './archive';
import { history } from './history';

export const en = { common, shell, errors, framing, diagnosis, partnership, logframe, indicators, budget, timeline, risks, readiness, documents, settings, capitalisation, archive, history };
