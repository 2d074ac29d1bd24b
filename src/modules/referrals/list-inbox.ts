import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { countNewRecipients, listInboxRows, type InboxRow } from './inbox.repo.js';
import { inboxOrganizationIds } from './inbox.policy.js';

export const INBOX_PAGE_SIZE = 50;

export interface InboxPage {
  items: InboxRow[];
  total: number;
  page: number;
  pageSize: number;
  /** How many organisations the user maintains (0: the page says so instead of listing). */
  organizations: number;
}

/**
 * The maintainers' inbox: requests to every organisation the user maintains, newest first, a page at a time. Only
 * the reference, organisation, activity, dates and status: the client's details are on the request's own page,
 * where reading them is audited.
 */
export async function listInbox(options: { db: Database; user: SessionUser; page: number }): Promise<InboxPage> {
  const organizationIds = inboxOrganizationIds(options.user);
  const page = Math.max(1, options.page);
  const { rows, total } = await listInboxRows(options.db, {
    organizationIds,
    limit: INBOX_PAGE_SIZE,
    offset: (page - 1) * INBOX_PAGE_SIZE,
  });
  return { items: rows, total, page, pageSize: INBOX_PAGE_SIZE, organizations: organizationIds.length };
}

/** For the header link "Yhteydenottopyynnöt (n)": requests to the user's organisations not opened yet; null when they maintain none. */
export async function countNewRequests(options: { db: Database; user: SessionUser }): Promise<number | null> {
  const organizationIds = inboxOrganizationIds(options.user);
  if (organizationIds.length === 0) return null;
  return countNewRecipients(options.db, { organizationIds });
}
