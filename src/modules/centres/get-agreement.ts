import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { eventsCalendar, type IcalLabels } from '../events/event-ical.js';
import { agreementEvent } from './agreement-event.js';
import { findAgreement, listSteps, type AgreementRow, type StepRow } from './agreements.repo.js';
import { findCentre } from './centres.repo.js';
import { requireAgreementSide } from './centres.policy.js';

export interface AgreementPage {
  agreement: AgreementRow;
  side: 'ngo' | 'centre';
  steps: StepRow[];
  canAnswer: boolean;
}

/** An agreement for one of its sides (others: 404), with its steps and whether it is this side's turn. */
export async function getAgreement({ db, actor, id }: { db: Database; actor: SessionUser; id: string }): Promise<AgreementPage> {
  const { agreement, side } = await requireAgreementSide(db, actor, await findAgreement(db, id));
  return { agreement, side, steps: await listSteps(db, id), canAnswer: agreement.awaiting === side };
}

/** An accepted agreement's .ics for its sides (null while not agreed: the route answers 404). */
export async function getAgreementIcal({ db, actor, id, lang, url, labels }: { db: Database; actor: SessionUser; id: string; lang: Lang; url: (id: string) => string; labels: IcalLabels }): Promise<string | null> {
  const { agreement } = await requireAgreementSide(db, actor, await findAgreement(db, id));
  if (agreement.status !== 'accepted') return null;
  const centre = (await findCentre(db, agreement.centreId))!;
  const event = {
    ...agreementEvent(agreement, centre),
    id: agreement.id,
    organization: null,
    reviewStatus: 'approved' as const,
    createdAt: agreement.updatedAt,
    updatedAt: agreement.updatedAt,
    municipalities: [],
    terms: [],
  };
  return eventsCalendar({ name: `${agreement.title} – ${centre.nameFi}`, events: [event], lang, url: () => url(agreement.id), labels });
}
