import type { MessageKey } from '../../platform/i18n/catalog.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { AdministratorsView } from './list-administrators.js';

export interface AppointForm {
  email: string;
  role: string;
  region: string;
  errors: Partial<Record<'email' | 'role' | 'region', MessageKey>>;
}

export const emptyAppointForm = (view: AdministratorsView): AppointForm => ({
  email: '',
  role: view.mayAppointPlatformAdmins ? '' : 'regional_admin',
  region: view.regions.length === 1 ? view.regions[0]!.id : '',
  errors: {},
});

function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

function FieldError({ id, error, ctx }: { id: string; error?: MessageKey; ctx: PageContext }) {
  return error ? (
    <p id={`${id}-error`} class="field-error">
      {ctx.t(error)}
    </p>
  ) : null;
}

/** The administrators the viewer may see, with "remove" buttons where allowed, and the appointment form. */
export function AdministratorsPage({
  ctx,
  csrf,
  view,
  form,
  notice,
  alert,
}: {
  ctx: PageContext;
  csrf: string;
  view: AdministratorsView;
  form: AppointForm;
  notice?: string;
  alert?: string;
}) {
  const { t, href } = ctx;
  const errors = Object.entries(form.errors) as ['email' | 'role' | 'region', MessageKey][];
  const firstField: Record<string, string> = { email: 'email', role: view.mayAppointPlatformAdmins ? 'role-platform_admin' : 'region', region: 'region' };
  const title = errors.length > 0 ? `${t('admin.users.errorSummary')}: ${t('admin.users.title')}` : t('admin.users.title');
  return (
    <Layout ctx={ctx} title={title}>
      <div class="admin-page">
        <h1>{t('admin.users.title')}</h1>
        {notice ? (
          <div class="notice notice-saved" role="status">
            <p>{notice}</p>
          </div>
        ) : null}
        {alert ? (
          <div class="error-summary" role="alert">
            <p>{alert}</p>
          </div>
        ) : null}
        {errors.length > 0 ? (
          <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
            <h2 id="error-summary-title">{t('admin.users.errorSummary')}</h2>
            <ul>
              {errors.map(([field, key]) => (
                <li>
                  <a href={`#${firstField[field]}`}>{t(key)}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p>{t('admin.users.intro')}</p>

        <h2>{t('admin.users.current')}</h2>
        {view.administrators.length === 0 ? (
          <p>{t('admin.users.none')}</p>
        ) : (
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.users.email')}</th>
                <th scope="col">{t('admin.users.role')}</th>
                <th scope="col">{t('admin.users.region')}</th>
                <th scope="col">{t('admin.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {view.administrators.map((a) => (
                <tr>
                  <td>{a.email}</td>
                  <td>{t(`auth.role.${a.role}`)}</td>
                  <td>{a.regionName ?? ''}</td>
                  <td>
                    {a.revocable ? (
                      <form method="post" action={href('/admin/users/revoke')} class="inline-form">
                        <CsrfField token={csrf} />
                        <input type="hidden" name="userId" value={a.userId} />
                        <input type="hidden" name="role" value={a.role} />
                        <input type="hidden" name="region" value={a.regionId ?? ''} />
                        <button type="submit" class="button-secondary">
                          {t('admin.users.revoke')}
                          <span class="visually-hidden"> {t('admin.users.revokeFor', { email: a.email })}</span>
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <h2>{t('admin.users.appoint')}</h2>
        <p>{t('admin.users.appointHint')}</p>
        <form method="post" action={href('/admin/users')} novalidate>
          <CsrfField token={csrf} />
          <div class={form.errors.email ? 'field field-invalid' : 'field'}>
            <label for="email">{t('admin.users.email')}</label>
            <FieldError id="email" error={form.errors.email} ctx={ctx} />
            <input
              id="email"
              name="email"
              type="email"
              autocomplete="off"
              spellcheck={false}
              value={form.email}
              aria-invalid={form.errors.email ? 'true' : undefined}
              aria-describedby={form.errors.email ? 'email-error' : undefined}
            />
          </div>
          {view.mayAppointPlatformAdmins ? (
            <fieldset class={form.errors.role ? 'choice-group field-invalid' : 'choice-group'} aria-describedby={form.errors.role ? 'role-error' : undefined}>
              <legend>{t('admin.users.role')}</legend>
              <FieldError id="role" error={form.errors.role} ctx={ctx} />
              {(['platform_admin', 'regional_admin'] as const).map((r) => (
                <div class="single-choice">
                  <input type="radio" id={`role-${r}`} name="role" value={r} checked={form.role === r} />
                  <label for={`role-${r}`}>{t(`auth.role.${r}`)}</label>
                </div>
              ))}
            </fieldset>
          ) : (
            <input type="hidden" name="role" value="regional_admin" />
          )}
          <div class={form.errors.region ? 'field field-invalid' : 'field'}>
            <label for="region">{t('admin.users.region')}</label>
            {view.mayAppointPlatformAdmins ? (
              <p id="region-hint" class="field-hint">
                {t('admin.users.regionHint')}
              </p>
            ) : null}
            <FieldError id="region" error={form.errors.region} ctx={ctx} />
            <select
              id="region"
              name="region"
              aria-invalid={form.errors.region ? 'true' : undefined}
              aria-describedby={[view.mayAppointPlatformAdmins ? 'region-hint' : '', form.errors.region ? 'region-error' : ''].filter(Boolean).join(' ') || undefined}
            >
              <option value="">{t('admin.users.regionChoose')}</option>
              {view.regions.map((g) => (
                <option value={g.id} selected={form.region === g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('admin.users.submit')}</button>
        </form>
      </div>
    </Layout>
  );
}
