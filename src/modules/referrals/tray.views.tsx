import type { ComponentChildren } from 'preact';
import { formValue, type FormState } from '../../platform/http/form.js';
import { CsrfField, FormErrorSummary, TextInput, fieldError, formTitle } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { ContactDetails, Localized } from '../directory/parts.views.js';
import { ContactRequestForm } from './contact-request.views.js';
import { HONEYPOT_FIELD } from './contact-request.schema.js';
import type { TrayEntry } from './get-tray.js';
import type { ContactRecipient } from './list-contact-recipients.js';
import { isOnTray, TRAY_DAYS, type TrayItem } from './tray.cookie.js';

/**
 * The tray's views: the add / remove button other pages show (TrayButton, and TrayCardActions for a card or an
 * activity page), the tray page, its printout and the "e-mail the details" form and pages. Every button is a plain
 * form POST answered with 303, so all of it works without JavaScript; /static/js/tray.js (forms marked `data-tray`,
 * links marked `data-print`) only saves the page reload.
 */

const SCRIPT = 'js/tray.js';

function itemPath(item: TrayItem): string {
  return item.kind === 'activity' ? `/activities/${item.id}` : `/organisations/${item.id}`;
}

/** The id of an item's button form (also the fragment the 303 goes back to, so the page opens where it was). */
export function trayFormId(item: TrayItem): string {
  return `tray-${item.kind}-${item.id}`;
}

export interface TrayButtonProps {
  ctx: PageContext;
  csrf: string;
  /** The ids on the browser's tray (trayOf(request)). */
  tray: readonly TrayItem[];
  item: TrayItem;
  /** The item's name: said to screen readers after the button's label ("Lisää Tarjottimelle: …"). */
  name: ComponentChildren;
  /** Where to come back to (language-neutral path and query); default: this page. */
  returnTo?: string;
  /** Let tray.js send it without a page reload (default true). */
  enhance?: boolean;
}

/** "Lisää Tarjottimelle", or "Poista Tarjottimelta" when the item is already on the tray: a form POST with CSRF. */
export function TrayButton({ ctx, csrf, tray, item, name, returnTo, enhance = true }: TrayButtonProps) {
  const on = isOnTray(tray, item);
  return (
    <form method="post" action={ctx.href(on ? '/tray/remove' : '/tray/add')} class="tray-form no-print" id={trayFormId(item)} data-tray={enhance ? '' : undefined}>
      <CsrfField token={csrf} />
      <input type="hidden" name={item.kind} value={item.id} />
      <input type="hidden" name="return" value={returnTo ?? ctx.path} />
      <button type="submit" class={on ? 'tray-button button-secondary' : 'tray-button'}>
        <span class="tray-label">{ctx.t(on ? 'tray.remove' : 'tray.add')}</span>
        <span class="visually-hidden">: {name}</span>
      </button>
    </form>
  );
}

/**
 * On a card or an activity page: the tray button, "Lähetä tiedot sähköpostilla" (this item's details by e-mail) and
 * "Tulosta" (its contact details on paper; with JavaScript the page itself is printed).
 */
export function TrayCardActions(props: Omit<TrayButtonProps, 'returnTo' | 'enhance'>) {
  const { ctx, item } = props;
  const query = `?${item.kind}=${item.id}`;
  return (
    <div class="tray-card-actions no-print">
      <TrayButton {...props} />
      <ul class="tray-links">
        <li>
          <a href={ctx.href(`/tray/email${query}`)}>{ctx.t('tray.emailDetails')}</a>
        </li>
        <li>
          <a href={ctx.href(`/tray/print${query}`)} data-print="">
            {ctx.t('tray.print.one')}
          </a>
        </li>
      </ul>
    </div>
  );
}

/** One entry's name, organisation and contact details (tray page and printout). */
function EntryDetails({ ctx, entry, level, pageUrl }: { ctx: PageContext; entry: TrayEntry; level: 2 | 3; pageUrl?: string }) {
  const { t } = ctx;
  const H = level === 2 ? 'h2' : 'h3';
  const path = itemPath(entry);
  return (
    <>
      <H class="tray-entry-name" id={`entry-${entry.id}`}>
        <a href={ctx.href(path)}>
          <Localized ctx={ctx} texts={entry.name} />
        </a>
      </H>
      {entry.kind === 'activity' ? (
        <p class="tray-entry-org">
          {t('tray.entry.organization')}:{' '}
          <a href={ctx.href(`/organisations/${entry.organization.id}`)}>
            <Localized ctx={ctx} texts={entry.organization.name} />
          </a>
        </p>
      ) : null}
      {ContactDetails({ ctx, website: entry.contact.website, email: entry.contact.email, phone: entry.contact.phone, address: entry.contact.address }) ?? (
        <p>{t('tray.entry.noContact')}</p>
      )}
      {pageUrl ? <p class="tray-entry-url">{t('tray.print.pageAddress', { url: pageUrl })}</p> : null}
    </>
  );
}

