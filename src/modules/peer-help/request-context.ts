import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import type { MailTemplate } from '../../platform/mail/mail-template.js';
import { canSeeRequest } from './peer-help.policy.js';
import { findAccounts, findRequest, listApplications, listGroupIdsOfUser, type ApplicationRow, type RequestRow } from './peer-help.repo.js';
import type { Category } from './peer-help.schema.js';

/** A request as one person may see it: the request, its applications and the person's groups. */
export interface RequestContext {
  request: RequestRow;
  applications: ApplicationRow[];
  groupIds: string[];
}

/**
 * Loads a request for a person, or throws 404 when it does not exist or they may not see it (a draft of someone
 * else, a group's request for a non-member): the shared first step of every use case on one request.
 */
export async function loadRequestContext(db: Database, user: SessionUser, id: string): Promise<RequestContext> {
  const request = await findRequest(db, id);
  const groupIds = await listGroupIdsOfUser(db, user.id, user.email);
  if (!request || !canSeeRequest(user, request, groupIds)) throw notFound('peer help request');
  return { request, applications: await listApplications(db, id), groupIds };
}

export function requestMailParams(r: RequestRow): { requestId: string; reference: string; category: Category; summary: string } {
  return { requestId: r.id, reference: r.reference, category: r.category as Category, summary: r.summary };
}

/** Queues one e-mail to each of these accounts, in the account's language. */
export async function mailAccounts(db: Database, userIds: string[], template: MailTemplate<any>, params: unknown): Promise<void> {
  for (const a of await findAccounts(db, [...new Set(userIds)])) {
    await enqueueMail(db, { to: a.email, lang: a.lang as Lang, template, params });
  }
}
