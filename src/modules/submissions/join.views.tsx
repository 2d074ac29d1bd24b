import { formValue, type FormState } from '../../platform/http/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { CsrfField, fieldError, FormErrorSummary, formTitle, TextInput } from '../../platform/views/form.js';

/** "Järjestöille": what joining means, the steps, and the form that orders a join link by e-mail (joinLinkForm). */
export function ForOrganisationsPage({ ctx, csrf, form, signedIn }: { ctx: PageContext; csrf: string; form: FormState; signedIn: boolean }) {
  const { t } = ctx;
  const title = t('submissions.join.title');
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} description={t('submissions.join.lead')} breadcrumbs={[[title, '/for-organisations']]}>
      <div class="join-page">
        <h1>{title}</h1>
        <p class="guide-lead">{t('submissions.join.lead')}</p>
        <h2>{t('submissions.join.beforeTitle')}</h2>
        <ul>
          <li>{t('submissions.join.before1')}</li>
          <li>{t('submissions.join.before2')}</li>
          <li>{t('submissions.join.before3')}</li>
        </ul>
        <h2>{t('submissions.join.stepsTitle')}</h2>
        <ol class="guide-steps">
          <li>{t('submissions.join.step1')}</li>
          <li>{t('submissions.join.step2')}</li>
          <li>{t('submissions.join.step3')}</li>
          <li>{t('submissions.join.step4')}</li>
          <li>{t('submissions.join.step5')}</li>
        </ol>
        <p>
          <a href={ctx.href('/guides/organisations')}>{t('submissions.join.guideLink')}</a>
        </p>
        <section class="join-order" aria-labelledby="join-order-title">
          <h2 id="join-order-title">{t('submissions.join.orderTitle')}</h2>
          <FormErrorSummary ctx={ctx} errors={form.errors} />
          <p>{t('submissions.join.orderIntro')}</p>
          <form method="post" action={ctx.href('/for-organisations')} novalidate>
            <CsrfField token={csrf} />
            <TextInput ctx={ctx} name="email" type="email" label={t('submissions.join.email')} value={formValue(form.values, 'email')} error={fieldError(ctx, form.errors, 'email')} autocomplete="email" required />
            <button type="submit">{t('submissions.join.submit')}</button>
          </form>
          {signedIn ? (
            <p>
              <a href={ctx.href('/my/organisations')}>{t('submissions.join.signedIn')}</a>
            </p>
          ) : (
            <p>
              {t('submissions.join.already')} <a href={ctx.href('/sign-in')}>{t('submissions.join.signIn')}</a>
            </p>
          )}
        </section>
      </div>
    </Layout>
  );
}

export function JoinMessagePage({ ctx, title, body, link, status }: { ctx: PageContext; title: string; body: string; link?: [string, string]; status?: boolean }) {
  return (
    <Layout ctx={ctx} title={title}>
      <div class="auth-page">
        <h1>{title}</h1>
        <p role={status ? 'status' : undefined}>{body}</p>
        {link ? (
          <p>
            <a href={link[1]}>{link[0]}</a>
          </p>
        ) : null}
      </div>
    </Layout>
  );
}

/** The page a join link opens: a button, so that mail scanners opening the link do not use it up. */
export function ConfirmJoinPage({ ctx, csrf, token }: { ctx: PageContext; csrf: string; token: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('submissions.joinLink.title')}>
      <div class="auth-page">
        <h1>{t('submissions.joinLink.title')}</h1>
        <p>{t('submissions.joinLink.body')}</p>
        <form method="post" action={ctx.href(`/join/${token}`)}>
          <CsrfField token={csrf} />
          <button type="submit">{t('submissions.joinLink.submit')}</button>
        </form>
      </div>
    </Layout>
  );
}
