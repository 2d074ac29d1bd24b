import { emptyForm, formValue, type FormState } from '../../platform/http/form.js';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { formatDate } from '../../platform/i18n/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { CsrfField, fieldError, FormErrorSummary, formTitle, TextArea, TextInput } from '../../platform/views/form.js';
import type { MaintainedOrganizationView } from './get-maintained-organization.js';
import type { MyOrganisations } from './list-my-organisations.js';
import { submissionPath } from './submissions.views.js';

/** The maintainer's own pages: their organisations and drafts, co-maintainers, archiving. */

/** The notice after an action (`?done=…` on the page it redirects to). */
const DONE_NOTICES: Record<string, MessageKey> = {
  added: 'submissions.maintainers.added',
  already: 'submissions.maintainers.already',
  removed: 'submissions.maintainers.removed',
  archived: 'submissions.archive.done',
  activityArchived: 'submissions.archive.activityDone',
};

function doneNotice(ctx: PageContext, done: string | undefined): string | undefined {
  const key = done ? DONE_NOTICES[done] : undefined;
  return key ? ctx.t(key) : undefined;
}

function statusKey(status: string): MessageKey {
  switch (status) {
    case 'draft':
      return 'submissions.state.draft';
    case 'awaiting_review':
      return 'submissions.state.awaiting_review';
    case 'returned':
      return 'submissions.state.returned';
    case 'published':
      return 'submissions.state.published';
    case 'archived':
      return 'submissions.state.archived';
    default:
      return 'submissions.state.other';
  }
}

