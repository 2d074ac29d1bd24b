import type { Lang } from '../../platform/i18n/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { OrganizationDetails, Texts } from './directory.types.js';
import {
  ActivityDetailsList,
  ContactDetails,
  ContactPersonText,
  EmailLink,
  FiText,
  Localized,
  Paragraphs,
  PhoneLink,
  PlaceText,
  PrintHint,
  Row,
  WebLink,
  cityName,
  kindLabel,
  metaDescription,
  lastCheckedText,
  nameIn,
  pickText,
  termNames,
  whereText,
} from './parts.views.js';
import { PossiblyOutdated } from '../freshness/possibly-outdated.views.js';
import { ContactRequestForm } from '../referrals/contact-request.views.js';
import { TrayCardActions } from '../referrals/tray.views.js';
import type { TrayItem } from '../referrals/tray.cookie.js';
import { emptyForm } from '../../platform/http/form.js';
import { BackToResults, resultsPathFrom, withFrom } from './back-to-results.views.js';

function OrganizationHeader({ ctx, org, eyebrow }: { ctx: PageContext; org: OrganizationDetails; eyebrow: string }) {
  return (
    <header class="org-header">
      <p class="eyebrow">{eyebrow}</p>
      <h1>
        <Localized ctx={ctx} texts={org.name} />
      </h1>
      <p class="org-meta">
        <span>{kindLabel(ctx, org.kind)}</span>
        <span>{lastCheckedText(ctx, org.lastChecked)}</span>
      </p>
      <PossiblyOutdated ctx={ctx} outdated={org.possiblyOutdated} />
      <p class={org.acceptsNewParticipants ? 'org-accepts org-accepts-yes' : 'org-accepts org-accepts-no'}>
        {org.acceptsNewParticipants ? ctx.t('directory.accepts.yes') : ctx.t('directory.accepts.no')}
      </p>
    </header>
  );
}

function PlainSummary({ ctx, text }: { ctx: PageContext; text: string | null }) {
  if (!text?.trim()) return null;
  return (
    <section class="plain-summary" aria-labelledby="plain-summary-heading">
      <h2 id="plain-summary-heading">{ctx.t('directory.plain.heading')}</h2>
      <Paragraphs ctx={ctx} text={text} lang="fi" />
    </section>
  );
}

/**
 * The Järjestökortti: the essentials, the organisation's contact details and its activities in brief.
 * `canEdit`: the signed-in user maintains this organisation (shows the "Muokkaa tietoja" link).
 * `from`: the search results it was opened from (validated here; "Takaisin hakutuloksiin", kept on its links).
 * `csrf`: for the contact-request form, shown when the organisation takes requests.
 * `tray`: the ids on the browser's tray (with `csrf`: "Lisää Tarjottimelle" / "Poista Tarjottimelta", e-mail, print).
 */
