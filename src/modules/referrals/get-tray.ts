import type { Database } from '../../platform/db/database.js';
import type { Texts } from '../directory/directory.types.js';
import type { TrayItem, TrayKind } from './tray.cookie.js';
import { findTrayActivities, findTrayOrganizations, type TrayContact } from './tray.repo.js';

/** One thing on the tray as the tray page, its printout and the e-mailed list show it. */
export interface TrayEntry {
  kind: TrayKind;
  id: string;
  /** The organisation's name, or the activity's. */
  name: Texts;
  /** The organisation (for an organisation: itself). */
  organization: { id: string; name: Texts };
  /** How to reach it, as the card shows: for an activity its own web address, e-mail and phone where it has them, else its organisation's; the organisation's address. */
  contact: TrayContact;
  /** The organisation takes contact requests through the service (it has a request address). */
  acceptsContactRequests: boolean;
}

export interface Tray {
  /** The public items, in the tray's order (what the cookie should now hold). */
  items: TrayItem[];
  entries: TrayEntry[];
}

/**
 * The public organisations and activities among the tray's items with their contact details, in the tray's order.
 * Items that are not public (archived, draft, unknown ids) are left out; `items` is the tray without them.
 */
export async function getTray(options: { db: Database; items: readonly TrayItem[] }): Promise<Tray> {
  const { db, items } = options;
  const ids = (kind: TrayKind) => items.filter((i) => i.kind === kind).map((i) => i.id);
  const [organizations, activities] = await Promise.all([findTrayOrganizations(db, ids('organization')), findTrayActivities(db, ids('activity'))]);
  const entries: TrayEntry[] = [];
  for (const item of items) {
    if (item.kind === 'organization') {
      const o = organizations.find((x) => x.id === item.id);
      if (o) entries.push({ kind: 'organization', id: o.id, name: o.name, organization: { id: o.id, name: o.name }, contact: o.contact, acceptsContactRequests: o.acceptsContactRequests });
    } else {
      const a = activities.find((x) => x.id === item.id);
      if (!a) continue;
      const org = a.organization;
      entries.push({
        kind: 'activity',
        id: a.id,
        name: a.name,
        organization: { id: org.id, name: org.name },
        contact: { website: or(a.website, org.contact.website), email: or(a.email, org.contact.email), phone: or(a.phone, org.contact.phone), address: org.contact.address },
        acceptsContactRequests: org.acceptsContactRequests,
      });
    }
  }
  return { items: entries.map((e) => ({ kind: e.kind, id: e.id })), entries };
}

/** The activity's own value when it has one, else its organisation's. */
function or(own: string | null, organization: string | null): string | null {
  return own?.trim() ? own : organization;
}
