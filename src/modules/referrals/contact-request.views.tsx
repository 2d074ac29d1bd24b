import { formValue, formValueList, type FormState } from '../../platform/http/form.js';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { ChoiceGroup, CsrfField, FormErrorSummary, TextArea, TextInput, fieldError, formTitle, groupAnchor, type Option } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { FROM_FIELD, FROM_TRAY, HONEYPOT_FIELD, isMunicipalityCode, searchedMunicipality } from './contact-request.schema.js';
import type { ContactRecipient } from './list-contact-recipients.js';
import { CONTACT_LANGS, SENDER_KINDS, type SenderKind } from './referrals.types.js';

/**
 * The contact-request form ("Pyydä yhteydenottoa") and its pages. The form is a plain POST to /contact-requests
 * that works without JavaScript. The professional's fields and the two consent boxes sit under the sender choice;
 * where the browser supports CSS :has(), only the part of the chosen sender shows (site.css, "== referrals =="),
 * elsewhere both show and the server checks the box that matches the choice.
 */

const SENDER_LABELS: Record<SenderKind, MessageKey> = {
  self: 'referrals.request.sender.self',
  professional: 'referrals.request.sender.professional',
};

/** Where each field's error summary link lands (groups: their first control). */
function anchors(sender: string): Record<string, string> {
  return {
    sender: `sender-${SENDER_KINDS[0]}`,
    contactLang: `contactLang-${CONTACT_LANGS[0]}`,
    consent: sender === 'professional' ? 'consent-professional' : 'consent-self',
    recipients: 'contact-request-recipients',
    form: 'contact-request-submit',
  };
}

function RecipientList({ ctx, recipients }: { ctx: PageContext; recipients: ContactRecipient[] }) {
  return (
    <div id="contact-request-recipients" tabindex={-1}>
      <p>{ctx.t('referrals.request.recipients')}</p>
      <ul>
        {recipients.map((r) => (
          <li>{r.kind === 'activity' ? ctx.t('referrals.request.recipient.activity', { activity: r.name, organization: r.organizationName }) : r.name}</li>
        ))}
      </ul>
    </div>
  );
}

/** A consent box with its own class, so that only the chosen sender's box shows where CSS allows. */
function ConsentBox({ ctx, kind, checked, error }: { ctx: PageContext; kind: SenderKind; checked: boolean; error?: string }) {
  const id = `consent-${kind}`;
  return (
    <div class={`field single-choice for-${kind}`}>
      <input
        type="checkbox"
        id={id}
        name="consent"
        value={kind}
        checked={checked}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'consent-error' : undefined}
      />
      <label for={id}>{ctx.t(kind === 'professional' ? 'referrals.request.consent.professional' : 'referrals.request.consent.self')}</label>
    </div>
  );
}

export interface ContactRequestFormProps {
  ctx: PageContext;
  csrf: string;
  /** Who the request goes to (hidden fields); the organisation card passes its organisation, the tray its items. */
  recipients: ContactRecipient[];
  /** Empty, or what was typed and its errors (the form contract). */
  form: FormState;
  /** The sender choice made in advance, if any (the person still sees and may change it). */
  sender?: SenderKind;
  /** 1 on the form's own page, 2 inside another page (default). */
  headingLevel?: 1 | 2;
  /** Show the recipients' names above the form (default true; the tray page lists them itself). */
  showRecipients?: boolean;
  /** Sent from the tray page: once sent, the recipients leave the tray (hidden field `from=tray`, kept on errors). */
  fromTray?: boolean;
  /** The search results the page was opened from (`/search?…`): their municipality goes with the request. */
  resultsPath?: string | null;
}

/**
 * "Pyydä yhteydenottoa": the whole form, with its error summary when shown again. Used on the organisation card, the
 * activity page, the tray page and the form's own page (/contact-requests/new, where errors are shown).
 */