/** "Lähetä tiedot sähköpostilla": an address, and the items when it is one card's (hidden fields). */
export function TrayEmailForm({
  ctx,
  csrf,
  form,
  items,
  headingLevel = 2,
}: {
  ctx: PageContext;
  csrf: string;
  form: FormState;
  /** One card's item(s); none: the tray's. */
  items?: readonly TrayItem[];
  headingLevel?: 1 | 2;
}) {
  const { t } = ctx;
  const H = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section class="tray-email no-print" aria-labelledby="tray-email-heading">
      <H id="tray-email-heading">{t('tray.emailDetails')}</H>
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ address: 'tray-email-address', form: 'tray-email-submit' }} />
      <p>{t(items && items.length === 1 ? 'tray.email.intro.one' : 'tray.email.intro')}</p>
      <form method="post" action={ctx.href('/tray/email')} novalidate>
        <CsrfField token={csrf} />
        {(items ?? []).map((i) => (
          <input type="hidden" name={i.kind} value={i.id} />
        ))}
        <TextInput
          ctx={ctx}
          id="tray-email-address"
          name="address"
          type="email"
          label={t('tray.email.address')}
          hint={t('tray.email.address.hint')}
          value={formValue(form.values, 'address')}
          error={fieldError(ctx, form.errors, 'address')}
          autocomplete="email"
          required
        />
        <div class="visually-hidden" aria-hidden="true">
          <label for="tray-website">{t('tray.email.honeypot')}</label>
          <input type="text" id="tray-website" name={HONEYPOT_FIELD} value="" tabindex={-1} autocomplete="off" />
        </div>
        <p class="form-buttons">
          <button type="submit" id="tray-email-submit">
            {t('tray.emailDetails')}
          </button>
        </p>
      </form>
    </section>
  );
}

function EmptyTray({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <div class="tray-empty">
      <p class="lead">{t('tray.empty')}</p>
      <p>{t('tray.empty.how')}</p>
      <ul>
        <li>{t('tray.empty.request')}</li>
        <li>{t('tray.empty.print')}</li>
        <li>{t('tray.empty.email')}</li>
      </ul>
      <p>
        <a class="button" href={ctx.href('/')}>
          {t('tray.empty.search')}
        </a>{' '}
        <a href={ctx.href('/organisations')}>{t('tray.empty.browse')}</a>
      </p>
    </div>
  );
}

/**
 * "Tarjotin": the chosen organisations and activities with their contact details and a remove button each; one
 * contact request to all of them that take requests (A's ContactRequestForm, one delivery per organisation);
 * print; e-mail the list. Empty: how the tray works and a way to search.
 */
export function TrayPage({
  ctx,
  csrf,
  entries,
  tray,
  recipients,
  emailForm,
}: {
  ctx: PageContext;
  csrf: string;
  entries: TrayEntry[];
  /** The tray's (public) items, for the remove buttons. */
  tray: readonly TrayItem[];
  /** The entries that may receive a contact request. */
  recipients: ContactRecipient[];
  emailForm: FormState;
}) {
  const { t } = ctx;
  const title = t('tray.title');
  const without = entries.filter((e) => !e.acceptsContactRequests);
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, emailForm.errors)} script={SCRIPT}>
      <div class="tray-page">
        <h1>{title}</h1>
        {entries.length === 0 ? (
          <EmptyTray ctx={ctx} />
        ) : (
          <>
            <p class="tray-intro">
              {t(entries.length === 1 ? 'tray.page.countOne' : 'tray.page.count', { count: entries.length })} {t('tray.page.kept', { days: TRAY_DAYS })}
            </p>
            <ol class="tray-list">
              {entries.map((entry) => (
                <li class="tray-entry">
                  <EntryDetails ctx={ctx} entry={entry} level={2} />
                  {entry.acceptsContactRequests ? null : <p class="tray-no-requests">{t('tray.entry.noRequests')}</p>}
                  <TrayButton ctx={ctx} csrf={csrf} tray={tray} item={entry} name={<Localized ctx={ctx} texts={entry.name} />} returnTo="/tray" enhance={false} />
                </li>
              ))}
            </ol>
            {recipients.length > 0 ? (
              <ContactRequestForm ctx={ctx} csrf={csrf} recipients={recipients} form={{ values: {}, errors: {} }} fromTray />
            ) : (
              <p class="notice no-print">{t('tray.noRecipients')}</p>
            )}
            {recipients.length > 0 && without.length > 0 ? <p class="no-print">{t('tray.someWithout', { count: without.length })}</p> : null}
            <section class="tray-give no-print" aria-labelledby="tray-give-heading">
              <h2 id="tray-give-heading">{t('tray.give.heading')}</h2>
              <p>{t('tray.give.intro')}</p>
              <p>
                <a class="button button-secondary" href={ctx.href('/tray/print')} data-print="">
                  {t('tray.print')}
                </a>
              </p>
            </section>
            <TrayEmailForm ctx={ctx} csrf={csrf} form={emailForm} />
            <form method="post" action={ctx.href('/tray/clear')} class="tray-clear no-print">
              <CsrfField token={csrf} />
              <button type="submit" class="button-secondary">
                {t('tray.clear')}
              </button>
            </form>
          </>
        )}
      </div>
    </Layout>
  );
}