export function MyOrganisationsPage({
  ctx,
  csrf,
  email,
  organizations,
  submissions,
  done,
}: MyOrganisations & {
  ctx: PageContext;
  csrf: string;
  email: string;
  /** `?done=…`: which notice to show. */
  done?: string;
}) {
  const { t } = ctx;
  const title = t('submissions.my.title');
  const notice = doneNotice(ctx, done);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[title, '/my/organisations']]}>
      <div class="my-page">
        <h1>{title}</h1>
        <p>{t('submissions.my.signedInAs', { email })}</p>
        {notice ? (
          <p class="notice notice-saved" role="status">
            {notice}
          </p>
        ) : null}
        <h2>{t('submissions.my.submissions')}</h2>
        {submissions.length === 0 ? (
          <p>{t('submissions.my.noSubmissions')}</p>
        ) : (
          <ul class="my-list">
            {submissions.map((s) => (
              <li>
                <a href={ctx.href(submissionPath(s.id))}>{s.name.trim() || t('submissions.my.unnamed')}</a>{' '}
                <span class="badge">{t(s.kind === 'join' ? 'submissions.kind.join' : 'submissions.kind.change')}</span>{' '}
                <span class="badge">{t(statusKey(s.status))}</span>{' '}
                <span class="muted">{t('submissions.my.updated', { date: formatDate(s.updatedAt.toISOString(), ctx.lang) })}</span>
              </li>
            ))}
          </ul>
        )}
        <form method="post" action={ctx.href('/my/submissions')} class="inline-form">
          <CsrfField token={csrf} />
          <button type="submit" class="button-secondary">
            {t('submissions.my.newJoin')}
          </button>
        </form>
        <h2>{t('submissions.my.organizations')}</h2>
        {organizations.length === 0 ? (
          <p>{t('submissions.my.noOrganizations')}</p>
        ) : (
          <ul class="my-orgs">
            {organizations.map((o) => (
              <li>
                <h3>{o.nameFi}</h3>
                <p>
                  <span class="badge">{t(statusKey(o.status))}</span>{' '}
                  {o.lastChecked ? <span class="muted">{t('submissions.my.lastChecked', { date: formatDate(o.lastChecked, ctx.lang) })}</span> : null}
                </p>
                <ul class="my-actions">
                  {o.status === 'published' ? (
                    <li>
                      <a href={ctx.href(`/organisations/${o.id}`)}>
                        {t('submissions.my.viewCard')}
                        <span class="visually-hidden">: {o.nameFi}</span>
                      </a>
                    </li>
                  ) : null}
                  {o.status === 'published' ? (
                    <li>
                      <a href={ctx.href(`/my/organisations/${o.id}/check`)}>
                        {t('freshness.own.link')}
                        <span class="visually-hidden">: {o.nameFi}</span>
                      </a>
                    </li>
                  ) : null}
                  {o.status !== 'archived' ? (
                    <>
                      <li>
                        <StartChangeButton ctx={ctx} csrf={csrf} organizationId={o.id} name={o.nameFi} />
                      </li>
                      <li>
                        <a href={ctx.href(`/my/organisations/${o.id}/maintainers`)}>
                          {t('submissions.my.maintainers')}
                          <span class="visually-hidden">: {o.nameFi}</span>
                        </a>
                      </li>
                      <li>
                        <a href={ctx.href(`/my/organisations/${o.id}/archive`)}>
                          {t('submissions.my.archive')}
                          <span class="visually-hidden">: {o.nameFi}</span>
                        </a>
                      </li>
                    </>
                  ) : null}
                </ul>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={ctx.href('/account')}>{t('auth.account.title')}</a>
        </p>
      </div>
    </Layout>
  );
}

/** "Muokkaa tietoja": starts (or resumes) the organisation's change; a POST with CSRF, never a link. */
function StartChangeButton({ ctx, csrf, organizationId, name }: { ctx: PageContext; csrf: string; organizationId: string; name?: string }) {
  return (
    <form method="post" action={ctx.href(`/my/organisations/${organizationId}/edit`)} class="inline-form">
      <CsrfField token={csrf} />
      <button type="submit" class="button-secondary">
        {ctx.t('submissions.my.edit')}
        {name ? <span class="visually-hidden">: {name}</span> : null}
      </button>
    </form>
  );
}

/** The page at the edit URL of links and e-mails when no change is open: what editing means, and the button. */
export function StartChangePage({ ctx, csrf, org }: { ctx: PageContext; csrf: string; org: MaintainedOrganizationView }) {
  const { t } = ctx;
  return (
    <OrgFrame ctx={ctx} org={org} title={t('submissions.my.edit')} form={emptyForm({})}>
      <p>{t('submissions.edit.intro')}</p>
      <StartChangeButton ctx={ctx} csrf={csrf} organizationId={org.id} />
      <p>
        <a href={ctx.href('/my/organisations')}>{t('submissions.my.title')}</a>
      </p>
    </OrgFrame>
  );
}

function OrgFrame({ ctx, org, title, form, children }: { ctx: PageContext; org: MaintainedOrganizationView; title: string; form: FormState; children: preact.ComponentChildren }) {
  return (
    <Layout ctx={ctx} title={formTitle(ctx, `${title} – ${org.nameFi}`, form.errors)} breadcrumbs={[[ctx.t('submissions.my.title'), '/my/organisations'], [title, `/my/organisations/${org.id}`]]}>
      <div class="my-page">
        <p class="draft-kicker">{org.nameFi}</p>
        <h1>{title}</h1>
        {children}
      </div>
    </Layout>
  );
}

/** Co-maintainers: the list with remove buttons, and the form that adds one by e-mail (maintainerForm). */
export function MaintainersPage({
  ctx,
  csrf,
  org,
  userId,
  form,
  done,
}: {
  ctx: PageContext;
  csrf: string;
  org: MaintainedOrganizationView;
  userId: string;
  form: FormState;
  done?: string;
}) {
  const { t } = ctx;
  const notice = doneNotice(ctx, done);
  const base = `/my/organisations/${org.id}/maintainers`;
  const only = org.maintainers.length <= 1;
  return (
    <OrgFrame ctx={ctx} org={org} title={t('submissions.maintainers.title')} form={form}>
      {notice ? (
        <p class="notice notice-saved" role="status">
          {notice}
        </p>
      ) : null}
      <FormErrorSummary ctx={ctx} errors={form.errors} />
      <p>{t('submissions.maintainers.pageIntro')}</p>
      <h2>{t('submissions.maintainers.current')}</h2>
      <ul class="my-list">
        {org.maintainers.map((m) => (
          <li>
            {m.email}
            {m.userId === userId ? ` (${t('submissions.maintainers.you')})` : ''}{' '}
            {only ? null : (
              <form method="post" action={ctx.href(`${base}/remove`)} class="inline-form">
                <CsrfField token={csrf} />
                <input type="hidden" name="userId" value={m.userId} />
                <button type="submit" class="button-secondary">
                  {t('submissions.maintainers.remove')}
                  <span class="visually-hidden">: {m.email}</span>
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {only ? <p class="hint">{t('submissions.maintainers.lastOne')}</p> : null}
      <h2>{t('submissions.maintainers.addTitle')}</h2>
      <form method="post" action={ctx.href(base)} novalidate>
        <CsrfField token={csrf} />
        <TextInput ctx={ctx} name="email" type="email" label={t('submissions.maintainers.email')} value={formValue(form.values, 'email')} error={fieldError(ctx, form.errors, 'email')} hint={t('submissions.maintainers.addHint')} required />
        <button type="submit">{t('submissions.maintainers.add')}</button>
      </form>
      <p>
        <a href={ctx.href('/my/organisations')}>{t('submissions.my.title')}</a>
      </p>
    </OrgFrame>
  );
}

/** Archive the organisation or one of its activities: a reason and a confirmation (reasonForm). */
export function ArchivePage({
  ctx,
  csrf,
  org,
  activity,
  form,
}: {
  ctx: PageContext;
  csrf: string;
  org: MaintainedOrganizationView;
  activity?: { id: string; nameFi: string };
  form: FormState;
}) {
  const { t } = ctx;
  const error = fieldError(ctx, form.errors, 'reason');
  const action = activity ? `/my/organisations/${org.id}/activities/${activity.id}/archive` : `/my/organisations/${org.id}/archive`;
  const title = activity ? t('submissions.archive.activityTitle', { name: activity.nameFi }) : t('submissions.archive.title');
  return (
    <OrgFrame ctx={ctx} org={org} title={title} form={form}>
      <FormErrorSummary ctx={ctx} errors={form.errors} />
      <p>{activity ? t('submissions.archive.activityBody') : t('submissions.archive.body')}</p>
      <form method="post" action={ctx.href(action)} novalidate>
        <CsrfField token={csrf} />
        <TextArea ctx={ctx} name="reason" label={t('submissions.archive.reason')} value={formValue(form.values, 'reason')} error={error} hint={t('submissions.archive.reasonHint')} required rows={3} />
        <div class="form-buttons">
          <button type="submit">{activity ? t('submissions.archive.activityConfirm') : t('submissions.archive.confirm')}</button>
          <a class="form-back" href={ctx.href('/my/organisations')}>
            {t('submissions.form.cancel')}
          </a>
        </div>
      </form>
      {!activity && org.activities.length > 0 ? (
        <>
          <h2>{t('submissions.archive.oneActivity')}</h2>
          <ul class="my-list">
            {org.activities.map((a) => (
              <li>
                <a href={ctx.href(`/my/organisations/${org.id}/activities/${a.id}/archive`)}>
                  {t('submissions.archive.activityLink', { name: a.nameFi })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </OrgFrame>
  );
}
