import type { Database } from '../../platform/db/database.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newId, stableId } from '../../platform/ids.js';
import { requireCrisisHelpEditor } from './crisis.policy.js';
import { replaceCrisisHelp } from './crisis.repo.js';
import type { CrisisHelpInput } from './crisis.schema.js';

const orNull = (s: string) => (s ? s : null);

/**
 * Replaces the crisis phrases and helplines with what a platform administrator saved, in one transaction with an
 * audit entry (counts only).
 */
export async function saveCrisisHelp({ db, actor, input }: { db: Database; actor: SessionUser | null; input: CrisisHelpInput }): Promise<void> {
  const user = requireCrisisHelpEditor(actor);
  const phrases = (['fi', 'sv', 'en'] as const).flatMap((lang) => input.phrases[lang].map((phrase) => ({ lang, phrase })));
  const helplines = input.helplines.map((h, i) => ({
    id: newId(),
    position: i + 1,
    nameFi: h.nameFi,
    nameSv: orNull(h.nameSv),
    nameEn: orNull(h.nameEn),
    phone: h.phone,
    hoursFi: orNull(h.hoursFi),
    hoursSv: orNull(h.hoursSv),
    hoursEn: orNull(h.hoursEn),
    url: orNull(h.url),
  }));
  await db.transaction().execute(async (trx) => {
    await replaceCrisisHelp(trx, phrases, helplines);
    await recordAudit(trx, {
      actorId: user.id,
      action: 'crisis_help.saved',
      subjectType: 'crisis_help',
      subjectId: stableId('crisis_help', 'settings'),
      detail: { phrases: phrases.length, helplines: helplines.length },
    });
  });
}
