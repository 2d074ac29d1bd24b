import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, invalidInput, notFound } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { bulletinDecisionMail, bulletinForwardMail } from './bulletin-mail.js';
import type { BulletinTopic, ForwardInput } from './bulletins.schema.js';
import { findBulletinSender, insertForwards, listStaffGroups, lockCentreBulletin, setBulletinDecision, type StaffGroupRow } from './bulletins.repo.js';
import { requireLiaison } from './centres.policy.js';

/**
 * A liaison forwards a bulletin waiting at the centre to chosen staff groups of that centre, in one transaction: one
 * e-mail per address (an address in two chosen groups gets one, naming both groups), queued as send-mail jobs in the
 * bulletin's language; the forward is recorded with each group's name and number of addresses (never the
 * addresses); the sender is told to how many groups. A bulletin not sent to the centre is not found; one already
 * handled is a CONFLICT (so nobody gets it twice); a group of another centre is refused next to the field.
 * Audited with counts only. Returns how many e-mails were queued.
 */
export async function forwardBulletin({ db, actor, centreId, bulletinId, input, now }: { db: Database; actor: SessionUser; centreId: string; bulletinId: string; input: ForwardInput; now: Date }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const centre = await requireLiaison(trx, actor, centreId);
    const bulletin = await lockCentreBulletin(trx, { bulletinId, centreId });
    if (!bulletin) throw notFound('bulletin');
    if (bulletin.status !== 'pending') throw conflict('bulletin already handled', { messageKey: 'centreBulletins.error.handled' });
    const all = await listStaffGroups(trx, centreId);
    const chosen = input.groups.map((id) => all.find((g) => g.id === id));
    if (chosen.some((g) => g === undefined)) throw invalidInput({ groups: 'centreBulletins.error.groups' });
    const groups = chosen as StaffGroupRow[];
    const byAddress = new Map<string, StaffGroupRow[]>();
    for (const g of groups) for (const email of g.emails) byAddress.set(email, [...(byAddress.get(email) ?? []), g]);
    const common = {
      centreId,
      centreFi: centre.nameFi,
      centreSv: centre.nameSv,
      title: bulletin.title,
      body: bulletin.body,
      organization: bulletin.organizationFi,
      activity: bulletin.activityFi ?? '',
      topics: bulletin.topics as BulletinTopic[],
      note: input.note,
      forwardedBy: actor.email,
    };
    for (const [email, its] of byAddress) {
      await enqueueMail(trx, { to: email, lang: bulletin.lang, template: bulletinForwardMail, params: { ...common, groups: its.map((g) => ({ name: g.name, topics: g.topics as BulletinTopic[] })) } });
    }
    await insertForwards(trx, groups.map((g) => ({ bulletinId, centreId, groupId: g.id, groupName: g.name, recipients: g.emails.length })));
    await setBulletinDecision(trx, { bulletinId, centreId, status: 'forwarded', message: '', decidedBy: actor.id, at: now });
    await recordAudit(trx, { actorId: actor.id, action: 'bulletin.forward', subjectType: 'centre_bulletin', subjectId: bulletinId, organizationId: bulletin.organizationId, fromState: 'pending', toState: 'forwarded', detail: { centreId, groups: groups.length, recipients: byAddress.size } });
    const sender = await findBulletinSender(trx, bulletinId);
    if (sender) {
      await enqueueMail(trx, { to: sender.email, lang: sender.lang, template: bulletinDecisionMail, params: { centreId, centreFi: centre.nameFi, centreSv: centre.nameSv, title: bulletin.title, decision: 'forwarded', groups: groups.length, message: '' } });
    }
    return byAddress.size;
  });
}
