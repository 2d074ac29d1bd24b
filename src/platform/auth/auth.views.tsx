import type { PageContext } from '../views/page-context.js';
import { Layout } from '../views/layout.js';
import type { FormState } from '../http/form.js';
import { formValue } from '../http/form.js';
import { CsrfField, fieldError, FormErrorSummary, formTitle, TextInput } from '../views/form.js';
import { safeReturnPath } from './auth-tokens.js';
import type { SessionUser } from './get-session-user.js';
import type { OutboxMessage, OutboxSummary } from '../mail/mail.repo.js';

export function SignInPage({ ctx, csrf, form }: { ctx: PageContext; csrf: string; form: FormState }) {
  const { t } = ctx;
  const next = safeReturnPath(formValue(form.values, 'next'));
  return (
    <Layout ctx={ctx} title={formTitle(ctx, t('auth.signIn.title'), form.errors)}>
      <div class="auth-page">
        <h1>{t('auth.signIn.title')}</h1>
        <FormErrorSummary ctx={ctx} errors={form.errors} />
        <p>{t('auth.signIn.intro')}</p>
        <form method="post" action={ctx.href('/sign-in')} novalidate>
          <CsrfField token={csrf} />
          {next ? <input type="hidden" name="next" value={next} /> : null}
          <TextInput
            ctx={ctx}
            name="email"
            type="email"
            autocomplete="email"
            label={t('auth.signIn.email')}
            value={formValue(form.values, 'email')}
            error={fieldError(ctx, form.errors, 'email')}
          />
          <button type="submit">{t('auth.signIn.submit')}</button>
        </form>
      </div>
    </Layout>
  );
}

export function MessagePage({ ctx, title, body, link }: { ctx: PageContext; title: string; body: string; link?: [string, string] }) {
  return (
    <Layout ctx={ctx} title={title}>
      <div class="auth-page">
        <h1>{title}</h1>
        <p>{body}</p>
        {link ? (
          <p>
            <a href={link[1]}>{link[0]}</a>
          </p>
        ) : null}
      </div>
    </Layout>
  );
}

export function ConfirmSignInPage({ ctx, csrf, token, next }: { ctx: PageContext; csrf: string; token: string; next?: string | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('auth.confirm.title')}>
      <div class="auth-page">
        <h1>{t('auth.confirm.title')}</h1>
        <p>{t('auth.confirm.body')}</p>
        <form method="post" action={`${ctx.href(`/sign-in/${token}`)}${next ? `?next=${encodeURIComponent(next)}` : ''}`}>
          <CsrfField token={csrf} />
          <button type="submit">{t('auth.confirm.submit')}</button>
        </form>
      </div>
    </Layout>
  );
}

export function AccountPage({ ctx, csrf, user }: { ctx: PageContext; csrf: string; user: SessionUser }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('auth.account.title')}>
      <div class="auth-page">
        <h1>{t('auth.account.title')}</h1>
        <p>{t('auth.account.signedInAs', { email: user.email })}</p>
        <h2>{t('auth.account.roles')}</h2>
        {user.roles.length === 0 ? (
          <p>{t('auth.account.noRoles')}</p>
        ) : (
          <ul>
            {user.roles.map((r) => (
              <li>
                {t(`auth.role.${r.role}`)}
                {r.scopeId ? ` (${r.scopeId})` : ''}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={ctx.href('/my/organisations')}>{t('submissions.my.title')}</a>
        </p>
        {user.roles.some((r) => r.role === 'maintainer') ? (
          <p>
            <a href={ctx.href('/my/contact-requests')}>{t('inbox.title')}</a>
          </p>
        ) : null}
        {user.roles.some((r) => r.role === 'platform_admin') ? (
          <p>
            <a href={ctx.href('/admin/outbox')}>{t('auth.outbox.title')}</a>
          </p>
        ) : null}
        <form method="post" action={ctx.href('/sign-out')}>
          <CsrfField token={csrf} />
          <button type="submit">{t('auth.signOut.submit')}</button>
        </form>
      </div>
    </Layout>
  );
}

function formatTime(d: Date, lang: string): string {
  const tag = lang === 'sv' ? 'sv-FI' : lang === 'en' ? 'en-GB' : 'fi-FI';
  return new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(d);
}

export function OutboxPage({ ctx, items, total }: { ctx: PageContext; items: OutboxSummary[]; total: number }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('auth.outbox.title')}>
      <div class="auth-page auth-wide">
        <h1>{t('auth.outbox.title')}</h1>
        <p>{t('auth.outbox.intro')}</p>
        {total === 0 ? (
          <p>{t('auth.outbox.empty')}</p>
        ) : (
          <table class="outbox-table">
            <thead>
              <tr>
                <th scope="col">{t('auth.outbox.subject')}</th>
                <th scope="col">{t('auth.outbox.to')}</th>
                <th scope="col">{t('auth.outbox.created')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr>
                  <td>
                    <a href={ctx.href(`/admin/outbox/${m.id}`)}>{m.subject}</a>
                  </td>
                  <td>{m.to}</td>
                  <td>{formatTime(m.createdAt, ctx.lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Layout>
  );
}

/** One outbox message. The HTML part is shown as escaped source text, never rendered into this page. */
export function OutboxMessagePage({ ctx, message }: { ctx: PageContext; message: OutboxMessage }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={message.subject}>
      <div class="auth-page auth-wide">
        <p>
          <a href={ctx.href('/admin/outbox')}>{t('auth.outbox.back')}</a>
        </p>
        <h1>{message.subject}</h1>
        <dl class="outbox-meta">
          <dt>{t('auth.outbox.to')}</dt>
          <dd>{message.to}</dd>
          <dt>{t('auth.outbox.created')}</dt>
          <dd>{formatTime(message.createdAt, ctx.lang)}</dd>
        </dl>
        <h2>{t('auth.outbox.text')}</h2>
        <pre class="outbox-part" tabindex={0}>{message.text}</pre>
        <h2>{t('auth.outbox.html')}</h2>
        <pre class="outbox-part" tabindex={0}>{message.html}</pre>
      </div>
    </Layout>
  );
}