export function OrganizationCardPage({
  ctx,
  org,
  pageUrl,
  canEdit = false,
  from,
  csrf,
  tray,
  networks = [],
}: {
  ctx: PageContext;
  org: OrganizationDetails;
  pageUrl: string;
  canEdit?: boolean;
  from?: unknown;
  csrf?: string;
  tray?: readonly TrayItem[];
  /** The cooperation networks it is a member of (src/modules/networks): "Yhteistyöverkostot". */
  networks?: readonly { path: string; name: { text: string; lang: Lang } }[];
}) {
  const { t } = ctx;
  const results = resultsPathFrom(from);
  const name = nameIn(ctx.lang, org.name);
  const description = pickText(ctx.lang, org.description);
  return (
    <Layout
      ctx={ctx}
      title={`${name} – ${t('directory.card.eyebrow')}`}
      description={metaDescription(description.text)}
      breadcrumbs={[
        [t('directory.index.title'), '/organisations'],
        [name, `/organisations/${org.id}`],
      ]}
      script={tray ? 'js/tray.js' : undefined}
    >
      <article class="org-card">
        <BackToResults ctx={ctx} resultsPath={results} />
        <OrganizationHeader ctx={ctx} org={org} eyebrow={t('directory.card.eyebrow')} />
        {description.text.trim() ? (
          <div class="org-description">
            <Paragraphs ctx={ctx} text={description.text} lang={description.lang} first />
          </div>
        ) : null}
        <PlainSummary ctx={ctx} text={org.plainSummaryFi} />
        <p class="see-all no-print">
          <a class="button" href={ctx.href(withFrom(`/organisations/${org.id}/all`, results))}>
            {t('directory.card.seeAll')}
          </a>
          {canEdit ? (
            <>
              {' '}
              <a class="button button-secondary" href={ctx.href(`/my/organisations/${org.id}/edit`)}>
                {t('submissions.my.edit')}
              </a>
            </>
          ) : null}
        </p>
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t('directory.contact.heading')}</h2>
          {ContactDetails({ ctx, website: org.website, email: org.email, phone: org.phone, address: org.address }) ?? <p>{t('directory.contact.none')}</p>}
          {tray && csrf ? <TrayCardActions ctx={ctx} csrf={csrf} tray={tray} item={{ kind: 'organization', id: org.id }} name={<Localized ctx={ctx} texts={org.name} />} /> : null}
        </section>
        {org.acceptsContactRequests && csrf ? (
          <ContactRequestForm ctx={ctx} csrf={csrf} recipients={[{ kind: 'organization', id: org.id, name, organizationName: name }]} form={emptyForm()} showRecipients={false} resultsPath={results} />
        ) : null}
        <section aria-labelledby="activities-heading">
          <h2 id="activities-heading">{t('directory.activities.heading')}</h2>
          {org.activities.length === 0 ? (
            <p>{t('directory.activities.none')}</p>
          ) : (
            <ul class="activity-list">
              {org.activities.map((a) => (
                <li>
                  <h3>
                    <a href={ctx.href(withFrom(`/activities/${a.id}`, results))}>
                      <Localized ctx={ctx} texts={a.name} />
                    </a>
                  </h3>
                  <dl class="details details-compact">
                    <Row label={t('directory.field.where')}>{whereText(ctx, a)}</Row>
                    <Row label={t('directory.field.supports')} when={a.supports.length > 0}>
                      {termNames(ctx, a.supports)}
                    </Row>
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </section>
        {networks.length > 0 ? (
          <section aria-labelledby="networks-heading">
            <h2 id="networks-heading">{t('networks.card.heading')}</h2>
            <ul>
              {networks.map((n) => (
                <li>
                  <a href={ctx.href(n.path)} lang={n.name.lang !== ctx.lang ? n.name.lang : undefined}>
                    {n.name.text}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <PrintHint ctx={ctx} pageUrl={pageUrl} />
        <p class="no-print">
          <a href={ctx.href('/organisations')}>{t('directory.seeAllOrganisations')}</a>
        </p>
      </article>
    </Layout>
  );
}

const LANG_ORDER: Lang[] = ['fi', 'sv', 'en'];

function textsIn(texts: Texts): { lang: Lang; text: string }[] {
  return LANG_ORDER.map((l) => ({ lang: l, text: (texts[l] ?? '').trim() })).filter((x) => x.text !== '');
}

/** "Katso kaikki tiedot": every published detail of the organisation and every activity in full. */
export function OrganizationAllPage({ ctx, org, pageUrl, from }: { ctx: PageContext; org: OrganizationDetails; pageUrl: string; from?: unknown }) {
  const { t } = ctx;
  const results = resultsPathFrom(from);
  const name = nameIn(ctx.lang, org.name);
  const descriptions = textsIn(org.description);
  const nameLangAttr = (l: Lang) => (l === ctx.lang ? undefined : l);
  return (
    <Layout
      ctx={ctx}
      title={t('directory.all.title', { name })}
      breadcrumbs={[
        [t('directory.index.title'), '/organisations'],
        [name, `/organisations/${org.id}`],
        [t('directory.all.eyebrow'), `/organisations/${org.id}/all`],
      ]}
    >
      <article class="org-card org-all">
        <BackToResults ctx={ctx} resultsPath={results} />
        <OrganizationHeader ctx={ctx} org={org} eyebrow={t('directory.all.eyebrow')} />
        <p class="no-print">
          <a href={ctx.href(withFrom(`/organisations/${org.id}`, results))}>{t('directory.all.backToCard')}</a>
        </p>

        <section aria-labelledby="basics-heading">
          <h2 id="basics-heading">{t('directory.all.basics')}</h2>
          <dl class="details">
            <Row label={t('directory.field.nameFi')}>
              <span lang={nameLangAttr('fi')}>{org.name.fi}</span>
            </Row>
            <Row label={t('directory.field.nameSv')} when={org.name.sv}>
              <span lang={nameLangAttr('sv')}>{org.name.sv}</span>
            </Row>
            <Row label={t('directory.field.nameEn')} when={org.name.en}>
              <span lang={nameLangAttr('en')}>{org.name.en}</span>
            </Row>
            <Row label={t('directory.field.alternateName')} when={org.alternateName}>
              {org.alternateName}
            </Row>
            <Row label={t('directory.field.businessId')} when={org.businessId}>
              {org.businessId}
            </Row>
            <Row label={t('directory.field.kind')}>{kindLabel(ctx, org.kind)}</Row>
            <Row label={t('directory.field.parent')} when={org.parent}>
              {org.parent ? (
                <a href={ctx.href(`/organisations/${org.parent.id}`)}>
                  <Localized ctx={ctx} texts={org.parent.name} />
                </a>
              ) : null}
            </Row>
            <Row label={t('directory.field.founded')} when={org.yearIncorporated}>
              {org.yearIncorporated}
            </Row>
            <Row label={t('directory.field.newParticipants')}>
              {org.acceptsNewParticipants ? t('directory.accepts.yes') : t('directory.accepts.no')}
            </Row>
          </dl>
        </section>

        {org.branches.length > 0 ? (
          <section aria-labelledby="branches-heading">
            <h2 id="branches-heading">{t('directory.all.branches')}</h2>
            <ul>
              {org.branches.map((b) => (
                <li>
                  <a href={ctx.href(`/organisations/${b.id}`)}>
                    <Localized ctx={ctx} texts={b.name} />
                  </a>
                  {b.city ? `, ${cityName(ctx.lang, b.city)}` : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {descriptions.length > 0 || org.plainSummaryFi ? (
          <section aria-labelledby="descriptions-heading">
            <h2 id="descriptions-heading">{t('directory.all.descriptions')}</h2>
            {descriptions.map((d) => (
              <div class="org-description">
                <h3>{t(`directory.lang.${d.lang}`)}</h3>
                <Paragraphs ctx={ctx} text={d.text} lang={d.lang} />
              </div>
            ))}
            {org.plainSummaryFi?.trim() ? (
              <div class="plain-summary">
                <h3>{t('directory.plain.heading')}</h3>
                <Paragraphs ctx={ctx} text={org.plainSummaryFi} lang="fi" />
              </div>
            ) : null}
          </section>
        ) : null}

        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t('directory.contact.heading')}</h2>
          {ContactDetails({ ctx, website: org.website, email: org.email, phone: org.phone, address: org.address }) ?? <p>{t('directory.contact.none')}</p>}
          {org.socialLinks.length > 0 ? (
            <>
              <h3>{t('directory.all.social')}</h3>
              <ul>
                {org.socialLinks.map((l) => (
                  <li>
                    <WebLink url={l.url} label={l.label || undefined} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        {org.contacts.length > 0 ? (
          <section aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{t('directory.all.contacts')}</h2>
            <div class="table-scroll">
              <table class="contacts">
                <thead>
                  <tr>
                    <th scope="col">{t('directory.contact.name')}</th>
                    <th scope="col">{t('directory.contact.title')}</th>
                    <th scope="col">{t('directory.field.email')}</th>
                    <th scope="col">{t('directory.field.phone')}</th>
                  </tr>
                </thead>
                <tbody>
                  {org.contacts.map((c) => (
                    <tr>
                      <td>{c.name}</td>
                      <td>{c.title ? <FiText ctx={ctx} text={c.title} /> : null}</td>
                      <td>{c.email ? <EmailLink email={c.email} /> : null}</td>
                      <td>{c.phone ? <PhoneLink phone={c.phone} /> : null}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null}

        {org.locations.length > 0 ? (
          <section aria-labelledby="locations-heading">
            <h2 id="locations-heading">{t('directory.all.locations')}</h2>
            <ul class="plain-list place-list">
              {org.locations.map((l) => (
                <li>
                  <PlaceText ctx={ctx} place={l} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="activities-heading">
          <h2 id="activities-heading">{t('directory.activities.heading')}</h2>
          {org.activities.length === 0 ? <p>{t('directory.all.noActivities')}</p> : null}
          {org.activities.map((a) => {
            const d = pickText(ctx.lang, a.description);
            return (
              <section class="activity-full" aria-labelledby={`activity-${a.id}`}>
                <h3 id={`activity-${a.id}`}>
                  <a href={ctx.href(withFrom(`/activities/${a.id}`, results))}>
                    <Localized ctx={ctx} texts={a.name} />
                  </a>
                </h3>
                {d.text.trim() ? <Paragraphs ctx={ctx} text={d.text} lang={d.lang} /> : null}
                <ActivityDetailsList ctx={ctx} activity={a} />
              </section>
            );
          })}
        </section>

        <PrintHint ctx={ctx} pageUrl={pageUrl} />
      </article>
    </Layout>
  );
}