/**
 * The printout: the entries' names and contact details and each page's address, nothing else (the print stylesheet
 * hides the header, footer and buttons). Without JavaScript the person prints it with the browser's own command.
 */
export function TrayPrintPage({ ctx, entries, baseUrl, single }: { ctx: PageContext; entries: TrayEntry[]; baseUrl: string; single: boolean }) {
  const { t } = ctx;
  const title = single && entries[0] ? t('tray.print.titleOne') : t('tray.print.title');
  return (
    <Layout ctx={ctx} title={title} script={SCRIPT}>
      <div class="tray-page tray-print">
        <h1>{title}</h1>
        <div class="print-controls no-print">
          <p>
            <button type="button" data-print="" hidden>
              {t('tray.print.button')}
            </button>
          </p>
          <p>{t('tray.print.hint')}</p>
          <p>
            <a href={ctx.href(single && entries[0] ? itemPath(entries[0]) : '/tray')}>{t(single ? 'tray.print.backToPage' : 'tray.print.back')}</a>
          </p>
        </div>
        {entries.length === 0 ? (
          <p>{t('tray.empty')}</p>
        ) : (
          <ol class="tray-list">
            {entries.map((entry) => (
              <li class="tray-entry">
                <EntryDetails ctx={ctx} entry={entry} level={2} pageUrl={`${baseUrl}${ctx.href(itemPath(entry))}`} />
              </li>
            ))}
          </ol>
        )}
        <p class="tray-print-source">{t('tray.print.source', { url: `${baseUrl}${ctx.href('/')}` })}</p>
      </div>
    </Layout>
  );
}

/** "Lähetä tiedot sähköpostilla" for one card (or the tray): the names, then the form. */
export function TrayEmailPage({ ctx, csrf, entries, items, form }: { ctx: PageContext; csrf: string; entries: TrayEntry[]; items?: readonly TrayItem[]; form: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={formTitle(ctx, t('tray.emailDetails'), form.errors)}>
      <div class="tray-page">
        {entries.length === 0 ? (
          <>
            <h1>{t('tray.emailDetails')}</h1>
            <p>{t('tray.empty')}</p>
            <p>
              <a href={ctx.href('/')}>{t('tray.empty.search')}</a>
            </p>
          </>
        ) : (
          <>
            <TrayEmailForm ctx={ctx} csrf={csrf} form={form} items={items} headingLevel={1} />
            <h2>{t(entries.length === 1 ? 'tray.email.sendsOne' : 'tray.email.sends')}</h2>
            <ul class="tray-email-items">
              {entries.map((e) => (
                <li>
                  <a href={ctx.href(itemPath(e))}>
                    <Localized ctx={ctx} texts={e.name} />
                  </a>
                  {e.kind === 'activity' ? (
                    <>
                      {' ('}
                      <Localized ctx={ctx} texts={e.organization.name} />)
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </Layout>
  );
}

/** After e-mailing: it is on its way (the address is not repeated), and the way back. */
export function TrayEmailSentPage({ ctx, back }: { ctx: PageContext; back: TrayItem | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('tray.email.sent.title')}>
      <div class="tray-page">
        <h1>{t('tray.email.sent.title')}</h1>
        <p role="status">{t('tray.email.sent.body')}</p>
        <p>{t('tray.email.sent.spam')}</p>
        <p>
          <a href={ctx.href(back ? itemPath(back) : '/tray')}>{t(back ? (back.kind === 'activity' ? 'tray.email.sent.backActivity' : 'tray.email.sent.backCard') : 'tray.email.sent.backTray')}</a>
        </p>
      </div>
    </Layout>
  );
}
