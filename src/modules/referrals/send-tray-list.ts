import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { addressLine } from '../directory/parts.views.js';
import type { Texts } from '../directory/directory.types.js';
import { getTray, type TrayEntry } from './get-tray.js';
import type { TrayItem } from './tray.cookie.js';
import { trayListMail, type TrayListItem } from './tray-list.mail.js';

/**
 * "Lähetä tiedot sähköpostilla": e-mails the public contact details of the items (a tray, or one card) to an address,
 * in the page's language. Only public items are sent (checked again here); none left → the form's error
 * `tray.error.empty`. The address is the mail's `to` and nothing else: it is not stored with the list, nor logged,
 * and the send-mail job holds it sealed (encrypted with the field cipher, opened only when the mail is sent).
 * Returns how many organisations / activities the mail lists.
 */
export async function sendTrayList(options: {
  db: Database;
  cipher: FieldCipher;
  to: string;
  items: readonly TrayItem[];
  lang: Lang;
}): Promise<{ count: number }> {
  const { db, cipher, to, lang } = options;
  const tray = await getTray({ db, items: options.items });
  if (tray.entries.length === 0) throw invalidInput({ form: 'tray.error.empty' });
  const items = tray.entries.map((e) => mailItem(e, lang));
  await db.transaction().execute(async (trx) => {
    await enqueueMail(trx, { to, lang, template: trayListMail, params: { items }, seal: cipher });
  });
  return { count: items.length };
}

function name(lang: Lang, texts: Texts): string {
  return pick(lang, texts.fi, texts.sv, texts.en);
}

/** What the mail says of one entry: names in the page's language, the card's contact details as text. */
export function mailItem(e: TrayEntry, lang: Lang): TrayListItem {
  const clean = (s: string | null | undefined, max: number) => {
    const v = (s ?? '').replace(/\s+/g, ' ').trim();
    return v ? v.slice(0, max) : null;
  };
  return {
    name: clean(name(lang, e.name), 300) ?? '–',
    organization: e.kind === 'activity' ? clean(name(lang, e.organization.name), 300) : null,
    website: clean(e.contact.website, 500),
    email: clean(e.contact.email, 320),
    phone: clean(e.contact.phone, 100),
    address: clean(addressLine(lang, e.contact.address), 500),
    path: e.kind === 'activity' ? `/activities/${e.id}` : `/organisations/${e.id}`,
  };
}