export function ContactRequestForm({ ctx, csrf, recipients, form, sender, headingLevel = 2, showRecipients = true, fromTray = false, resultsPath = null }: ContactRequestFormProps) {
  const { t } = ctx;
  const { values, errors } = form;
  const chosen = formValue(values, 'sender') || sender || '';
  const consent = formValueList(values, 'consent');
  const kept = formValue(values, 'municipality');
  const municipality = searchedMunicipality(resultsPath) ?? (isMunicipalityCode(kept) ? kept : null);
  const e = (field: string) => fieldError(ctx, errors, field);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const senderOptions: Option[] = SENDER_KINDS.map((k) => ({ value: k, label: t(SENDER_LABELS[k]) }));
  const langOptions: Option[] = CONTACT_LANGS.map((l) => ({ value: l, label: t(`referrals.request.contactLang.${l}` as MessageKey) }));
  return (
    <section class="contact-request no-print" aria-labelledby="contact-request-heading">
      <Heading id="contact-request-heading">{t('referrals.request.heading')}</Heading>
      <FormErrorSummary ctx={ctx} errors={errors} anchors={anchors(chosen)} />
      <p>{t('referrals.request.intro')}</p>
      {showRecipients && recipients.length > 0 ? <RecipientList ctx={ctx} recipients={recipients} /> : null}
      {errors.recipients ? (
        <p class="field-error" id="recipients-error">
          {e('recipients')}
        </p>
      ) : null}
      <form method="post" action={ctx.href('/contact-requests')} class="contact-request-form" id="contact-request" novalidate>
        <CsrfField token={csrf} />
        {recipients.map((r) => (
          <input type="hidden" name={r.kind} value={r.id} />
        ))}
        {fromTray || formValue(values, FROM_FIELD) === FROM_TRAY ? <input type="hidden" name={FROM_FIELD} value={FROM_TRAY} /> : null}
        {municipality ? <input type="hidden" name="municipality" value={municipality} /> : null}
        <ChoiceGroup
          ctx={ctx}
          type="radio"
          name="sender"
          legend={t('referrals.request.sender.legend')}
          options={senderOptions}
          selected={[chosen]}
          error={e('sender')}
          required
        />
        <fieldset class="field-set for-professional">
          <legend>{t('referrals.request.professional.legend')}</legend>
          <TextInput
            ctx={ctx}
            name="unit"
            label={t('referrals.request.unit')}
            hint={t('referrals.request.unit.hint')}
            value={formValue(values, 'unit')}
            error={e('unit')}
            autocomplete="organization"
            required
          />
          <TextInput
            ctx={ctx}
            name="followUpEmail"
            type="email"
            label={t('referrals.request.followUpEmail')}
            hint={t('referrals.request.followUpEmail.hint')}
            value={formValue(values, 'followUpEmail')}
            error={e('followUpEmail')}
            autocomplete="email"
          />
        </fieldset>
        <fieldset class="field-set" aria-describedby="contact-details-hint">
          <legend>{t('referrals.request.client.legend')}</legend>
          <p class="hint" id="contact-details-hint">
            {t('referrals.request.client.hint')}
          </p>
          <TextInput ctx={ctx} name="firstName" label={t('referrals.request.firstName')} value={formValue(values, 'firstName')} error={e('firstName')} autocomplete="given-name" required />
          <TextInput
            ctx={ctx}
            name="phone"
            type="tel"
            label={t('referrals.request.phone')}
            hint={t('referrals.request.phone.hint')}
            value={formValue(values, 'phone')}
            error={e('phone')}
            autocomplete="tel"
            inputmode="tel"
          />
          <TextInput ctx={ctx} name="email" type="email" label={t('referrals.request.email')} value={formValue(values, 'email')} error={e('email')} autocomplete="email" />
          <TextInput
            ctx={ctx}
            name="preferredTime"
            label={t('referrals.request.preferredTime')}
            hint={t('referrals.request.preferredTime.hint')}
            value={formValue(values, 'preferredTime')}
            error={e('preferredTime')}
          />
        </fieldset>
        <ChoiceGroup
          ctx={ctx}
          type="radio"
          name="contactLang"
          legend={t('referrals.request.contactLang')}
          options={langOptions}
          selected={[formValue(values, 'contactLang') || ctx.lang]}
          error={e('contactLang')}
          required
        />
        <TextArea ctx={ctx} name="message" label={t('referrals.request.message')} hint={t('referrals.request.message.hint')} value={formValue(values, 'message')} error={e('message')} rows={4} />
        <fieldset class={errors.consent ? 'field choice-group field-invalid' : 'field choice-group'} id="consent-group">
          <legend>
            {t('referrals.request.consent.legend')}
            <span class="required"> {t('form.required')}</span>
          </legend>
          {errors.consent ? (
            <p class="field-error" id="consent-error">
              {e('consent')}
            </p>
          ) : null}
          <ConsentBox ctx={ctx} kind="professional" checked={consent.includes('professional')} error={e('consent')} />
          <ConsentBox ctx={ctx} kind="self" checked={consent.includes('self')} error={e('consent')} />
          <p>
            <a href={ctx.href('/privacy')}>{t('referrals.request.privacyLink')}</a>
          </p>
        </fieldset>
        <div class="visually-hidden" aria-hidden="true">
          <label for={HONEYPOT_FIELD}>{t('referrals.request.honeypot')}</label>
          <input type="text" id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} value="" tabindex={-1} autocomplete="off" />
        </div>
        <p class="form-buttons">
          <button type="submit" id="contact-request-submit">
            {t('referrals.request.submit')}
          </button>
        </p>
      </form>
    </section>
  );
}

