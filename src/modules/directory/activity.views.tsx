import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { ActivityPage } from './directory.types.js';
import { ActivityDetailsList, ContactDetails, Localized, MessageWithName, Paragraphs, PrintHint, Row, kindLabel, lastCheckedText, metaDescription, nameIn, pickText } from './parts.views.js';
import { BackToResults, resultsPathFrom, withFrom } from './back-to-results.views.js';
import { PossiblyOutdated } from '../freshness/possibly-outdated.views.js';
import { ContactRequestForm } from '../referrals/contact-request.views.js';
import { TrayCardActions } from '../referrals/tray.views.js';
import type { TrayItem } from '../referrals/tray.cookie.js';
import { emptyForm } from '../../platform/http/form.js';

/**
 * The activity page: everything about one activity, and how to reach the organisation behind it. `from`: the search
 * results it was opened from (validated here; see back-to-results.views.tsx), kept on the links to the card and the
 * organisation's other activities. `csrf`: for the contact-request form, shown when the organisation takes requests.
 * `tray`: the ids on the browser's tray (with `csrf`: "Lisää Tarjottimelle" / "Poista Tarjottimelta", e-mail, print).
 */
export function ActivityPageView({
  ctx,
  page,
  pageUrl,
  from,
  csrf,
  tray,
}: {
  ctx: PageContext;
  page: ActivityPage;
  pageUrl: string;
  from?: unknown;
  csrf?: string;
  tray?: readonly TrayItem[];
}) {
  const { t } = ctx;
  const results = resultsPathFrom(from);
  const { activity: a, organization: org } = page;
  const name = nameIn(ctx.lang, a.name);
  const orgName = nameIn(ctx.lang, org.name);
  const description = pickText(ctx.lang, a.description);
  const others = org.activities.filter((x) => x.id !== a.id);
  return (
    <Layout
      ctx={ctx}
      title={`${name} – ${orgName}`}
      description={metaDescription(description.text)}
      breadcrumbs={[
        [t('directory.index.title'), '/organisations'],
        [orgName, `/organisations/${org.id}`],
        [name, `/activities/${a.id}`],
      ]}
      script={tray ? 'js/tray.js' : undefined}
    >
      <article class="activity-page">
        <BackToResults ctx={ctx} resultsPath={results} />
        <header class="org-header">
          <p class="eyebrow">{t('directory.activity.eyebrow')}</p>
          <h1>
            <Localized ctx={ctx} texts={a.name} />
          </h1>
          <p class="org-meta">
            <span>
              {t('directory.field.organization')}:{' '}
              <a href={ctx.href(withFrom(`/organisations/${org.id}`, results))}>
                <Localized ctx={ctx} texts={org.name} />
              </a>
            </span>
            <span>{lastCheckedText(ctx, a.lastChecked ?? org.lastChecked)}</span>
          </p>
          <PossiblyOutdated ctx={ctx} outdated={page.possiblyOutdated} />
        </header>

        {description.text.trim() ? (
          <section aria-labelledby="description-heading">
            <h2 id="description-heading">{t('directory.activity.description')}</h2>
            <Paragraphs ctx={ctx} text={description.text} lang={description.lang} />
          </section>
        ) : null}

        <section aria-labelledby="details-heading">
          <h2 id="details-heading">{t('directory.activity.details')}</h2>
          <ActivityDetailsList ctx={ctx} activity={a} />
        </section>

        <section aria-labelledby="org-contact-heading">
          <h2 id="org-contact-heading">{t('directory.activity.orgContact')}</h2>
          <dl class="details">
            <Row label={t('directory.field.organization')}>
              <Localized ctx={ctx} texts={org.name} /> ({kindLabel(ctx, org.kind)})
            </Row>
          </dl>
          {ContactDetails({ ctx, website: org.website, email: org.email, phone: org.phone, address: org.address }) ?? <p>{t('directory.contact.none')}</p>}
          <p>
            <a class="button button-secondary no-print" href={ctx.href(withFrom(`/organisations/${org.id}`, results))}>
              <MessageWithName ctx={ctx} messageKey="directory.activity.openCard" texts={org.name} />
            </a>
          </p>
          {tray && csrf ? <TrayCardActions ctx={ctx} csrf={csrf} tray={tray} item={{ kind: 'activity', id: a.id }} name={<Localized ctx={ctx} texts={a.name} />} /> : null}
        </section>

        {org.acceptsContactRequests && csrf ? (
          <ContactRequestForm ctx={ctx} csrf={csrf} recipients={[{ kind: 'activity', id: a.id, name, organizationName: orgName }]} form={emptyForm()} resultsPath={results} />
        ) : null}

        {others.length > 0 ? (
          <section aria-labelledby="other-activities-heading" class="no-print">
            <h2 id="other-activities-heading">{t('directory.activity.otherActivities')}</h2>
            <ul>
              {others.map((o) => (
                <li>
                  <a href={ctx.href(withFrom(`/activities/${o.id}`, results))}>
                    <Localized ctx={ctx} texts={o.name} />
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <PrintHint ctx={ctx} pageUrl={pageUrl} />
      </article>
    </Layout>
  );
}