/** /contact-requests/new: the form alone, and where it is shown again with its errors. */
export function ContactRequestPage({ ctx, csrf, recipients, form, sender }: { ctx: PageContext; csrf: string; recipients: ContactRecipient[]; form: FormState; sender?: SenderKind }) {
  const title = ctx.t('referrals.request.heading');
  const hasErrors = Object.keys(form.errors).length > 0;
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)}>
      <div class="contact-request-page">
        {recipients.length > 0 || hasErrors ? (
          <ContactRequestForm ctx={ctx} csrf={csrf} recipients={recipients} form={form} sender={sender} headingLevel={1} />
        ) : (
          <>
            <h1>{title}</h1>
            <p>{ctx.t('referrals.request.recipientsNone')}</p>
          </>
        )}
      </div>
    </Layout>
  );
}

/** After sending: to whom it went, the reference, what happens next. Nothing the person typed is shown. */
export function ContactRequestSentPage({
  ctx,
  sent,
  eraseAfterDays,
}: {
  ctx: PageContext;
  sent: { reference: string; organizations: string[] } | null;
  eraseAfterDays: number;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('referrals.sent.title')}>
      <div class="contact-request-page">
        <h1>{t('referrals.sent.title')}</h1>
        {sent ? (
          <>
            <p>{t('referrals.sent.recipients')}</p>
            <ul>
              {sent.organizations.map((name) => (
                <li>{name}</li>
              ))}
            </ul>
            <p class="notice">
              {t('referrals.sent.reference')}: <strong class="reference">{sent.reference}</strong>
              <br />
              {t('referrals.sent.reference.hint')}
            </p>
          </>
        ) : (
          <p>{t('referrals.sent.generic')}</p>
        )}
        <h2>{t('referrals.sent.next')}</h2>
        <ul>
          <li>{t('referrals.sent.next.notified')}</li>
          <li>{t('referrals.sent.next.contact')}</li>
          <li>{t('referrals.sent.next.reminder')}</li>
          <li>{t('referrals.sent.next.erased', { days: eraseAfterDays })}</li>
        </ul>
        <p>
          <a href={ctx.href('/')}>{t('referrals.sent.back')}</a>
        </p>
      </div>
    </Layout>
  );
}
